/**
 * The collections as built, read from dist/ (no browser): the data holds its entries, and every
 * organisation and congress has its page in both languages, in that language and with one h1.
 * (Moved from tests/e2e/collections.spec.ts, which fetched the same pages from the test server.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST } from '../support/site';

const ids = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((entry) => entry.id);
const organisations = ids('content/lineage/organisations.yaml');
const congresses = ids('content/congresses.yaml');
const hagueRows = parse(readFileSync('content/hague-agenda/rows.yaml', 'utf8')) as { id: string; area: string }[];
const committees = (parse(readFileSync('content/structure/bodies.yaml', 'utf8')) as { kind: string }[]).filter((b) => b.kind === 'committee');
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
});
