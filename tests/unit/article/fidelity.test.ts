import { describe, expect, it } from 'vitest';
import { articleBodyFromSource, firstDifference, squash } from '../../support/fidelity';
import { compileEdition } from '../../support/article';

const sections = await compileEdition('ko');
const body = articleBodyFromSource();
/** A block's text as printed: footnote numbers where their markers stand. */
const printed = (section: (typeof sections)[number]) => [section.title, ...section.record.blocks.map((b) => b.printed)];

describe('the Korean edition against the source text', () => {
  it('has the four sections of the print', () => {
    expect(sections).toHaveLength(4);
  });

  for (const section of sections) {
    it(`${section.file}: every paragraph is in the source as printed`, () => {
      for (const text of printed(section)) {
        expect(squash(text).length).toBeGreaterThan(0);
        expect(body.includes(squash(text)), `not in the source: ${text.slice(0, 80)}`).toBe(true);
      }
    });
  }

  it('holds the whole running text, in order, with nothing dropped or added', () => {
    const article = sections.map((s) => printed(s).map(squash).join('')).join('');
    expect(firstDifference(body, article)).toBe('identical');
  });
});
