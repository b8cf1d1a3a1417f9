/**
 * A third strategy table added as data and one registry entry alone (plus its interface strings):
 * a copy of the project gets a groups file, a rows file, a caption in content/tables.yaml and an
 * entry in src/registry/strategy-tables.ts, and its build must publish the table everywhere the
 * two real ones appear — its page in both languages, the strategy index, the downloads and their
 * JSON Schema, the search page's filter and the data page. Slow (a full build), so it runs with
 * the build tests.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';

mkdirSync('node_modules/.cache', { recursive: true });
const root = mkdtempSync(join(process.cwd(), 'node_modules/.cache/strategy-table-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GROUPS = `
- id: first-group
  order: 1
  label: { ko: 첫째 묶음, en: First group }
  goal: { ko: 첫째 목표, en: First goal }
- id: second-group
  order: 2
  label: { ko: 둘째 묶음, en: Second group }
  goal: { ko: 둘째 목표, en: Second goal }
`;
const ROWS = `
- id: fixture-row-a
  order: 1
  level: first-group
  sector: { ko: 가 부문, en: Sector A }
  action: { ko: 가 행동, en: Action A }
- id: fixture-row-b
  order: 2
  level: second-group
  sector: { ko: 나 부문, en: Sector B }
  action: { ko: 나 행동, en: Action B }
`;
const CAPTION = `
- id: table-9
  kind: table
  number: 9
  columns:
    - { ko: 묶음, en: Group }
    - { ko: 목표, en: Goal }
    - { ko: 부문, en: Sector }
    - { ko: 행동, en: Action }
  title: { ko: 시험용 전략표, en: A fixture strategy table }
`;
const ENTRY = `
  strategyTable({
    key: 'fixture',
    slug: 'fixture-table',
    table: 'table-9',
    dataset: { name: 'fixture-strategy', title: { ko: '시험용 전략표 (표 9)', en: 'Fixture strategy (table 9)' }, description: { ko: '시험용.', en: 'For the test.' } },
    filter: 'fixture-group',
    strings: 'strategy.fixture',
    groups: { collection: 'fixtureGroups', files: 'content/strategy/fixture-groups.yaml', schema: bogotaLevelSchema, key: 'groups', cells: [{ field: 'label' }, { field: 'goal' }] },
    rows: { collection: 'fixtureRows', files: 'content/strategy/fixture-rows.yaml', schema: bogotaActionSchema, key: 'rows', group: 'level', cells: [{ field: 'sector' }, { field: 'action', bullets: true }] },
  }),
`;
const STRINGS = {
  ko: { 'strategy.fixture.title': '시험용 전략표', 'strategy.fixture.lead': '시험용 표.', 'strategy.fixture.filter': '묶음 골라 보기', 'strategy.fixture.searchFilter': '시험용 묶음' },
  en: { 'strategy.fixture.title': 'Fixture strategy', 'strategy.fixture.lead': 'A fixture table.', 'strategy.fixture.filter': 'Show one group', 'strategy.fixture.searchFilter': 'Fixture group' },
};

let dist = '';
const page = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  const copy = copyProject(join(root, 'site'));
  const { dir } = copy;
  // The data.
  writeFileSync(join(dir, 'content/strategy/fixture-groups.yaml'), GROUPS);
  writeFileSync(join(dir, 'content/strategy/fixture-rows.yaml'), ROWS);
  appendFileSync(join(dir, 'content/tables.yaml'), CAPTION);
  // The one registry entry.
  const registry = join(dir, 'src/registry/strategy-tables.ts');
  const source = readFileSync(registry, 'utf8');
  expect(source).toContain('\n] as const;');
  writeFileSync(registry, source.replace('\n] as const;', `${ENTRY}] as const;`));
  // Its interface strings.
  for (const lang of ['ko', 'en'] as const) {
    const file = join(dir, `src/i18n/${lang}.json`);
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...STRINGS[lang] }, null, 2));
  }
  copy.astro('build');
  dist = join(dir, 'dist');
}, 300_000);

describe('a strategy table added through data and one registry entry', () => {
  it('has its own page in both languages, its rows grouped and filterable', () => {
    for (const lang of ['ko', 'en'] as const) {
      const html = page(`${lang}/strategy/fixture-table/index.html`);
      expect(html).toContain('id="fixture-row-a"');
      expect(html).toContain('id="fixture-row-b"');
      expect(html).toContain(STRINGS[lang]['strategy.fixture.title']);
      expect(html).toContain(STRINGS[lang]['strategy.fixture.filter']);
      expect(html).toContain('data-group="second-group"');
    }
  });

  it('is introduced on the strategy index and linked from the search page’s list of every page', () => {
    expect(page('en/strategy/index.html')).toContain('href="/en/strategy/fixture-table/"');
    expect(page('ko/search/index.html')).toContain('href="/ko/strategy/fixture-table/"');
  });

  it('can be downloaded as CSV per language and as JSON with its JSON Schema, all listed on the data page', () => {
    expect(page('en/data/fixture-strategy.csv')).toContain('fixture-row-a,First group,First goal,Sector A,• Action A');
    const json = JSON.parse(page('data/fixture-strategy.json')) as { counts: Record<string, number>; rows: { id: string }[] };
    expect(json.counts).toEqual({ groups: 2, rows: 2 });
    expect(existsSync(join(dist, 'data/fixture-strategy.schema.json'))).toBe(true);
    expect(page('en/data/index.html')).toContain('id="dataset-fixture-strategy"');
  });

  it('offers its groups as a search filter', () => {
    const html = page('en/search/index.html');
    expect(html).toContain('data-search-filter="fixture-group"');
    expect(html).toContain('Fixture group');
    expect(html).toContain('value="Second group"');
  });
});
