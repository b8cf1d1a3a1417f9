import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { congressSchema } from '../../../src/schemas/congress';
import { tableMetaSchema } from '../../../src/schemas/table-meta';
import { referenceSchema } from '../../../src/schemas/reference';
import { organisationSchema } from '../../../src/schemas/organisation';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { resolveLink, tableLabel, type LinkTargets } from '../../../src/lib/entries/links';

const load = <S extends Parameters<typeof parseYamlList>[2]>(file: string, schema: S) =>
  parseYamlList(readFileSync(file, 'utf8'), file, schema).map((e) => e.data);

const targets: LinkTargets = {
  tables: load('content/tables.yaml', tableMetaSchema),
  references: load('content/references.yaml', referenceSchema),
  organisations: load('content/lineage/organisations.yaml', organisationSchema),
  glossary: load('content/glossary.yaml', glossaryTermSchema),
};

describe('resolveLink', () => {
  it('sends table 3 to the Bogotá strategy page', () => {
    const link = resolveLink('table-3', 'ko', targets);
    expect(link.href).toBe('/ko/strategy/bogota-action-agenda/');
    expect(link.kind).toBe('table');
    expect(link.label).toMatch(/^표3 /);
    expect(resolveLink('table-3', 'en', targets).label).toMatch(/^Table 3: /);
  });
  it('sends the other tables, the figure and the box to the pages that show them', () => {
    expect(resolveLink('table-1', 'en', targets).href).toBe('/en/hague-agenda/#table-1');
    expect(resolveLink('table-2', 'ko', targets).href).toBe('/ko/congresses/#table-2');
    expect(resolveLink('figure-1', 'ko', targets)).toMatchObject({ href: '/ko/lineage/#figure-1', kind: 'figure' });
    expect(resolveLink('mission-box', 'en', targets)).toMatchObject({ href: '/en/organisation/#mission-box', kind: 'box' });
  });
  it('sends a reference to the article reference list, labelled with its title', () => {
    expect(resolveLink('city-of-2030', 'ko', targets)).toEqual({
      href: '/ko/article/#ref-city-of-2030',
      label: 'The City of 2030: Our Manifesto',
      lang: 'en',
      kind: 'reference',
    });
  });
  it('sends an organisation to its lineage page', () => {
    expect(resolveLink('uclg', 'en', targets)).toEqual({
      href: '/en/lineage/uclg/',
      label: 'United Cities and Local Governments (UCLG)',
      lang: 'en',
      kind: 'organisation',
    });
  });
  it('sends a glossary term to its own page', () => {
    expect(resolveLink('para-diplomacy', 'ko', targets)).toMatchObject({ href: '/ko/glossary/para-diplomacy/', kind: 'glossary', label: '준외교' });
  });
  it('prefers the reference over the glossary term of the same id', () => {
    expect(resolveLink('right-to-the-city', 'ko', targets)).toMatchObject({ kind: 'reference', label: 'Right to the City', lang: 'en' });
  });
  it('puts the base path in front', () => {
    expect(resolveLink('uiv', 'ko', targets, '/kb/').href).toBe('/kb/ko/lineage/uiv/');
  });
  it('fails on an unknown id', () => {
    expect(() => resolveLink('table-9', 'ko', targets)).toThrow(/"table-9" is no table/);
  });
  it('resolves every link the congresses data holds', () => {
    const congresses = load('content/congresses.yaml', congressSchema);
    const ids = congresses.flatMap((c) => c.outcomes.flatMap((o) => o.links ?? []));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) for (const lang of ['ko', 'en'] as const) expect(resolveLink(id, lang, targets).href).toMatch(new RegExp(`^/${lang}/`));
  });
});

describe('tableLabel', () => {
  it('labels the unnumbered box with its caption only', () => {
    const box = targets.tables.find((t) => t.id === 'mission-box')!;
    expect(tableLabel(box, 'ko')).toBe(box.title.ko);
  });
});
