import { describe, expect, it } from 'vitest';
import { extractSchemaDocs, loadSchemaDocs } from '../../src/lib/schema-docs';

describe('extractSchemaDocs', () => {
  it('pairs each /** comment */ with the field that follows it, dotting nested fields', () => {
    const source = [
      "import { z } from 'astro/zod';",
      '',
      '/** A thing. */',
      'export const thingSchema = z.strictObject({',
      '  /** Stable id. */',
      "  id: z.string().regex(/^[a-z]{2}(?:-[a-z]+)*$/, 'expected { braces } in a message'),",
      '  // not a doc comment',
      '  other: z.number(),',
      '  /**',
      '   * Where it is,',
      '   * over two lines.',
      '   */',
      '  place: z.strictObject({',
      '    /** The name (`{ ko, en }`). */',
      '    name: z.string(),',
      '    /** Code. */',
      '    code: z.string(),',
      '  }).optional(),',
      '  /** After the nested object. */',
      "  kind: z.enum(['a', 'b']),",
      '});',
      '',
      'export const plain = 3;',
      '',
      '/** Second. */',
      'export const secondSchema = z.object({ /** Only field. */ value: z.string() });',
    ].join('\n');
    expect(extractSchemaDocs(source)).toEqual([
      {
        name: 'thingSchema',
        description: 'A thing.',
        fields: [
          { name: 'id', description: 'Stable id.' },
          { name: 'place', description: 'Where it is, over two lines.' },
          { name: 'place.name', description: 'The name (`{ ko, en }`).' },
          { name: 'place.code', description: 'Code.' },
          { name: 'kind', description: 'After the nested object.' },
        ],
      },
      { name: 'plain', description: undefined, fields: [] },
      { name: 'secondSchema', description: 'Second.', fields: [{ name: 'value', description: 'Only field.' }] },
    ]);
  });
});

describe('loadSchemaDocs', () => {
  const docs = loadSchemaDocs();

  it('reads the real schema files', () => {
    const strategy = docs.get('seoulStrategySchema');
    expect(strategy?.description).toBe('A row of table 4: a policy focus of the city-diplomacy strategy for Seoul.');
    expect(strategy?.fields.map((f) => f.name)).toEqual(['id', 'order', 'category', 'focus', 'considerations', 'editorialNotes']);
    expect(strategy?.fields.find((f) => f.name === 'considerations')?.description).toBe('The policy considerations, one per bullet in print.');
  });

  it('documents nested fields and every field of every collection schema', () => {
    expect(docs.get('organisationSchema')?.fields.filter((f) => f.name.startsWith('originalName.')).map((f) => f.name)).toEqual(['originalName.text', 'originalName.lang']);
    for (const name of ['organisationSchema', 'congressSchema', 'congressOutcomeSchema', 'hagueAreaSchema', 'hagueRowSchema', 'definitionSchema', 'bogotaLevelSchema', 'bogotaActionSchema', 'seoulCategorySchema', 'seoulStrategySchema', 'bodySchema', 'missionLineSchema', 'glossaryTermSchema', 'footnoteSchema', 'referenceSchema', 'editorialNoteSchema']) {
      const schema = docs.get(name);
      expect(schema, name).toBeDefined();
      expect(schema!.fields.length, name).toBeGreaterThan(1);
      for (const field of schema!.fields) expect(field.description, `${name}.${field.name}`).not.toBe('');
    }
    expect(docs.get('glossaryTermSchema')?.fields.map((f) => f.name)).toEqual(['id', 'term', 'hanja', 'aliases', 'definition', 'category', 'related']);
  });
});
