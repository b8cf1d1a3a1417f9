/**
 * The article's markdown pipeline, declared once: astro.config.mjs hands it to Astro's unified
 * processor (MDX inherits it), and the tests compile the sections through the same plugins.
 */
import remarkGfm from 'remark-gfm';
import { rehypeArticleBlocks } from './article-blocks';
import { remarkComponentLang } from './remark-component-lang';

export const remarkPlugins = [remarkGfm, remarkComponentLang];
export const rehypePlugins = [rehypeArticleBlocks];
