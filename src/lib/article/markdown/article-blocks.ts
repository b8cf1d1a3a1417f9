/**
 * The one reading of an article section's blocks. Running in the markdown pipeline, after MDX
 * has parsed the section, it gives every top-level block a positional id (`s3-p4`, `s3-h1`) and
 * records, for each, what later steps need: its text, and the components it uses with the ids
 * they name. The record travels with the rendered entry (`remarkPluginFrontmatter.article`), so
 * term occurrences, content checks, the cite page and the parallel view read it instead of
 * parsing MDX again.
 *
 * Both editions have the same blocks in the same order, so the same id names the same paragraph
 * in Korean and English: the language switch and the parallel view rely on it.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { isMdxComponent } from '../../../registry/mdx-components';
import { blockId, sectionOfPath } from './block-ids';

/** A component used in the article, with its attributes as written and the text it wraps. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  /** The text between its tags (`준외교` in `<Term id="para-diplomacy">준외교</Term>`), whitespace collapsed. */
  text: string;
}

/** A top-level block of a section: a paragraph, list, quotation or table (`p`), or a sub-heading (`h`). */
export interface ArticleBlock {
  /** `s3-p4`, `s3-h1`. */
  id: string;
  kind: 'p' | 'h';
  /** Its number among the section's blocks of that kind, from 1 (the 4 of `s3-p4`). */
  index: number;
  /** The element it renders as (`p`, `h3`, `ul` …). */
  tag: string;
  /** What a reader reads: components reduced to their text, footnote markers left out, whitespace collapsed. */
  text: string;
  /** The text as printed: like `text`, with each footnote number where its marker stands. */
  printed: string;
  /** The components inside it, in order. */
  uses: ComponentUse[];
}

/** What the pipeline records of one section file. */
export interface SectionRecord {
  lang: 'ko' | 'en';
  number: number;
  blocks: ArticleBlock[];
  /** Every component the section uses, inside blocks or standing alone (a table), in order. */
  components: ComponentUse[];
  /** The section from top to bottom: each block's id, or the component standing there alone. */
  layout: (string | ComponentUse)[];
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);
const BLOCKS = new Set(['p', 'blockquote', 'ul', 'ol', 'table', 'pre']);

/** The MDX nodes remark-rehype passes through into hast. */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: (RootContent | ElementContent)[];
}
type Node = Root | RootContent | ElementContent | MdxJsxElement;

const isJsx = (node: { type: string }): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** `n={3}` → `3`, `id="x"` → `x`. */
function attributesOf(node: MdxJsxElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const value = attribute.value;
    attributes[attribute.name] = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'value' in value ? String(value.value) : '';
  }
  return attributes;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of a node and the components inside it (added to `uses`); `printed` keeps footnote numbers. */
function read(node: Node, uses: ComponentUse[]): { text: string; printed: string } {
  if (node.type === 'text') return { text: node.value, printed: node.value };
  if (isJsx(node)) {
    const inner = readAll(node.children, []);
    if (isMdxComponent(node.name)) uses.push({ name: node.name, attributes: attributesOf(node), text: collapse(inner.text) });
    uses.push(...inner.uses);
    if (node.name === 'Fn') return { text: '', printed: attributesOf(node)['n'] ?? '' };
    return inner;
  }
  if (node.type === 'element' || node.type === 'root') return readAll(node.children, uses);
  return { text: '', printed: '' }; // comments, expressions
}

function readAll(nodes: readonly Node[], uses: ComponentUse[]): { text: string; printed: string; uses: ComponentUse[] } {
  let text = '';
  let printed = '';
  for (const child of nodes) {
    const part = read(child, uses);
    text += part.text;
    printed += part.printed;
  }
  return { text, printed, uses };
}

/**
 * Reads a section's hast: ids on its top-level blocks (set on the tree), and the record. Returns
 * undefined for a file that is not an article section.
 */
export function recordSection(tree: Root, path: string): SectionRecord | undefined {
  const section = sectionOfPath(path);
  if (!section) return undefined;
  let paragraphs = 0;
  let headings = 0;
  const blocks: ArticleBlock[] = [];
  const components: ComponentUse[] = [];
  const layout: SectionRecord['layout'] = [];
  for (const node of tree.children as Node[]) {
    if (isJsx(node)) {
      // A component standing alone between paragraphs (a table, the figure, the box).
      const uses: ComponentUse[] = [];
      read(node, uses);
      components.push(...uses);
      if (uses[0]) layout.push(uses[0]);
      continue;
    }
    if (node.type !== 'element') continue;
    const element: Element = node;
    const kind = HEADINGS.has(element.tagName) ? 'h' : BLOCKS.has(element.tagName) ? 'p' : undefined;
    if (!kind) continue;
    const index = kind === 'h' ? ++headings : ++paragraphs;
    const id = blockId(section.number, kind, index);
    element.properties['id'] = id;
    const { text, printed, uses } = readAll(element.children, []);
    blocks.push({ id, kind, index, tag: element.tagName, text: collapse(text), printed: collapse(printed), uses });
    components.push(...uses);
    layout.push(id);
  }
  return { lang: section.lang, number: section.number, blocks, components, layout };
}

/** Where the record is kept on the file: Astro exports `data.astro.frontmatter` with the entry. */
interface RecordedFile {
  astro?: { frontmatter?: Record<string, unknown> };
  article?: SectionRecord;
}

/** The rehype plugin: ids on the blocks, the record on the file (and in Astro's frontmatter). */
export function rehypeArticleBlocks() {
  return (tree: Root, file: VFile) => {
    const record = recordSection(tree, file.path ?? '');
    if (!record) return;
    const data = file.data as RecordedFile;
    data.article = record;
    if (data.astro?.frontmatter) data.astro.frontmatter['article'] = record;
  };
}

/** The record of a rendered section (from `render(entry).remarkPluginFrontmatter`). */
export function sectionRecordOf(frontmatter: Record<string, unknown>, file: string): SectionRecord {
  const record = frontmatter['article'] as SectionRecord | undefined;
  if (!record || !Array.isArray(record.blocks)) throw new Error(`${file}: the markdown pipeline recorded no blocks (is rehypeArticleBlocks in astro.config.mjs?)`);
  return record;
}
