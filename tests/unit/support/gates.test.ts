import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../support/dom';
import { checkDarkScheme, checkLanguages, report, runStaticGates, type Problem } from '../../support/gates';

const SITE = 'http://127.0.0.1:4321';
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'";
const HEADERS = `/*\n  Content-Security-Policy: ${CSP}; frame-ancestors 'none'\n`;

/** A complete page of a language folder that passes every gate. */
function page(lang: 'ko' | 'en', path: string, options: { htmlLang?: string; chrome?: boolean; dark?: string; csp?: string } = {}): string {
  const other = lang === 'ko' ? 'en' : 'ko';
  const twin = path.replace(`/${lang}/`, `/${other}/`);
  return `<!DOCTYPE html><html lang="${options.htmlLang ?? lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${options.csp ?? CSP}">
<title>Page</title><meta name="description" content="A page.">
<link rel="canonical" href="${SITE}${path}"><link rel="alternate" hreflang="${lang}" href="${SITE}${path}">
<link rel="alternate" hreflang="${other}" href="${SITE}${twin}"><link rel="alternate" hreflang="x-default" href="${SITE}${lang === 'ko' ? path : twin}">
<meta property="og:title" content="Page"><meta property="og:description" content="A page."><meta property="og:url" content="${SITE}${path}">
<meta property="og:type" content="website"><meta property="og:locale" content="${lang}">
<style>:root { --bg: #fff; } @media (prefers-color-scheme: dark) { :root { --bg: #000; ${options.dark ?? ''} } }</style></head>
<body>${options.chrome === false ? '' : '<a class="skip-link" href="#main">Skip</a><header class="site-header"><a href="/ko/">Home</a></header>'}<main id="main"><h1>Page</h1></main></body></html>`;
}

const root = mkdtempSync(join(tmpdir(), 'gates-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function build(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const sitemap = (paths: string[]) => ({
  'sitemap-index.xml': `<sitemapindex><sitemap><loc>${SITE}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
  'sitemap-0.xml': `<urlset>${paths.map((p) => `<url><loc>${SITE}${p}</loc></url>`).join('')}</urlset>`,
});
const GOOD = { 'ko/index.html': page('ko', '/ko/'), 'en/index.html': page('en', '/en/'), _headers: HEADERS, ...sitemap(['/ko/', '/en/']) };
const options = { site: SITE, base: '/' };
const gates = (problems: Problem[]) => problems.map((p) => `${p.gate} ${p.page}: ${p.problem}`);

describe('runStaticGates', () => {
  it('passes a small, correct site', async () => {
    expect(gates((await runStaticGates(build('good', GOOD), options)).problems)).toEqual([]);
  });

  it('names the gate and the page for each break', async () => {
    const broken = build('broken', {
      ...GOOD,
      'ko/index.html': page('ko', '/ko/', { htmlLang: 'en', chrome: false }),
      'en/index.html': page('en', '/en/', { dark: 'padding: 0;', csp: `${CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}` }),
      'ko/extra/index.html': page('ko', '/ko/extra/'),
    });
    const found = gates((await runStaticGates(broken, options)).problems);
    expect(found).toEqual(
      expect.arrayContaining([
        'language /ko/: <html lang="en">, expected "ko"',
        'chrome /ko/: no .skip-link',
        'chrome /ko/: no .site-header',
        'dark-scheme /en/: the dark scheme sets "padding: 0": only colour variables keep the layout the same in both schemes',
        "csp /en/: script-src allows 'unsafe-inline'",
        'languages /ko/extra/: no English counterpart /en/extra/',
        `sitemap /sitemap-index.xml: page missing from the sitemap: ${SITE}/ko/extra/`,
        'head /ko/extra/: hreflang en points to /en/extra/, which was not built',
      ]),
    );
    expect(found.some((f) => f.startsWith('csp /en/: meta CSP') && f.includes('differs from the _headers policy'))).toBe(true);
  });

  it('reports a site without _headers or sitemap', async () => {
    const bare = build('bare', { 'ko/index.html': GOOD['ko/index.html'], 'en/index.html': GOOD['en/index.html'] });
    const found = gates((await runStaticGates(bare, options)).problems);
    expect(found).toContain('csp /ko/: no Content-Security-Policy for /* in _headers');
    expect(found).toContain('sitemap /sitemap-index.xml: no sitemap-index.xml');
  });
});

describe('checkDarkScheme', () => {
  const style = (css: string) => parseHtml(`<!doctype html><html><head><style>${css}</style></head><body></body></html>`);
  it('accepts colour variables only, in nested rules too', () => {
    expect(checkDarkScheme(style('@media (prefers-color-scheme: dark) { :root { --a: #fff; --b: rgb(0 0 0 / 50%); } .x { --c: oklch(0.5 0.1 200); } }'))).toEqual([]);
  });
  it('rejects a layout property or a non-colour variable', () => {
    expect(checkDarkScheme(style('@media (prefers-color-scheme: dark) { .x { font-size: 2rem; --gap: 3px; } }'))).toEqual([
      'the dark scheme sets "font-size: 2rem": only colour variables keep the layout the same in both schemes',
      'the dark scheme sets "--gap: 3px": only colour variables keep the layout the same in both schemes',
    ]);
  });
  it('finds the real stylesheet’s dark block', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toMatch(/prefers-color-scheme: dark/);
    expect(checkDarkScheme(style(css))).toEqual([]);
  });
});

describe('checkLanguages and report', () => {
  it('names pages without a counterpart, and lists every page at fault under each problem', () => {
    const problems = checkLanguages(['/ko/', '/ko/a/', '/en/', '/en/b/']);
    expect(gates(problems)).toEqual(['languages /ko/a/: no English counterpart /en/a/', 'languages /en/b/: no Korean counterpart /ko/b/']);
    const many: Problem[] = ['/ko/1/', '/ko/2/', '/ko/3/', '/ko/4/', '/ko/5/'].map((page) => ({ gate: 'links', page, problem: '/gone/: no such page' }));
    expect(report(many, 'links')).toBe('links: 1 problem(s) on 5 page(s):\n  - /gone/: no such page — on /ko/1/, /ko/2/, /ko/3/, /ko/4/, /ko/5/');
  });
});
