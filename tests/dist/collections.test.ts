/**
 * The collections as built, read from dist/ (no browser): the data holds its entries, and every
 * organisation and congress has its page in both languages, in that language and with one h1.
 * (Moved from tests/e2e/collections.spec.ts, which fetched the same pages from the test server.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { provenanceAt } from '../../src/lib/content/provenance';
import { bodySchema } from '../../src/schemas/structure';
import { attr, elements, parseHtml, textOf } from '../support/dom';
import { DIST } from '../support/site';

const ids = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((entry) => entry.id);
const organisations = ids('content/lineage/organisations.yaml');
const congresses = ids('content/congresses.yaml');
const hagueRows = parse(readFileSync('content/hague-agenda/rows.yaml', 'utf8')) as { id: string; area: string }[];
type BodyData = { id: string; kind: string; note?: { ko: string; en: string } };
const bodies = parse(readFileSync('content/structure/bodies.yaml', 'utf8')) as BodyData[];
const committees = bodies.filter((b) => b.kind === 'committee');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const LANGS = ['ko', 'en'] as const;

describe('the collections as built', () => {
  it('the data holds 23 organisations, 5 congresses, 15 rows of table 1 and 12 committees', () => {
    expect([organisations.length, congresses.length, hagueRows.length, committees.length]).toEqual([23, 5, 15, 12]);
  });

  for (const lang of LANGS) {
    it(`every organisation and congress has its page in ${lang}`, () => {
      for (const [section, list] of [['lineage', organisations], ['congresses', congresses]] as const) {
        for (const id of list) {
          const file = `${DIST}/${lang}/${section}/${id}/index.html`;
          expect(existsSync(file), `/${lang}/${section}/${id}/`).toBe(true);
          const html = readFileSync(file, 'utf8');
          expect(html).toContain(`<html lang="${lang}"`);
          expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
        }
      }
    });
  }

  // The editors' note beside a body's description (the article's words): its own paragraph after
  // the description, never inside it, and a note marked external names its reference.
  for (const lang of LANGS) {
    it(`every body's editors' note stands apart on the ${lang} organisation page, cited when external`, () => {
      const withNotes = bodies.filter((b) => b.note);
      expect(withNotes.length).toBeGreaterThan(0);
      const page = parseHtml(readFileSync(`${DIST}/${lang}/organisation/index.html`, 'utf8'));
      for (const body of withNotes) {
        const item = elements(page).find((el) => attr(el, 'id') === body.id);
        expect(item, `#${body.id}`).toBeDefined();
        const paragraphs = elements(item!).filter((el) => el.tagName === 'p');
        const note = paragraphs.find((el) => String(attr(el, 'class')).includes('body-item__note'));
        expect(note, `#${body.id}: the note's paragraph`).toBeDefined();
        expect(squash(textOf(note!)), `#${body.id}`).toContain(squash(body.note![lang]));
        const description = paragraphs.find((el) => String(attr(el, 'class')).includes('body-item__description'));
        if (description) expect(squash(textOf(description)), `#${body.id}: the description`).not.toContain(squash(body.note![lang]).slice(0, 20));
        // The note's kind as the site resolves it (the schema's default and the entry's overrides).
        const origin = provenanceAt(bodySchema, body, 'note', lang);
        if (origin?.kind === 'external') {
          const links = elements(note!).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
          for (const reference of origin.references ?? []) expect(links, `#${body.id}: the note cites ${reference}`).toContain(`/${lang}/sources/#ref-${reference}`);
          expect(origin.references?.length, `#${body.id}: an external note names its reference`).toBeGreaterThan(0);
        }
      }
    });
  }
});
