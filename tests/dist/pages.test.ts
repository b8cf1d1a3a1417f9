/**
 * The static gates over every built page (tests/support/gates.ts): the build is read once, each
 * page parsed once, and each gate asserted in its own test; a failure lists every page at fault.
 * They need no browser and cost milliseconds a page, so they stay exhaustive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployment } from '../support/dist';
import { GATES, report, runStaticGates, type GateRun } from '../support/gates';
import { parseCsp, parseHeadersFile } from '../support/head';
import { DIST } from '../support/site';
import { headersFile } from '../../src/lib/site/csp';

const options = deployment();
let run: GateRun;
beforeAll(async () => {
  run = await runStaticGates(DIST, options);
});

const WHAT: Record<(typeof GATES)[number], string> = {
  html: 'every page is valid HTML (html-validate, .htmlvalidate.json)',
  headings: 'every page has one h1 and headings in order',
  'text-alternatives': 'every page gives images and diagrams a text alternative',
  language: 'every page declares its language: en in /en/, ko elsewhere',
  chrome: 'every page in a language folder has the site header and a skip link',
  'dark-scheme': 'the dark colour scheme of every page sets colour variables only (the layout is the same in both schemes)',
  head: 'every page has canonical, hreflang, description, Open Graph and valid JSON-LD',
  csp: 'every page has a strict CSP meta tag, the same as the _headers policy (within it outside the language folders)',
  scripts: 'every page runs only scripts from this site: no inline code, handlers or javascript: URLs',
  links: 'every internal link and #fragment resolves; external links are well-formed',
  sitemap: 'the sitemap index leads to sitemaps that list every page of both languages, and only built pages',
  languages: 'both languages hold the same set of pages',
};

describe(`static gates over ${DIST}/`, () => {
  it('reads a whole build: pages in both languages, the root and the 404 page', () => {
    const pages = [...run.site.pages.keys()];
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toEqual(expect.arrayContaining(['/', '/404.html', '/ko/', '/en/']));
  });

  for (const gate of GATES) {
    it(WHAT[gate], () => {
      const problems = run.problems.filter((p) => p.gate === gate);
      expect(problems, report(run.problems, gate)).toEqual([]);
    });
  }

  it('dist/_headers is the one the build writes from src/lib/site/csp.ts, with frame-ancestors none (a header-only directive)', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), 'no dist/_headers').toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(headersFile());
    const full = parseHeadersFile(readFileSync(file, 'utf8')).get('/*')?.get('content-security-policy') ?? '';
    expect(parseCsp(full).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
