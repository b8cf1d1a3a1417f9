// Wires integrations and the markdown pipeline; everything else lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/lib/article/markdown/pipeline.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/headers-file.ts';
import { LOCAL_SITE, siteUrlNotice } from './src/integrations/site-url.ts';

// Where the site is served. Set both for a deployment under another origin or sub-folder; a build
// without SITE_URL warns (src/integrations/site-url.ts).
const site = process.env.SITE_URL ?? LOCAL_SITE;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The stylesheet (about 6 KB gzip) is inlined: one round trip less before the first paint on a
  // slow connection, which Lighthouse's mobile profile measures.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7 renders markdown with Sätteri by default, which ignores remark plugins; the unified
  // processor keeps remark-gfm and our rehype plugins (MDX inherits it). SmartyPants is off: it
  // would rewrite the verbatim Korean text's quotation marks.
  markdown: {
    processor: unified({
      remarkPlugins,
      rehypePlugins,
      smartypants: false,
    }),
  },
  integrations: [
    siteUrlNotice(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'ko', locales: { ko: 'ko-KR', en: 'en' } },
    }),
    searchIndex(),
    securityHeaders(),
  ],
});
