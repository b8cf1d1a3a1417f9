import { describe, expect, it } from 'vitest';
import { shotName } from '../../support/layout';

describe('shotName', () => {
  it('names a template screenshot after its route file, language and width', () => {
    expect(shotName('[lang]/glossary/[id].astro', 'ko', 320)).toBe('lang-glossary-id-ko-320.png');
    expect(shotName('[lang]/article/parallel/index.astro', 'en', 1280)).toBe('lang-article-parallel-index-en-1280.png');
  });
  it('leaves the language out for a page outside the language folders', () => {
    expect(shotName('404.astro', undefined, 1280)).toBe('404-1280.png');
    expect(shotName('index.astro', undefined, 320)).toBe('index-320.png');
  });
});
