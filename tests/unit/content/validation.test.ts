import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/content/errors';
import { assertUniqueIds, parseYamlList } from '../../../src/lib/content/yaml-list';
import { compareEditions, dataReferences, findBrokenReferences, integrityProblems, knownIds, schemaReferences } from '../../../src/lib/content/integrity';
import { readDataContent } from '../../../src/lib/content/read';
import { compileEdition, compileSection } from '../../support/article';
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

  it('an article section without its counterpart in the other language', async () => {
    const edition = async (lang: 'ko' | 'en', slug: string, body: string) => compileSection(`content/article/${lang}/${slug}.mdx`, body);
    const a = { ko: await edition('ko', '01-a', '가'), en: await edition('en', '01-a', 'A') };
    const b = await edition('ko', '02-b', '나');
    expect(compareEditions([a.ko, b], [a.en])).toEqual(['content/article/ko/02-b.mdx: expected a counterpart content/article/en/02-b.mdx']);
    expect(compareEditions([a.ko], [a.en])).toEqual([]);
  });

  it('editions whose blocks differ, naming both files and the first place that differs', async () => {
    const ko = await compileSection('content/article/ko/01-a.mdx', '가<Fn n={1} />\n\n<TableBlock id="table-1" />\n\n나');
    const en = await compileSection('content/article/en/01-a.mdx', 'A<Fn n={2} />\n\n<TableBlock id="table-1" />\n\nB');
    expect(compareEditions([ko], [en])).toEqual([
      'content/article/ko/01-a.mdx and content/article/en/01-a.mdx differ at place 1 of the section: ko has block s1-p1 <Fn n=1>, en has block s1-p1 <Fn n=2>. Both editions need the same blocks, with the same components, in the same order.',
    ]);
    const moved = await compileSection('content/article/en/01-a.mdx', 'A<Fn n={1} />\n\nB\n\n<TableBlock id="table-1" />');
    expect(compareEditions([ko], [moved])[0]).toMatch(/differ at place 2 of the section: ko has <TableBlock id=table-1>, en has block s1-p2/);
  });

  it('a component naming an id that does not exist, found through the pipeline’s record', async () => {
    const content = await readDataContent();
    const ko = await compileSection('content/article/ko/01-a.mdx', '<Term id="no-such-term">용어</Term>');
    const en = await compileSection('content/article/en/01-a.mdx', '<Term id="no-such-term">term</Term>');
    expect(integrityProblems(content, { ko: [ko], en: [en] })).toContain(
      'content/article/ko/01-a.mdx: entry "01-a", field "<Term id>": expected an id of glossary, found "no-such-term" which does not exist',
    );
  });
});

describe('the references between collections', () => {
  it('are read from the schemas’ metadata, nested fields and lists included', () => {
    const congress = { id: '2004-paris', outcomes: [{ heading: { ko: 'a', en: 'a' }, items: [], footnote: 13, links: ['table-3', 'uclg'] }], editorialNotes: ['x'] };
    expect(schemaReferences(congressSchema, congress)).toEqual([
      { field: 'outcomes[0].footnote', target: '13', collection: ['footnotes'] },
      { field: 'outcomes[0].links[0]', target: 'table-3', collection: ['tables', 'references', 'organisations', 'glossary'] },
      { field: 'outcomes[0].links[1]', target: 'uclg', collection: ['tables', 'references', 'organisations', 'glossary'] },
      { field: 'editorialNotes[0]', target: 'x', collection: ['editorialNotes'] },
    ]);
  });

  it('all resolve in the real content, the article’s components and the strategy rows’ groups included', async () => {
    const content = await readDataContent();
    const refs = dataReferences(content);
    expect(refs.some((r) => r.field === 'level' && r.collection === 'bogotaLevels')).toBe(true);
    expect(refs.some((r) => r.field === 'related[0]')).toBe(true);
    expect(knownIds(content)['footnotes']?.has('15')).toBe(true);
    expect(integrityProblems(content, { ko: await compileEdition('ko'), en: await compileEdition('en') })).toEqual([]);
    const broken = { ...content, bogotaActions: content.bogotaActions.map((e, i) => (i === 0 ? { ...e, data: { ...e.data, level: 'nowhere' } } : e)) };
    expect(findBrokenReferences(dataReferences(broken), knownIds(broken))).toEqual([
      `content/strategy/bogota-actions.yaml: entry "${content.bogotaActions[0]!.id}", field "level": expected an id of bogotaLevels, found "nowhere" which does not exist`,
    ]);
  });
});

describe('provenance overrides name real works and real places', () => {
  it('a reference of an external text, single or listed, must exist', async () => {
    const content = await readDataContent();
    const entry = content.organisations[0]!;
    const changed = { ...entry, data: { ...entry.data, provenance: { 'name.en': { kind: 'external' as const, reference: ['uclg-2013', 'no-such-work'] } } } };
    const broken = { ...content, organisations: [changed, ...content.organisations.slice(1)] };
    expect(findBrokenReferences(dataReferences(broken), knownIds(broken))).toEqual([
      `${entry.filePath}: entry "${entry.id}", field "provenance.name.en.reference[1]": expected an id of references, found "no-such-work" which does not exist`,
    ]);
  });

  it('a block override in an article section must name a block of that section', async () => {
    const content = await readDataContent();
    const ko = await compileSection('content/article/ko/01-a.mdx', '가');
    const en = { ...(await compileSection('content/article/en/01-a.mdx', 'A')), provenance: { 's1-p9': { kind: 'external', reference: 'uclg-2013' } } };
    expect(integrityProblems(content, { ko: [ko], en: [en] })).toContain(
      'content/article/en/01-a.mdx: field "provenance.s1-p9": expected the id of a block of this section (s1-p1 …)',
    );
  });
});
