import { expect, test } from '@playwright/test';
import { parseHtml } from '../../support/dom';
import { PAGES, builtSite, listed } from '../../support/quality';
import { checkHeadings, checkTextAlternatives } from '../../support/structure';
import { htmlValidator, validateHtml } from '../../support/validate';

// Static: the HTML of every built page, as written to dist/.
const validator = htmlValidator();

for (const path of PAGES) {
  test.describe(path, () => {
    const html = () => builtSite().pages.get(path) ?? '';

    test('is valid HTML (html-validate, .htmlvalidate.json)', async () => {
      const messages = await validateHtml(validator, html(), path);
      expect(messages, listed(messages.map((m) => `${m.rule} ${m.line}:${m.column} ${m.message} (${m.excerpt})`))).toEqual([]);
    });

    test('has one h1 and headings in order', () => {
      const problems = checkHeadings(parseHtml(html()));
      expect(problems, listed(problems)).toEqual([]);
    });

    test('gives images and diagrams a text alternative', () => {
      const problems = checkTextAlternatives(parseHtml(html()));
      expect(problems, listed(problems)).toEqual([]);
    });
  });
}
