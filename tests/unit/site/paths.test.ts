import { describe, expect, it } from 'vitest';
import { entryPath, pagePath, translatePath, withBase } from '../../../src/lib/site/paths';

describe('urls', () => {
  it('joins the base path with a site path', () => {
    expect(withBase('/', 'ko/article/')).toBe('/ko/article/');
    expect(withBase('/kb', '/ko/')).toBe('/kb/ko/');
    expect(withBase('/kb/', 'ko/')).toBe('/kb/ko/');
  });

  it('builds page and entry paths with the same slugs in both languages', () => {
    expect(pagePath('ko', 'article', 's3-p4')).toBe('ko/article/#s3-p4');
    expect(pagePath('en', 'bogota')).toBe('en/strategy/bogota-action-agenda/');
    expect(entryPath('en', 'lineage', 'fmcu-uto')).toBe('en/lineage/fmcu-uto/');
  });

  it('translates a path to the other language, under a base path too', () => {
    expect(translatePath('/ko/article/', '/', 'en')).toBe('/en/article/');
    expect(translatePath('/kb/en/lineage/uiv/', '/kb/', 'ko')).toBe('/kb/ko/lineage/uiv/');
    expect(translatePath('/', '/', 'en')).toBe('/en/');
    expect(translatePath('/ko', '/', 'en')).toBe('/en/');
  });
});
