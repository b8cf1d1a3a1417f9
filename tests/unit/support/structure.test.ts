import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../support/dom';
import { checkHeadings, checkScripts, checkTextAlternatives } from '../../support/structure';
import { htmlValidator, validateHtml } from '../../support/validate';

const doc = (body: string, headExtra = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title>${headExtra}</head><body>${body}</body></html>`;

describe('checkHeadings', () => {
  it('accepts one h1 and an outline that only steps down by one', () => {
    expect(checkHeadings(parseHtml(doc('<h1>T</h1><h2>a</h2><h3>b</h3><h2>c</h2><h3>d</h3><h4>e</h4><h2>f</h2>')))).toEqual([]);
  });
  it('rejects a skipped level', () => {
    expect(checkHeadings(parseHtml(doc('<h1>T</h1><h3>b</h3>')))).toEqual(['h3 "b" follows an h1: level skipped']);
  });
  it('rejects no h1, two h1s and a heading before the h1', () => {
    expect(checkHeadings(parseHtml(doc('<h2>a</h2>')))).toEqual(['expected exactly one h1, found 0', 'h2 "a" follows the start of the page: level skipped']);
    expect(checkHeadings(parseHtml(doc('<h1>a</h1><h1>b</h1>')))).toEqual(['expected exactly one h1, found 2']);
  });
  it('ignores hidden headings and flags empty ones', () => {
    expect(checkHeadings(parseHtml(doc('<h1>T</h1><div hidden><h4>x</h4></div><h2></h2>')))).toEqual(['empty h2']);
  });
});

describe('checkTextAlternatives', () => {
  it('accepts img alt, a labelled role=img svg, and a hidden svg inside a labelled wrapper or a link with text', () => {
    const body = `<img src="a.png" alt="A map"><img src="d.png" alt="">
      <svg role="img" aria-label="Lineage"></svg>
      <div role="img" aria-label="Diagram, described below"><svg aria-hidden="true"><g><text>x</text></g></svg></div>
      <a href="/s/"><svg aria-hidden="true"></svg><span>Search</span></a>
      <figure><svg aria-hidden="true"></svg><figcaption>Figure 1</figcaption></figure>`;
    expect(checkTextAlternatives(parseHtml(doc(body)))).toEqual([]);
  });
  it('rejects an img without alt, an unlabelled svg, an icon-only link and an unlabelled role=img', () => {
    const body = `<img src="a.png"><svg id="d"></svg><a href="/s/"><svg aria-hidden="true" class="icon"></svg></a><svg role="img" id="e"></svg><div role="img"></div>`;
    expect(checkTextAlternatives(parseHtml(doc(body)))).toEqual([
      '<img src="a.png"> has no alt attribute',
      '<svg id="d"> is neither role="img" with a label nor aria-hidden="true"',
      '<svg class="icon"> is hidden from assistive technology with no text equivalent nearby',
      '<svg id="e"> has role="img" but no label',
      '<div role="img"> has no aria-label or aria-labelledby',
    ]);
  });
});

describe('checkScripts', () => {
  const internal = (src: string) => src.startsWith('/');
  it('accepts our own script files and JSON-LD', () => {
    const html = doc('', '<script src="/scripts/enhance.js" type="module"></script><script type="application/ld+json">{"@type":"WebPage","name":"\\u003c/script>"}</script>');
    expect(checkScripts(parseHtml(html), internal)).toEqual([]);
  });
  it('rejects an inline script, a foreign script, an event handler and a javascript: URL', () => {
    const html = doc('<button onclick="x()">b</button><a href="javascript:alert(1)">a</a>', '<script>alert(1)</script><script src="https://cdn.example.org/x.js"></script>');
    expect(checkScripts(parseHtml(html), internal)).toEqual([
      'inline <script>: alert(1)',
      '<script src="https://cdn.example.org/x.js"> loads code from another origin',
      '<button> has an inline event handler (onClick)',
      '<a href="javascript:alert(1)"> runs script',
    ]);
  });
  it('catches a content string that closed the JSON-LD script early', () => {
    // What unescaped data would produce: the parser ends the script at "</script>".
    const html = doc('', '<script type="application/ld+json">{"name":"</script><script>alert(1)</script>"}</script>');
    const problems = checkScripts(parseHtml(html), internal);
    expect(problems.some((p) => p.startsWith('JSON-LD does not parse'))).toBe(true);
    expect(problems).toContain('inline <script>: alert(1)');
  });
});

describe('validateHtml with the project configuration', () => {
  const validator = htmlValidator();
  it('passes a well-formed page', async () => {
    expect(await validateHtml(validator, doc('<main><h1>T</h1><p id="2004-paris">x</p></main>'))).toEqual([]);
  });
  it('reports invalid markup: a duplicate id, a misnested element, an unknown attribute value', async () => {
    const rules = (await validateHtml(validator, doc('<main><p id="a">x</p><p id="a"><div>block in p</div></p><a href="/x/" target="nowhere-valid" rel="bogus">y</a></main>'))).map((m) => m.rule);
    expect(rules).toContain('no-dup-id');
    expect(rules.length).toBeGreaterThanOrEqual(2);
  });
});
