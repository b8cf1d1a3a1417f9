import { describe, expect, it } from 'vitest';
import { searchDocuments, TERMS_SEPARATOR } from '../../../src/lib/search/document';

const parts = new Set(['외교', '의제', '도시']);
const page = (main: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><header data-pagefind-ignore><a>공공외교 메뉴</a></header><main data-pagefind-body>${main}</main><footer>결사외교</footer></body></html>`;
const attribute = (html: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];

describe('searchDocuments', () => {
  it('indexes nothing for a page without data-pagefind-body', () => {
    expect(searchDocuments('<html lang="ko"><body><p>도시외교</p></body></html>', { url: '/', parts })).toEqual([]);
  });

  it('adds the parts of the compounds in the indexed text as hidden keywords, not those of the chrome', () => {
    const [doc] = searchDocuments(page('<h1>헤이그 도시외교의제</h1><p data-pagefind-ignore>공공외교</p>'), { url: '/ko/hague-agenda/', parts });
    expect(doc?.keywords).toEqual(['외교의제', '의제']);
    expect(attribute(doc!.html, 'data-keywords')).toBe('외교의제 의제');
    expect(doc?.html).toContain('data-pagefind-meta="keywords[data-keywords]"');
    expect(doc?.html).toMatch(/<span hidden data-pagefind-meta="keywords\[data-keywords\]"/);
  });

  it('keeps a declared kind and files an undeclared one by the fallback', () => {
    const declared = searchDocuments(page('<span hidden data-pagefind-filter="kind:congress"></span><h1>총회</h1>'), { url: '/ko/x/', parts, fallbackKind: 'data' });
    expect(declared[0]?.html.match(/data-pagefind-filter="kind:[^"]*"/g)).toEqual(['data-pagefind-filter="kind:congress"']);
    const undeclared = searchDocuments(page('<h1>총회</h1>'), { url: '/ko/x/', parts, fallbackKind: 'data' });
    expect(undeclared[0]?.html).toContain('data-pagefind-filter="kind:data"');
  });

  it('gives a glossary page its spellings as searchable terms, with the parts of their compounds', () => {
    const [doc] = searchDocuments(page('<h1>공공외교</h1>'), { url: '/ko/glossary/public-diplomacy/', parts, terms: ['공공외교', 'public diplomacy', '공공 외교'] });
    expect(attribute(doc!.html, 'data-terms')).toBe(['공공외교', 'public diplomacy', '공공 외교'].join(TERMS_SEPARATOR));
    expect(doc?.keywords).toEqual(['외교']);
  });

  it('leaves a glossary entry’s labelled facts and headings out of its text, so its excerpt reads as the term pair and definition', () => {
    const main =
      '<h1>도시외교</h1><p lang="en">city diplomacy</p><dl class="facts"><dt>한국어</dt><dd>도시외교</dd><dt>갈래</dt><dd>외교 주체에 따른 유형</dd></dl>' +
      '<section><h2 id="definition-heading">정의</h2><p>지방정부로 대표되는 외교.</p></section>';
    const [entry] = searchDocuments(page(main), { url: '/ko/glossary/city-diplomacy/', parts, terms: ['도시외교', 'city diplomacy'] });
    expect(entry?.html).toContain('<dl class="facts" data-pagefind-ignore="">');
    expect(entry?.html).toContain('<h2 id="definition-heading" data-pagefind-ignore="">정의</h2>');
    expect(entry?.html).toContain('<h1>도시외교</h1>');
    // The category's words no longer give hidden keywords either (주체 would).
    expect(entry?.keywords).toEqual(['외교']);
    // Another page keeps its facts: they are what it is found by.
    const [other] = searchDocuments(page(main), { url: '/ko/lineage/uiv/', parts });
    expect(other?.html).toContain('<dl class="facts"><dt>');
  });

  it('keeps description-list cells apart so their words do not run together', () => {
    const [doc] = searchDocuments(page('<dl><dt>한국어</dt><dd>외교</dd></dl>'), { url: '/ko/glossary/diplomacy/', parts });
    expect(doc?.html).toContain('<dt>한국어 </dt><dd>외교 </dd>');
  });

  it('captures a title from an attribute when it holds weighted text (Pagefind would leak its weight marker)', () => {
    const [doc] = searchDocuments(page('<h1 data-pagefind-weight="10" data-pagefind-meta="title">city <span data-pagefind-weight="1">diplomacy</span></h1>', 'en'), { url: '/en/glossary/city-diplomacy/', parts });
    expect(doc?.html).toContain('data-pagefind-meta="title[data-pagefind-meta-text]" data-pagefind-meta-text="city diplomacy"');
    const [split] = searchDocuments(page('<h1 data-pagefind-meta="title">도시<span data-pagefind-weight="1">외교</span></h1>'), { url: '/ko/glossary/city-diplomacy/', parts });
    expect(split?.html).toContain('data-pagefind-meta-text="도시외교"');
    const [plain] = searchDocuments(page('<h1 data-pagefind-meta="title">도시외교</h1>'), { url: '/ko/glossary/city-diplomacy/', parts });
    expect(plain?.html).toContain('<h1 data-pagefind-meta="title">도시외교</h1>');
  });

  it('makes each article section a document of its own, without the tables that have their own pages', () => {
    const html = page(
      '<article><h1>기사</h1><section class="article-section" aria-labelledby="s1"><h2 id="s1">1 외교 환경</h2><p>공공외교를 말한다.</p></section>' +
        '<section class="article-section" aria-labelledby="s2"><h2 id="s2">2 도시</h2><p>도시외교의제</p><figure data-table="table-1"><table><tr><td>결사외교</td></tr></table></figure></section>' +
        '<section class="notes"><h2 id="footnotes-heading">각주</h2><p>준외교</p></section></article><span hidden data-pagefind-filter="kind:article"></span>',
    );
    const docs = searchDocuments(html, { url: '/ko/article/', parts });
    expect(docs.map((d) => d.url)).toEqual(['/ko/article/', '/ko/article/#s1', '/ko/article/#s2']);
    const [rest, first, second] = docs;
    expect(rest?.html).not.toContain('공공외교를');
    expect(rest?.html).toContain('준외교');
    expect(first?.html).toContain('<meta data-pagefind-meta="title[content]" content="1 외교 환경">');
    expect(first?.html).toContain('data-pagefind-filter="kind:article"');
    expect(first?.html).toContain('<html lang="ko">');
    expect(second?.html).not.toContain('결사외교');
    expect(second?.keywords).toEqual(['외교의제', '의제']);
  });
});
