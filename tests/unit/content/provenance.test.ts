import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { YAML_COLLECTIONS, type YamlCollectionName } from '../../../src/registry/collections';
import { readDataContent } from '../../../src/lib/content/read';
import { declaredKinds, declaredProvenance, provenanceAt, textsOf, unknownOverrides } from '../../../src/lib/content/provenance';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { organisationSchema } from '../../../src/schemas/organisation';
import { ARTICLE } from '../../../src/registry/article';
import { articleBodyFromSource, squash } from '../../support/fidelity';

const content = await readDataContent();
/** The print, whitespace removed, the running header (the article's title at each page break) taken out. */
const print = squash(readFileSync(ARTICLE.sourceFile, 'utf8')).split(squash(ARTICLE.title.ko)).join('');
/** The running text without the margin notes spliced into it (a citation the print interrupts with a note). */
const body = articleBodyFromSource();
const inPrint = (text: string) => print.includes(squash(text)) || body.includes(squash(text));

describe('provenance', () => {
  it('every text marked `source`, in every collection, is verbatim in the print (whitespace aside)', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const name of Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]) {
      for (const entry of content[name]) {
        for (const text of textsOf(YAML_COLLECTIONS[name].schema, entry.data)) {
          if (text.kind !== 'source') continue;
          checked++;
          if (!inPrint(text.text)) missing.push(`${entry.filePath}: entry "${entry.id}", field "${text.field}"${text.lang ? ` (${text.lang})` : ''}: ${text.text.slice(0, 60)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missing, `texts marked source that the print does not hold verbatim — quote the print exactly, or mark them (provenance: editorial / external with a reference):\n${missing.join('\n')}`).toEqual([]);
  });

  it('every text in both languages declares its kind in its schema', () => {
    const undeclared: string[] = [];
    const walk = (schema: z.ZodType, path: string, declared: boolean): void => {
      const here = declared || declaredProvenance(schema) !== undefined;
      if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return walk(schema.unwrap() as z.ZodType, path, here);
      if (schema instanceof z.ZodArray) return walk(schema.element as z.ZodType, `${path}[]`, here);
      if (schema instanceof z.ZodObject) {
        const shape = schema.shape as Record<string, z.ZodType>;
        if ('ko' in shape && 'en' in shape && !here) undeclared.push(path);
        if (!('ko' in shape && 'en' in shape)) for (const [key, field] of Object.entries(shape)) walk(field, path ? `${path}.${key}` : key, false);
      }
    };
    for (const [name, { schema }] of Object.entries(YAML_COLLECTIONS)) walk(schema, name, false);
    expect(undeclared).toEqual([]);
  });

  it('an entry can override a text’s kind, in both languages or one, single strings too', () => {
    const organisation = {
      id: 'x',
      abbreviation: 'X',
      role: 'related',
      name: { ko: '가', en: 'A' },
      description: { ko: '나', en: 'B' },
      provenance: { 'name.en': { kind: 'external', reference: 'uclg-2013' }, description: 'source', abbreviation: 'editorial' },
    };
    expect(provenanceAt(organisationSchema, organisation, 'name', 'en')).toMatchObject({ kind: 'external', references: ['uclg-2013'] });
    expect(provenanceAt(organisationSchema, organisation, 'name', 'ko')).toMatchObject({ kind: 'source' });
    expect(provenanceAt(organisationSchema, organisation, 'description', 'en')).toMatchObject({ kind: 'source' });
    expect(provenanceAt(organisationSchema, organisation, 'abbreviation', 'ko')).toMatchObject({ kind: 'editorial', text: 'X' });
    expect(provenanceAt(organisationSchema, { ...organisation, provenance: undefined }, 'description', 'ko')).toMatchObject({ kind: 'editorial' });
    expect(unknownOverrides(organisationSchema, { ...organisation, provenance: { 'nmae.en': 'editorial', name: 'editorial' } })).toEqual(['nmae.en']);
  });

  it('an external text without a reference fails, naming the file, the entry and the field', () => {
    const yaml = '- id: x\n  abbreviation: X\n  role: related\n  name: { ko: 가, en: A }\n  provenance:\n    name.en: external\n';
    expect(() => parseYamlList(yaml, 'content/lineage/organisations.yaml', organisationSchema)).toThrow(
      /content\/lineage\/organisations\.yaml[\s\S]*entry "x", field "provenance\.name\.en": expected source, translation, editorial, or \{ kind: external, reference/,
    );
  });

  it('describes what each field of a schema declares, for the downloads', () => {
    expect(declaredKinds(organisationSchema)).toMatchObject({ name: { ko: 'source', en: 'translation' }, description: { ko: 'editorial', en: 'editorial' }, abbreviation: 'source', 'originalName.text': 'source' });
  });
});
