import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales';
import { STRATEGY_TABLES } from '../registry/strategy-tables';
import { readDataContent, type DataContent } from '../lib/content/read';
import { compoundKeywords, compoundParts } from '../lib/search/korean-compounds';
import { searchDocuments } from '../lib/search/document';
import { glossarySpellings, termsForPage, type GlossaryTerms } from '../lib/search/glossary-terms';
import { kindForPath } from '../lib/search/kinds';
import { strategyRowRecords, type SearchRecord } from '../lib/search/records';
import { buildTable } from '../lib/tables/build';
import { pagePath } from '../lib/site/paths';
import { distPages } from '../lib/site/dist-files';

/**
 * Index chunk size, in word positions (Pagefind's default is 20,000). Korean words keep their
 * particles, so the Korean index has many distinct words; smaller chunks mean a query loads
 * less of the index. Set through Pagefind's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (1.5+).
 */
const INDEX_CHUNK_SIZE = 1000;

/**
 * Minifies Pagefind's search script in place (47 KB → 31 KB), dropping its developer warnings
 * and verbose logging (errors stay): after the WASM it is the largest file the first query
 * fetches, which must stay within 100 KB in English. esbuild comes with Astro.
 */
async function minifyPagefindScript(bundle: string): Promise<number> {
  const file = join(bundle, 'pagefind.js');
  const { code } = await transform(await readFile(file, 'utf8'), {
    minify: true,
    format: 'esm',
    legalComments: 'none',
    pure: ['console.warn', 'console.log'],
  });
  await writeFile(file, code);
  return code.length;
}

/** Each strategy table's rows as records of their own, in one language, from the same table model as the pages. */
function tableRecords(content: DataContent, lang: (typeof LOCALES)[number]): SearchRecord[] {
  return STRATEGY_TABLES.flatMap((table) => strategyRowRecords(buildTable(content, table.table, lang), `/${pagePath(lang, table.key)}`, table.filter));
}

/**
 * Builds the Pagefind index into the build output (dist/pagefind) once Astro has written the
 * pages: one index per language, detected from each page's <html lang>. The index is generated,
 * never committed or copied from public/.
 *
 * Each page is read from disk and indexed from memory (dist/ stays as Astro wrote it), with
 * hidden keywords for the parts of its Korean compounds and, on glossary entry pages, the term's
 * spellings in both languages (see src/lib/search/document.ts); the article is indexed section
 * by section. The strategy table rows are added as records of their own, built from the content
 * data through the same table model as their pages. The index is cut into small chunks
 * and Pagefind's script minified, to keep a first query light (tests/e2e/search.spec.ts).
 */
export function searchIndex(): AstroIntegration {
  let root: URL;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        // The content as the pages saw it: the same files, schemas and order (registry/collections.ts).
        const content = await readDataContent(fileURLToPath(root));
        const glossary: GlossaryTerms[] = content.glossary.map(({ id, data }) => ({ id, term: data.term, aliases: data.aliases, hanja: data.hanja }));
        const parts = compoundParts(glossarySpellings(glossary));

        const previousChunkSize = process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (previousChunkSize === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
        else process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = previousChunkSize;
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

        let documents = 0;
        let keywords = 0;
        // In file order, as before: the index's bytes depend on the order pages are added.
        for (const { file: path, url } of distPages(outDir).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
          const file = join(outDir, path);
          const prepared = searchDocuments(await readFile(file, 'utf8'), {
            url,
            parts,
            terms: termsForPage(url, glossary),
            fallbackKind: kindForPath(url),
          });
          for (const document of prepared) {
            const added = await index.addHTMLFile({ url: document.url, content: document.html });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${document.url}: ${added.errors.join('; ')}`);
            documents++;
            keywords += document.keywords.length;
          }
        }

        let records = 0;
        for (const lang of LOCALES) {
          for (const record of tableRecords(content, lang)) {
            const words = compoundKeywords(`${record.title} ${record.content}`, parts);
            const meta = { title: record.title, ...record.meta, ...(words.length > 0 ? { keywords: words.join(' ') } : {}) };
            const added = await index.addCustomRecord({ url: record.url, content: record.content, language: lang, meta, filters: record.filters });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
            records++;
          }
        }

        const bundle = join(outDir, 'pagefind');
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        await minifyPagefindScript(bundle);
        logger.info(
          `indexed ${documents} documents and ${records} table rows (${keywords} hidden keywords) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
