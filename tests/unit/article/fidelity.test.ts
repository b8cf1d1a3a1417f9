import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleBodyFromSource, firstDifference, mdxBlockText, mdxSectionBlocks, squash } from '../../support/fidelity';

const dir = (lang: string) => `content/article/${lang}`;
const files = readdirSync(dir('ko')).filter((f) => f.endsWith('.mdx')).sort();
const sections = files.map((file) => ({ file, ...mdxSectionBlocks(readFileSync(`${dir('ko')}/${file}`, 'utf8')) }));
const body = articleBodyFromSource();

describe('the Korean edition against the source text', () => {
  it('has the four sections of the print', () => {
    expect(files).toHaveLength(4);
  });

  for (const section of sections) {
    it(`${section.file}: every paragraph is in the source as printed`, () => {
      for (const block of [section.title, ...section.blocks]) {
        const text = squash(mdxBlockText(block));
        expect(text.length).toBeGreaterThan(0);
        expect(body.includes(text), `not in the source: ${block.slice(0, 80)}`).toBe(true);
      }
    });
  }

  it('holds the whole running text, in order, with nothing dropped or added', () => {
    const article = sections.map((s) => [s.title, ...s.blocks].map((b) => squash(mdxBlockText(b))).join('')).join('');
    expect(firstDifference(body, article)).toBe('identical');
  });
});

describe('the English edition against the Korean', () => {
  for (const file of files) {
    it(`${file}: same blocks and the same components in the same order`, () => {
      const ko = mdxSectionBlocks(readFileSync(`${dir('ko')}/${file}`, 'utf8'));
      const en = mdxSectionBlocks(readFileSync(`${dir('en')}/${file}`, 'utf8'));
      expect(en.blocks).toHaveLength(ko.blocks.length);
      const shape = (block: string) => [block.startsWith('###') ? 'h' : 'p', ...[...block.matchAll(/<(Fn|Ref|Term|Sic|XRef)\s[^>]*?(?:n=\{\d+\}|id="[^"]*"|to="[^"]*")/g)].map((m) => m[0])];
      ko.blocks.forEach((block, i) => expect(shape(en.blocks[i] ?? ''), `block ${i + 1}`).toEqual(shape(block)));
      expect(en.title.length).toBeGreaterThan(0);
    });
  }
});
