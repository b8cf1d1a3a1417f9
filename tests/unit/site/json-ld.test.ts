import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Head from '../../../src/components/Head.astro';
import { jsonLdScript } from '../../../src/lib/site/json-ld';
import { attr, byTag, metaContent, parseHtml, textOf } from '../../support/dom';
import { checkScripts } from '../../support/structure';

// Content strings are data: whatever they hold, they come out as text, never as markup or code.
const HOSTILE = '</title></script><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & <b>bold</b>';
const internal = (src: string) => src.startsWith('/');

describe('escaping of content strings', () => {
  it('jsonLdScript keeps a hostile string inside its script element and round-trips it', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>t</title><script type="application/ld+json">${jsonLdScript({ '@type': 'WebPage', name: HOSTILE })}</script></head><body></body></html>`;
    const root = parseHtml(html);
    expect(checkScripts(root, internal)).toEqual([]);
    const [script] = byTag(root, 'script');
    expect(JSON.parse(textOf(script!))).toMatchObject({ '@type': 'WebPage', name: HOSTILE });
  });

  it('Head renders a hostile title, description and JSON-LD as text, adding no script or element', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Head, {
      props: { lang: 'en', title: HOSTILE, description: HOSTILE, jsonLd: { '@type': 'WebPage', name: HOSTILE } },
      request: new Request('http://127.0.0.1:4321/en/article/'),
    });
    const root = parseHtml(`<!DOCTYPE html><html lang="en"><head>${html}</head><body></body></html>`);
    expect(checkScripts(root, internal)).toEqual([]);
    expect(byTag(root, 'img')).toEqual([]);
    expect(byTag(root, 'b')).toEqual([]);
    expect(textOf(byTag(root, 'title')[0]!)).toContain(HOSTILE);
    expect(metaContent(root, 'description')).toBe(HOSTILE);
    expect(metaContent(root, 'og:title')).toContain(HOSTILE);
    const scripts = byTag(root, 'script');
    expect(scripts.map((s) => attr(s, 'type'))).toEqual(['application/ld+json', 'module']);
  });
});
