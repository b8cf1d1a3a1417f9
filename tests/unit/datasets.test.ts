import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { DATASETS, TABLE_DATASETS, csvPath, datasetCounts, datasetJson, datasetParts, jsonPath, tableCsv, type DatasetSource } from '../../src/lib/datasets';
import { loadSchemaDocs } from '../../src/lib/schema-docs';
import { parseCsv } from '../../src/lib/csv-parse';
import { bullets, text, type TableModel } from '../../src/lib/table-model';
import { parseYamlList } from '../../src/lib/yaml-list';
import { tableMetaSchema } from '../../src/schemas/table-meta';
import { organisationSchema } from '../../src/schemas/organisation';
import { congressSchema } from '../../src/schemas/congress';
import { definitionSchema, hagueAreaSchema, hagueRowSchema } from '../../src/schemas/hague-agenda';
import { bogotaActionSchema, bogotaLevelSchema, seoulCategorySchema, seoulStrategySchema } from '../../src/schemas/strategy';
import { bodySchema, missionLineSchema } from '../../src/schemas/structure';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { footnoteSchema } from '../../src/schemas/footnote';
import { referenceSchema } from '../../src/schemas/reference';
import { editorialNoteSchema } from '../../src/schemas/editorial-note';

/** The real content, read the way the loader reads it (one file or every file of a folder). */
function load<S extends z.ZodType>(path: string, schema: S) {
  const files = path.endsWith('/') ? readdirSync(path).filter((f) => f.endsWith('.yaml')).sort().map((f) => path + f) : [path];
  return files.flatMap((file) => parseYamlList(readFileSync(file, 'utf8'), file, schema)).map(({ id, data }) => ({ id, data }));
}
const source: DatasetSource = {
  tables: load('content/tables.yaml', tableMetaSchema),
  organisations: load('content/lineage/organisations.yaml', organisationSchema),
  congresses: load('content/congresses.yaml', congressSchema),
  hagueAreas: load('content/hague-agenda/areas.yaml', hagueAreaSchema),
  hagueRows: load('content/hague-agenda/rows.yaml', hagueRowSchema),
  definitions: load('content/hague-agenda/definitions.yaml', definitionSchema),
  bogotaLevels: load('content/strategy/bogota-levels.yaml', bogotaLevelSchema),
  bogotaActions: load('content/strategy/bogota-actions.yaml', bogotaActionSchema),
  seoulCategories: load('content/strategy/seoul-categories.yaml', seoulCategorySchema),
  seoulStrategies: load('content/strategy/seoul-strategies.yaml', seoulStrategySchema),
  bodies: load('content/structure/bodies.yaml', bodySchema),
  missionLines: load('content/structure/mission.yaml', missionLineSchema),
  glossary: load('content/glossary.yaml', glossaryTermSchema),
  footnotes: load('content/footnotes/', footnoteSchema),
  references: load('content/references.yaml', referenceSchema),
  editorialNotes: load('content/editorial-notes/', editorialNoteSchema),
};
const reversed = Object.fromEntries(Object.entries(source).map(([k, list]) => [k, [...list].reverse()])) as unknown as DatasetSource;

describe('DATASETS', () => {
  const docs = loadSchemaDocs();

  it('names ten datasets, four of them tables with CSV files', () => {
    expect(DATASETS.map((d) => d.name)).toEqual(['organisations', 'congresses', 'hague-agenda', 'bogota-action-agenda', 'seoul-strategy', 'structure', 'glossary', 'footnotes', 'references', 'editorial-notes']);
    expect(TABLE_DATASETS.map((d) => [d.name, d.table])).toEqual([
      ['congresses', 'table-2'],
      ['hague-agenda', 'table-1'],
      ['bogota-action-agenda', 'table-3'],
      ['seoul-strategy', 'table-4'],
    ]);
    expect(jsonPath('glossary')).toBe('data/glossary.json');
    expect(csvPath('ko', 'seoul-strategy')).toBe('ko/data/seoul-strategy.csv');
  });

  it('documents every list and CSV column with a schema and fields that exist', () => {
    for (const dataset of DATASETS) {
      for (const part of dataset.parts) expect(docs.get(part.schema)?.fields.length, `${dataset.name}: ${part.schema}`).toBeGreaterThan(0);
      for (const column of 'csvColumns' in dataset ? dataset.csvColumns : []) {
        for (const ref of column) {
          const [schema = '', field = ''] = ref.split('.');
          expect(docs.get(schema)?.fields.some((f) => f.name === field), ref).toBe(true);
        }
      }
    }
  });

  it('gives each table dataset one column description per table column', () => {
    for (const dataset of TABLE_DATASETS) {
      const columns = source.tables.find((t) => t.id === dataset.table)?.data.columns;
      expect(dataset.csvColumns.length, dataset.name).toBe(columns?.length);
    }
  });
});

describe('datasetParts', () => {
  it('counts the strategy tables', () => {
    expect(datasetCounts('bogota-action-agenda', source)).toEqual({ levels: 3, actions: 16 });
    expect(datasetCounts('seoul-strategy', source)).toEqual({ categories: 4, strategies: 18 });
    expect(datasetCounts('glossary', source)).toEqual({ terms: source.glossary.length });
  });

  it('orders entries the same whatever order they come in', () => {
    for (const { name } of DATASETS) expect(datasetParts(name, reversed), name).toEqual(datasetParts(name, source));
  });

  it('uses the printed order where there is one, otherwise the id', () => {
    const strategies = datasetParts('seoul-strategy', reversed)[1]!.entries as { order: number }[];
    expect(strategies.map((s) => s.order)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const footnotes = datasetParts('footnotes', reversed)[0]!.entries as { number: number }[];
    expect(footnotes.map((f) => f.number)).toEqual([...footnotes.map((f) => f.number)].sort((a, b) => a - b));
    const terms = datasetParts('glossary', reversed)[0]!.entries as { id: string }[];
    expect(terms.map((t) => t.id)).toEqual(source.glossary.map((t) => t.id).sort());
    const definitions = datasetParts('hague-agenda', reversed)[2]!.entries as { id: string }[];
    expect(definitions.map((d) => d.id)).toEqual(['draft', 'adopted']);
  });

  it('orders the structure by kind, then by order', () => {
    const bodies = datasetParts('structure', reversed)[0]!.entries as { kind: string; order: number }[];
    const kinds: readonly string[] = bodySchema.shape.kind.options;
    for (let i = 1; i < bodies.length; i++) {
      const [a, b] = [bodies[i - 1]!, bodies[i]!];
      expect(kinds.indexOf(a.kind) < kinds.indexOf(b.kind) || (a.kind === b.kind && a.order <= b.order)).toBe(true);
    }
  });
});

describe('datasetJson', () => {
  const origin = { title: { ko: '제목', en: 'Title' } };

  it('writes both languages side by side with counts and the table caption', () => {
    const json = datasetJson('seoul-strategy', source, origin);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "counts": {');
    const parsed = JSON.parse(json) as Record<string, unknown> & { strategies: { id: string; focus: { ko: string; en: string } }[] };
    expect(Object.keys(parsed)).toEqual(['dataset', 'title', 'description', 'source', 'counts', 'table', 'categories', 'strategies']);
    expect(parsed['counts']).toEqual({ categories: 4, strategies: 18 });
    expect(parsed['source']).toEqual(origin);
    expect(parsed.strategies[0]).toMatchObject({ id: 'globalization-trends', focus: { ko: '지구화 추세 인식', en: 'Awareness of globalisation trends' } });
    expect((parsed['table'] as { id: string }).id).toBe('table-4');
  });

  it('is byte-for-byte the same whatever the input order', () => {
    for (const { name } of DATASETS) expect(datasetJson(name, reversed, origin)).toBe(datasetJson(name, source, origin));
  });
});

describe('tableCsv', () => {
  const table: TableModel = {
    id: 'table-9',
    number: 9,
    title: '시험 표',
    columns: ['차원', '목표', '권고'],
    groupColumns: 2,
    groups: [
      { id: 'local', cells: [[text('지방 차원')], [text('목표, 하나')]], rows: [
        { id: 'a', cells: [[bullets(['첫째', '둘째 "인용"'])]], notes: [] },
        { id: 'b', cells: [[text('셋째')]], notes: [] },
      ] },
      { id: 'national', cells: [[text('국가 차원')], [text('목표 둘')]], rows: [{ id: 'c', cells: [[text('넷째')]], notes: [] }] },
    ],
  };

  it('writes an id column, the headings, and one line per row with the group cells repeated', () => {
    const rows = parseCsv(tableCsv(table));
    expect(rows).toEqual([
      ['id', '차원', '목표', '권고'],
      ['a', '지방 차원', '목표, 하나', '• 첫째\n• 둘째 "인용"'],
      ['b', '지방 차원', '목표, 하나', '셋째'],
      ['c', '국가 차원', '목표 둘', '넷째'],
    ]);
    expect(tableCsv(table).startsWith('\uFEFFid,')).toBe(true);
  });
});
