import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { bodySchema } from '../../../src/schemas/structure';
import { bodiesForOrganisation, groupBodies, structureFootnotes } from '../../../src/lib/entries/structure';

const file = 'content/structure/bodies.yaml';
const bodies = parseYamlList(readFileSync(file, 'utf8'), file, bodySchema).map((e) => e.data);

describe('groupBodies', () => {
  it('counts the groups as the article does', () => {
    const groups = groupBodies(bodies);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['governance', 3], ['committee', 12], ['working-group', 6], ['taskforce', 2], ['sections', 9], ['network', 4], ['conference', 2],
    ]);
    const sections = groups.find((g) => g.key === 'sections')!;
    expect(sections.subgroups.map((s) => [s.key, s.count])).toEqual([['regional-section', 7], ['metropolitan-section', 1], ['forum-section', 1]]);
    expect(sections.items).toEqual([]);
  });
  it('keeps print order within a group', () => {
    const committees = groupBodies([...bodies].reverse()).find((g) => g.key === 'committee')!;
    expect(committees.items[0]!.id).toBe('gender-equality');
    expect(committees.items[4]!.abbreviation).toBe('DCCD');
  });
  it('leaves out empty groups', () => {
    expect(groupBodies(bodies.filter((b) => b.kind === 'committee')).map((g) => g.key)).toEqual(['committee']);
  });
});

describe('structureFootnotes', () => {
  it('lists footnotes 6 to 10 and 12', () => {
    expect(structureFootnotes(bodies)).toEqual([6, 7, 8, 9, 10, 12]);
  });
});

describe('bodiesForOrganisation', () => {
  it('finds the structure body that stands for a lineage entry', () => {
    expect(bodiesForOrganisation('metropolis', bodies).map((b) => b.id)).toEqual(['section-metropolitan']);
    expect(bodiesForOrganisation('c4plus', bodies).map((b) => b.id)).toEqual(['c4plus']);
    expect(bodiesForOrganisation('uiv', bodies)).toEqual([]);
  });
});
