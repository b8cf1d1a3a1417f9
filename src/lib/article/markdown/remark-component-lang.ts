import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/** The components of an article section that render data in the section's language. */
const LOCALIZED_COMPONENTS = new Set(['Fn', 'Ref', 'Term', 'Sic', 'XRef', 'TableBlock', 'FigureBlock', 'MissionBox']);
const ARTICLE_FILE = /content\/article\/(ko|en)\/[^/]+\.mdx$/;

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * Gives every article component a `lang` attribute taken from the file's language folder, so a
 * component knows which language to render without the content having to say it each time.
 */
export function remarkComponentLang() {
  return (tree: Root, file: VFile) => {
    const lang = ARTICLE_FILE.exec((file.path ?? '').replaceAll('\\', '/'))?.[1];
    if (!lang) return;
    visit(tree, (node) => {
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const jsx = node as unknown as JsxNode;
      if (!jsx.name || !LOCALIZED_COMPONENTS.has(jsx.name)) return;
      if (jsx.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')) return;
      jsx.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: lang });
    });
  };
}
