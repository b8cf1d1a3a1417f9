import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isMdxComponent } from '../../../registry/mdx-components';
import { sectionOfPath } from './block-ids';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * Gives every article component (registry/mdx-components.ts) a `lang` attribute taken from the
 * file's language folder, so a component knows which language to render without the content
 * having to say it each time.
 */
export function remarkComponentLang() {
  return (tree: Root, file: VFile) => {
    const lang = sectionOfPath(file.path ?? '')?.lang;
    if (!lang) return;
    visit(tree, (node) => {
      const type: string = node.type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const jsx = node as unknown as JsxNode;
      if (!isMdxComponent(jsx.name)) return;
      if (jsx.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')) return;
      jsx.attributes.push({ type: 'mdxJsxAttribute', name: 'lang', value: lang });
    });
  };
}
