/**
 * Renders the lineage diagram (figure 1) to SVG with mermaid in headless Chromium, once per
 * language, and keeps it in src/diagrams/ named by the hash of its mermaid source. The site build
 * reads these files and needs no browser; a unit test fails when a source has no SVG.
 *
 *   npm run diagrams
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium';
import { DIAGRAM_DIR, diagramFile, lineageMermaid } from '../src/lib/entries/lineage-diagram';
import { parseYamlList } from '../src/lib/content/yaml-list';
import { organisationSchema } from '../src/schemas/organisation';
import { cleanDiagramSvg } from './lib/diagram-svg';
import { LOCALES } from '../src/i18n/locales';

const require = createRequire(import.meta.url);
const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
const file = 'content/lineage/organisations.yaml';
const organisations = parseYamlList(readFileSync(file, 'utf8'), file, organisationSchema).map((e) => e.data);

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent('<!doctype html><html><body></body></html>');
await page.addScriptTag({ path: mermaidBundle });

mkdirSync(DIAGRAM_DIR, { recursive: true });
const written = new Set<string>();
for (const lang of LOCALES) {
  const source = lineageMermaid(organisations, lang);
  const svg = await page.evaluate(
    async ({ source, id }) => {
      const mermaid = (window as unknown as { mermaid: { initialize(c: object): void; render(id: string, s: string): Promise<{ svg: string }> } }).mermaid;
      mermaid.initialize({
        startOnLoad: false,
        theme: 'base',
        htmlLabels: false,
        fontFamily: '"Noto Sans CJK KR", "Noto Sans KR", sans-serif',
        flowchart: { htmlLabels: false, useMaxWidth: true, padding: 18, nodeSpacing: 30, rankSpacing: 40, curve: 'basis' },
      });
      return (await mermaid.render(id, source)).svg;
    },
    { source, id: `lineage-${lang}` },
  );
  const target = diagramFile('lineage', lang, source);
  writeFileSync(target, cleanDiagramSvg(svg, lang));
  written.add(target);
  console.log(`wrote ${target}`);
}
await browser.close();

// Remove the SVGs of sources that no longer exist.
for (const name of readdirSync(DIAGRAM_DIR)) {
  const path = `${DIAGRAM_DIR}/${name}`;
  if (name.endsWith('.svg') && !written.has(path)) {
    rmSync(path);
    console.log(`removed stale ${path}`);
  }
}
