import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors';
import { assertUniqueIds, parseYamlList } from '../../../src/lib/content/yaml-list';
import { findBrokenReferences, findUnpairedSections } from '../../../src/lib/content/integrity';
import { congressSchema } from '../../../src/schemas/congress';
import { glossaryTermSchema } from '../../../src/schemas/glossary';
import { organisationSchema } from '../../../src/schemas/organisation';

const FILE = 'content/lineage/organisations.yaml';

/** The error a fixture raises, as text, or undefined when it is accepted. */
function problemsOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
}

const validOrganisation = `
- id: uiv
  abbreviation: UIV
  name: { ko: 국제도시연합, en: International Union of Cities }
  role: lineage
  founded: 1913
`;

describe('bad content fails with the file, the field and what was expected', () => {
  it('accepts a valid entry', () => {
    expect(parseYamlList(validOrganisation, FILE, organisationSchema)).toHaveLength(1);
  });

  it('a missing required field', () => {
    const message = problemsOf(() => parseYamlList(validOrganisation.replace('  abbreviation: UIV\n', ''), FILE, organisationSchema));
    expect(message).toContain(FILE);
    expect(message).toContain('entry "uiv", field "abbreviation"');
  });

  it('a wrong type', () => {
    const message = problemsOf(() => parseYamlList(validOrganisation.replace('founded: 1913', 'founded: "nineteen-thirteen"'), FILE, organisationSchema));
    expect(message).toContain('field "founded"');
    expect(message).toMatch(/expected number/i);
  });

  it('a missing translation', () => {
    const message = problemsOf(() => parseYamlList(validOrganisation.replace(', en: International Union of Cities', ''), FILE, organisationSchema));
    expect(message).toContain('field "name.en"');
  });

  it('an empty translation', () => {
    const message = problemsOf(() => parseYamlList(validOrganisation.replace('en: International Union of Cities', 'en: "  "'), FILE, organisationSchema));
    expect(message).toContain('field "name.en": expected non-empty English text');
  });

  it('a duplicate id, within a file and across the files of a collection', () => {
    const twice = validOrganisation + validOrganisation.replace('\n', '');
    const entries = parseYamlList(twice, FILE, organisationSchema);
    expect(problemsOf(() => assertUniqueIds(entries))).toContain('entry "uiv", field "id": duplicate id');
    const other = parseYamlList(validOrganisation, 'content/lineage/more.yaml', organisationSchema);
    expect(problemsOf(() => assertUniqueIds([...parseYamlList(validOrganisation, FILE, organisationSchema), ...other]))).toContain(`already used in ${FILE}`);
  });

  it('a reference to an id that does not exist', () => {
    const problems = findBrokenReferences(
      [{ file: FILE, entry: 'iula', field: 'predecessors', target: 'uvi', collection: 'organisations' }],
      { organisations: new Set(['uiv', 'iula']) },
    );
    expect(problems).toEqual([`${FILE}: entry "iula", field "predecessors": expected an id of organisations, found "uvi" which does not exist`]);
    expect(findBrokenReferences([{ file: FILE, entry: 'iula', field: 'predecessors', target: 'uiv', collection: 'organisations' }], { organisations: new Set(['uiv']) })).toEqual([]);
  });

  it('a malformed year or date', () => {
    expect(problemsOf(() => parseYamlList(validOrganisation.replace('founded: 1913', 'founded: 913'), FILE, organisationSchema))).toContain('expected a four-digit year');
    const congress = {
      id: '2004-paris', ordinal: 1, date: '2004-5', city: { ko: '파리', en: 'Paris' }, country: { ko: '프랑스', en: 'France' },
      purpose: { ko: '창립', en: 'Founding' }, motto: 'Cities', outcomes: [{ heading: { ko: 'UCLG창설', en: 'Founding of UCLG' }, items: [] }],
    };
    const result = congressSchema.safeParse(congress);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('expected a date as YYYY-MM');
    expect(congressSchema.safeParse({ ...congress, date: '2004-05' }).success).toBe(true);
  });

  it('an id that is not kebab case, and Hanja that are not Hanja', () => {
    const term = { id: 'Para_Diplomacy', term: { ko: '준외교', en: 'para-diplomacy' }, definition: { ko: '정의', en: 'Definition' }, category: 'actor' };
    expect(glossaryTermSchema.safeParse(term).success).toBe(false);
    expect(glossaryTermSchema.safeParse({ ...term, id: 'para-diplomacy' }).success).toBe(true);
    expect(glossaryTermSchema.safeParse({ ...term, id: 'para-diplomacy', hanja: '기식' }).success).toBe(false);
  });

  it('a file that is not a list, or not YAML', () => {
    expect(problemsOf(() => parseYamlList('id: uiv', FILE, organisationSchema))).toContain('expected a list of entries');
    expect(problemsOf(() => parseYamlList('- id: [', FILE, organisationSchema))).toContain('not valid YAML');
  });

  it('an article section without its counterpart in the other language', () => {
    expect(findUnpairedSections(['ko/01-a', 'en/01-a', 'ko/02-b'])).toEqual(['content/article/ko/02-b.mdx: expected a counterpart content/article/en/02-b.mdx']);
    expect(findUnpairedSections(['ko/01-a', 'en/01-a'])).toEqual([]);
  });
});
