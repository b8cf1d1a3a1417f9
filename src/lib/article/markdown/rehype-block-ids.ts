import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { blockId, sectionNumberFromPath } from './block-ids';

const HEADINGS = new Set(['h2', 'h3', 'h4']);
const BLOCKS = new Set(['p', 'blockquote', 'ul', 'ol', 'table', 'pre']);

/**
 * Gives every top-level block of an article section a positional id (`s3-p4`, `s3-h1`).
 * Both editions have the same blocks in the same order, so the same id names the same paragraph
 * in Korean and English: the language switch and the parallel view rely on it.
 */
export function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const section = sectionNumberFromPath(file.path ?? '');
    if (section === undefined) return;
    let paragraphs = 0;
    let headings = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      const element: Element = node;
      if (HEADINGS.has(element.tagName)) {
        element.properties['id'] = blockId(section, 'h', ++headings);
      } else if (BLOCKS.has(element.tagName)) {
        element.properties['id'] = blockId(section, 'p', ++paragraphs);
      }
    }
  };
}
