import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../../../src/schemas/organisation';
import { bodySchema } from '../../../src/schemas/structure';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { organisationJsonLd, organisationLabel, predecessorsOf, relatedByRole, successorsOf } from '../../../src/lib/entries/organisation';

const file = 'content/lineage/organisations.yaml';
const organisations = parseYamlList(readFileSync(file, 'utf8'), file, organisationSchema).map((e) => e.data);
const get = (id: string) => organisations.find((o) => o.id === id)!;
const bodiesFile = 'content/structure/bodies.yaml';
const bodies = parseYamlList(readFileSync(bodiesFile, 'utf8'), bodiesFile, bodySchema).map((e) => e.data);

describe('successorsOf', () => {
  it('finds the organisations that list one as predecessor', () => {
    expect(successorsOf('uiv', organisations).map((o) => o.id)).toEqual(['iula']);
    expect(successorsOf('iula', organisations).map((o) => o.id)).toEqual(['uclg']);
    expect(successorsOf('metropolis', organisations).map((o) => o.id)).toEqual(['uclg']);
    expect(successorsOf('c4', organisations).map((o) => o.id)).toEqual(['c4plus']);
  });
  it('is empty for the end of a line', () => {
    expect(successorsOf('uclg', organisations)).toEqual([]);
    expect(successorsOf('gtf', organisations)).toEqual([]);
  });
});

describe('predecessorsOf', () => {
  it('returns the entries in the order the organisation lists them', () => {
    expect(predecessorsOf(get('uclg'), organisations).map((o) => o.abbreviation)).toEqual(['IULA', 'FMCU-UTO', 'METROPOLIS']);
    expect(predecessorsOf(get('uiv'), organisations)).toEqual([]);
  });
  it('fails on an id that is no entry', () => {
    expect(() => predecessorsOf({ ...get('iula'), predecessors: ['nowhere'] }, organisations)).toThrow(/"iula" names predecessor "nowhere"/);
  });
});

describe('organisationLabel', () => {
  it('adds the abbreviation unless the name holds it', () => {
    expect(organisationLabel(get('uiv'), 'ko')).toBe('국제도시연합(UIV)');
    expect(organisationLabel(get('uiv'), 'en')).toBe('International Union of Cities (UIV)');
    expect(organisationLabel(get('uclg-africa'), 'ko')).toBe('아프리카 지역 부문 UCLG Africa');
    expect(organisationLabel(get('c4'), 'en')).toBe('C4');
    expect(organisationLabel(get('citynet'), 'ko')).toBe('CITYNET');
  });
  it('reads the abbreviation case-sensitively: “Major Metropolises” does not say METROPOLIS', () => {
    expect(organisationLabel(get('metropolis'), 'en')).toBe('World Association of the Major Metropolises (METROPOLIS)');
  });
});

describe('relatedByRole', () => {
  // The content store hands entries back sorted by id, not in file order.
  const byId = [...organisations].sort((a, b) => a.id.localeCompare(b.id));
  it('groups the 16 bodies beside the lineage as sections, networks and related', () => {
    const groups = relatedByRole(byId, bodies);
    expect(groups.map((g) => [g.role, g.items.length])).toEqual([['section', 8], ['network', 5], ['related', 3]]);
  });
  it('puts each group in the order the article names them', () => {
    const [sections, networks, related] = relatedByRole(byId, bodies).map((g) => g.items.map((o) => o.abbreviation));
    expect(sections).toEqual(['UCLG Africa', 'UCLG-ASPAC', 'UCLG Eurasia', 'CEMR', 'FLACMA', 'UCLG MEWA', 'FCM', 'ORU-FOGAR']);
    expect(networks).toEqual(['C4', 'C4Plus', 'WACLA', 'UNACLA', 'GTF']);
    expect(related).toEqual(['SUMMIT', 'CITYNET', 'ICLEI']);
  });
});

describe('organisationJsonLd', () => {
  it('names the organisation in the page language with the others as alternates', () => {
    const ld = organisationJsonLd(get('uiv'), 'ko', 'https://example.org/ko/lineage/uiv/');
    expect(ld).toEqual({
      '@type': 'Organization',
      name: '국제도시연합',
      alternateName: ['UIV', 'Union Internationale des Villes', 'International Union of Cities'],
      foundingDate: '1913',
      foundingLocation: { '@type': 'Place', name: '벨기에, Ghent' },
      url: 'https://example.org/ko/lineage/uiv/',
    });
  });
  it('corrects a misprinted original name on the English page, as the page does', () => {
    const notes = [{ id: 'united-cites', printed: 'United Cites', corrected: 'United Cities' }];
    expect(organisationJsonLd(get('uclg'), 'ko', 'u', notes)['alternateName']).toEqual(['UCLG', 'United Cites and Local Governments', 'United Cities and Local Governments']);
    expect(organisationJsonLd(get('uclg'), 'en', 'u', notes)['alternateName']).toEqual(['UCLG', '세계지방자치단체연합']);
  });
  it('leaves out what the data does not give and never repeats the name', () => {
    const ld = organisationJsonLd(get('c4'), 'en', 'u');
    expect(ld['alternateName']).toEqual([]);
    expect(ld['foundingDate']).toBe('1992');
    const iclei = organisationJsonLd(get('iclei'), 'en', 'u');
    expect(iclei).not.toHaveProperty('foundingDate');
    expect(iclei).not.toHaveProperty('foundingLocation');
  });
});
