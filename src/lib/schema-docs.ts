/**
 * Field descriptions for the data downloads, read from the schemas themselves: every field in
 * src/schemas/*.ts carries a `/** … *\/` comment, so the documentation cannot drift from the data.
 */

/** One documented field: `name` is dotted for a field of a nested object (`originalName.lang`). */
export interface FieldDoc {
  name: string;
  description: string;
}

/** One exported schema (`export const congressSchema = …`) with its own comment and its fields. */
export interface SchemaDoc {
  name: string;
  description: string | undefined;
  fields: FieldDoc[];
}

interface DocComment {
  start: number;
  end: number;
  text: string;
}

const REGEX_MAY_FOLLOW = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';']);

/**
 * A copy of the source of the same length in which comments, strings and regular-expression
 * literals are blanked out (so their brackets do not count), and the `/** *\/` comments found.
 */
function mask(source: string): { masked: string; docs: DocComment[] } {
  const out = source.split('');
  const docs: DocComment[] = [];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let previous = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const stop = close < 0 ? source.length : close + 2;
      if (source[i + 2] === '*' && source[i + 3] !== '/') docs.push({ start: i, end: stop, text: docText(source.slice(i + 3, stop - 2)) });
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let k = i + 1;
      while (k < source.length && source[k] !== c) k += source[k] === '\\' ? 2 : 1;
      blank(i + 1, k);
      i = k + 1;
      previous = c;
    } else if (c === '/' && REGEX_MAY_FOLLOW.has(previous)) {
      let k = i + 1;
      let inClass = false;
      while (k < source.length && (inClass || source[k] !== '/') && source[k] !== '\n') {
        if (source[k] === '\\') k++;
        else if (source[k] === '[') inClass = true;
        else if (source[k] === ']') inClass = false;
        k++;
      }
      blank(i + 1, k);
      i = k + 1;
      previous = '/';
    } else {
      if (!/\s/.test(c)) previous = /[\w$]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return { masked: out.join(''), docs };
}

/** The text of a doc comment: leading asterisks dropped, lines joined. */
function docText(inner: string): string {
  return inner
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Reads the documented schemas of one schema file's source. */
export function extractSchemaDocs(source: string): SchemaDoc[] {
  const { masked, docs } = mask(source);
  const depthAt: number[] = new Array<number>(masked.length + 1);
  let depth = 0;
  for (let i = 0; i < masked.length; i++) {
    depthAt[i] = depth;
    if (masked[i] === '{') depth++;
    else if (masked[i] === '}') depth--;
  }
  depthAt[masked.length] = depth;

  const schemas: SchemaDoc[] = [];
  const exportAt = /export\s+const\s+([A-Za-z_$][\w$]*)\s*=/g;
  const exports = [...masked.matchAll(exportAt)].map((m) => ({ index: m.index ?? 0, name: m[1] ?? '' }));
  const byExport = new Map<number, SchemaDoc>();
  for (const e of exports) {
    const schema: SchemaDoc = { name: e.name, description: undefined, fields: [] };
    schemas.push(schema);
    byExport.set(e.index, schema);
  }

  const parents: string[] = [];
  for (const doc of docs) {
    const after = masked.slice(doc.end);
    const exported = /^(\s*)export\s+const\s/.exec(after);
    if (exported) {
      const schema = byExport.get(doc.end + (exported[1]?.length ?? 0));
      if (schema) schema.description = doc.text;
      parents.length = 0;
      continue;
    }
    const field = /^\s*([A-Za-z_$][\w$]*)\s*:/.exec(after);
    if (!field) continue;
    const owner = exports.filter((e) => e.index < doc.start).at(-1);
    const schema = owner ? byExport.get(owner.index) : undefined;
    const level = depthAt[doc.start] ?? 0;
    if (!schema || level < 1) continue;
    parents.length = level - 1;
    parents[level - 1] = field[1] ?? '';
    schema.fields.push({ name: parents.join('.'), description: doc.text });
  }
  return schemas;
}

/** Every exported schema of src/schemas/, by its export name, read at build time. */
export function loadSchemaDocs(): Map<string, SchemaDoc> {
  const sources = import.meta.glob<string>('../schemas/*.ts', { query: '?raw', import: 'default', eager: true });
  const docs = new Map<string, SchemaDoc>();
  for (const path of Object.keys(sources).sort()) {
    for (const schema of extractSchemaDocs(sources[path] ?? '')) docs.set(schema.name, schema);
  }
  return docs;
}
