import { describe, expect, it } from 'vitest';
import { DATASETS, TABLE_DATASETS, csvPath, datasetCounts, datasetJson, datasetParts, findDataset, jsonPath, tableCsv, type Dataset } from '../../../src/lib/tables/datasets';
import { fieldDescription, fieldDocs } from '../../../src/lib/tables/field-docs';
import { datasetDocumentSchema, datasetJsonSchema } from '../../../src/lib/tables/json-schema';
import { parseCsv } from '../../support/csv-parse';
import { bullets, text, type TableModel } from '../../../src/lib/tables/model';
import { ordered, readDataContent, type DataContent } from '../../../src/lib/content/read';
import type { YamlCollectionName } from '../../../src/registry/collections';
import { bodySchema } from '../../../src/schemas/structure';

/** The real content, read as the site reads it. */
const source = await readDataContent();
/** The same entries handed to the loader's ordering in reverse: it must restore the same order. */
const reversed = Object.fromEntries(
  (Object.keys(source) as YamlCollectionName[]).map((name) => [name, ordered(name, [...source[name]].reverse() as never)]),
) as DataContent;
const dataset = (name: string): Dataset => {
  const found = findDataset(name);
  if (!found) throw new Error(`no dataset ${name}`);
  return found;
};

describe('DATASETS', () => {
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

  it('documents every list and CSV column with a described schema and described fields', () => {
    for (const dataset of DATASETS) {
      for (const part of dataset.parts) {
        expect(part.schema.description, `${dataset.name}: ${part.key}`).toBeTruthy();
        expect(fieldDocs(part.schema).length, `${dataset.name}: ${part.key}`).toBeGreaterThan(0);
      }
      for (const column of dataset.csvColumns ?? []) for (const ref of column) expect(fieldDescription(ref.schema, ref.field), ref.field).toBeTruthy();
    }
  });

  it('lists a nested object’s fields dotted, and a shared type as the one field that uses it', () => {
    const organisations = dataset('organisations').parts[0]!.schema;
    expect(fieldDocs(organisations).map((f) => f.name)).toEqual(expect.arrayContaining(['originalName', 'originalName.text', 'originalName.lang', 'name']));
    expect(fieldDocs(organisations).map((f) => f.name)).not.toContain('name.ko');
    expect(() => fieldDescription(organisations, 'nothing')).toThrow(/no described field "nothing"/);
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
    expect(datasetCounts(dataset('bogota-action-agenda'), source)).toEqual({ levels: 3, actions: 16 });
    expect(datasetCounts(dataset('seoul-strategy'), source)).toEqual({ categories: 4, strategies: 18 });
    expect(datasetCounts(dataset('glossary'), source)).toEqual({ terms: source.glossary.length });
  });

  it('orders entries the same whatever order they come in', () => {
    for (const d of DATASETS) expect(datasetParts(d, reversed), d.name).toEqual(datasetParts(d, source));
  });

  it('uses the printed order where there is one, otherwise the id', () => {
    const strategies = datasetParts(dataset('seoul-strategy'), reversed)[1]!.entries as { order: number }[];
    expect(strategies.map((s) => s.order)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const footnotes = datasetParts(dataset('footnotes'), reversed)[0]!.entries as { number: number }[];
    expect(footnotes.map((f) => f.number)).toEqual([...footnotes.map((f) => f.number)].sort((a, b) => a - b));
    const terms = datasetParts(dataset('glossary'), reversed)[0]!.entries as { id: string }[];
    expect(terms.map((t) => t.id)).toEqual(source.glossary.map((t) => t.id).sort());
    const definitions = datasetParts(dataset('hague-agenda'), reversed)[2]!.entries as { id: string }[];
    expect(definitions.map((d) => d.id)).toEqual(['draft', 'adopted']);
  });

  it('orders the structure by kind, then by order', () => {
    const bodies = datasetParts(dataset('structure'), reversed)[0]!.entries as { kind: string; order: number }[];
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
    const json = datasetJson(dataset('seoul-strategy'), source, origin);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "counts": {');
    const parsed = JSON.parse(json) as Record<string, unknown> & { strategies: { id: string; focus: { ko: string; en: string } }[] };
    expect(Object.keys(parsed)).toEqual(['$schema', 'dataset', 'title', 'description', 'provenance', 'source', 'counts', 'table', 'categories', 'strategies']);
    expect((parsed['provenance'] as { fields: Record<string, Record<string, unknown>> }).fields['strategies']).toMatchObject({ focus: { ko: 'source', en: 'translation' } });
    expect(parsed['$schema']).toBe('data/seoul-strategy.schema.json');
    expect(parsed['counts']).toEqual({ categories: 4, strategies: 18 });
    expect(parsed['source']).toEqual(origin);
    expect(parsed.strategies[0]).toMatchObject({ id: 'globalization-trends', focus: { ko: '지구화 추세 인식', en: 'Awareness of globalisation trends' } });
    expect((parsed['table'] as { id: string }).id).toBe('table-4');
  });

  it('is byte-for-byte the same whatever the input order', () => {
    for (const d of DATASETS) expect(datasetJson(d, reversed, origin)).toBe(datasetJson(d, source, origin));
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

describe('the JSON Schema of each download', () => {
  const origin = { article: { ko: '제목', en: 'Title' } };
  it('accepts the download it describes, and refuses one with a list entry broken', () => {
    for (const d of DATASETS) {
      const document = JSON.parse(datasetJson(d, source, origin)) as Record<string, unknown>;
      expect(() => datasetDocumentSchema(d).parse(document), d.name).not.toThrow();
      const key = d.parts[0]!.key;
      const broken = { ...document, [key]: [{ id: 'Not Kebab' }] };
      expect(() => datasetDocumentSchema(d).parse(broken), d.name).toThrow();
    }
  });
  it('is published as JSON Schema with the fields’ descriptions and its own address', () => {
    const schema = JSON.parse(datasetJsonSchema(dataset('glossary'), (path) => `https://example.org/${path}`)) as { $id: string; properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }> };
    expect(schema.$id).toBe('https://example.org/data/glossary.schema.json');
    expect(schema.properties['terms']?.items?.properties['definition']?.description).toMatch(/\S/);
  });
});
