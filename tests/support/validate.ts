/**
 * HTML validation of built pages with html-validate, configured by the project's
 * .htmlvalidate.json: the `html-validate:recommended` preset with five changes (JSON has no
 * comments, so the reasons are here):
 * - valid-id relaxed: HTML allows an id to start with a digit; congress ids are years
 *   (`2004-paris`), and the strict mode only enforces an HTML 4 / CSS-selector habit.
 * - long-title off: a search-engine length hint, not validity; titles carry the site name and the
 *   article's long bilingual title on purpose.
 * - no-trailing-whitespace off: a source-formatting rule; our HTML is generated, and trailing
 *   spaces inside <pre> (the BibTeX / RIS citations) are content.
 * - prefer-native-element, role "region" allowed: a wide table's scroll container is
 *   `role="region"` with a label and tabindex="0" so that keyboard users can scroll it; a
 *   <section> would add a heading-less entry to the document outline.
 * - form-dup-name, checkboxes may share a name: a group of filter checkboxes submitted by GET
 *   (`?kind=glossary&kind=table`) is how HTML sends several values of one field.
 * Everything else (content model, duplicate ids, attribute values, ARIA, inline styles in the
 * recommended set…) is an error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';

const CONFIG_FILE = fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url));

/** The validator with the project configuration (or another, for fixtures). */
export function htmlValidator(config: ConfigData = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData): HtmlValidate {
  const { $schema: _schema, ...rest } = config as ConfigData & { $schema?: string };
  return new HtmlValidate({ ...rest, root: true });
}

export interface ValidationMessage {
  rule: string;
  message: string;
  line: number;
  column: number;
  excerpt: string;
}

/** Validates one HTML document; returns the errors (warnings are not failures). */
export async function validateHtml(validator: HtmlValidate, source: string, filename = 'page.html'): Promise<ValidationMessage[]> {
  const report = await validator.validateString(source, filename);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity >= 2)
      .map((m) => ({ rule: m.ruleId, message: m.message, line: m.line, column: m.column, excerpt: m.selector ?? source.slice(m.offset, m.offset + 80) })),
  );
}
