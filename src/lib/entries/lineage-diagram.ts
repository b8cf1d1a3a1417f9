import { createHash } from 'node:crypto';
import type { Lang } from '../../i18n/locales';
import type { Organisation } from '../../schemas/organisation';
import { lineageStreams } from './lineage';

/** Where rendered diagrams are kept, committed, one SVG per source hash. */
export const DIAGRAM_DIR = 'src/diagrams';

/** Escapes a label for a mermaid `["…"]` node. */
function label(text: string): string {
  return text.replaceAll('"', '#quot;').replaceAll('<', '#lt;').replaceAll('>', '#gt;');
}

/** The mermaid source of figure 1 in one language, made from the organisations data. */
export function lineageMermaid(organisations: readonly Organisation[], lang: Lang): string {
  const { streams, result } = lineageStreams(organisations);
  const node = (o: Organisation) => {
    const title = `${o.abbreviation}${o.founded ? ` (${o.founded})` : ''}`;
    const purposes = (o.purposes ?? []).map((p) => `• ${p[lang]}`);
    return `  ${o.id.replaceAll('-', '_')}["${[title, ...purposes].map(label).join('<br/>')}"]`;
  };
  const lines = ['flowchart LR'];
  for (const stream of streams) {
    for (const org of stream) lines.push(node(org));
  }
  lines.push(`  ${result.id.replaceAll('-', '_')}["${label(`${result.name[lang]} (${result.founded ?? ''})`)}"]`);
  for (const stream of streams) {
    const ids = [...stream.map((o) => o.id), result.id].map((id) => id.replaceAll('-', '_'));
    for (let i = 1; i < ids.length; i++) lines.push(`  ${ids[i - 1]} --> ${ids[i]}`);
  }
  lines.push(`  class ${result.id.replaceAll('-', '_')} merged`);
  return `${lines.join('\n')}\n`;
}

/** A short content hash: a diagram's SVG file is named after the source it was rendered from. */
export function diagramHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}

/** `src/diagrams/lineage-ko-<hash>.svg` */
export function diagramFile(name: string, lang: Lang, source: string): string {
  return `${DIAGRAM_DIR}/${name}-${lang}-${diagramHash(source)}.svg`;
}
