import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagramFile, diagramHash, lineageMermaid } from '../../../src/lib/entries/lineage-diagram';
import { lineageStreams, timeline } from '../../../src/lib/entries/lineage';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { organisationSchema } from '../../../src/schemas/organisation';
import { LOCALES } from '../../../src/i18n/locales';

const file = 'content/lineage/organisations.yaml';
const organisations = parseYamlList(readFileSync(file, 'utf8'), file, organisationSchema).map((e) => e.data);

describe('the lineage of figure 1', () => {
  it('reads three streams merging into UCLG (2004), as the figure draws them', () => {
    const { streams, result } = lineageStreams(organisations);
    expect(result.id).toBe('uclg');
    expect(result.founded).toBe(2004);
    expect(streams.map((s) => s.map((o) => o.abbreviation))).toEqual([['UIV', 'IULA'], ['MB', 'FMVJ-UTO', 'FMCU-UTO'], ['METROPOLIS']]);
  });

  it('orders the timeline by founding year', () => {
    expect(timeline(organisations).map((o) => o.founded)).toEqual([1913, 1928, 1951, 1957, 1968, 1985, 2004]);
  });

  it('fails when no organisation merges the others', () => {
    expect(() => lineageStreams(organisations.filter((o) => o.id !== 'uclg'))).toThrow(/expected exactly one/);
  });

  it('writes a mermaid flowchart with every organisation and its purposes', () => {
    const source = lineageMermaid(organisations, 'ko');
    expect(source.startsWith('flowchart LR\n')).toBe(true);
    expect(source).toContain('uiv --> iula');
    expect(source).toContain('fmcu_uto --> uclg');
    expect(source).toContain('• 도시문제의 상호협력');
    expect(lineageMermaid(organisations, 'en')).not.toEqual(source);
  });

  // The site build reads pre-rendered SVGs: a changed source without a regenerated SVG fails here.
  for (const lang of LOCALES) {
    it(`has an up-to-date rendered SVG for the ${lang} diagram (run "npm run diagrams" if this fails)`, () => {
      const source = lineageMermaid(organisations, lang);
      const path = diagramFile('lineage', lang, source);
      expect(path).toContain(diagramHash(source));
      expect(existsSync(path), `${path} is missing`).toBe(true);
      const svg = readFileSync(path, 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<foreignObject');
    });
  }
});
