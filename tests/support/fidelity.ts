/**
 * Rebuilds the article's running text from the source extract (content/source/article.txt), as
 * the check of the Korean edition: the masthead, running headers, spliced margin notes, the
 * figure, the box and the tables are cut out of the print's text stream, located by what the
 * data says they are, and what remains is the article's body in reading order. Whitespace is
 * removed everywhere, since the extraction's line breaks and spaces are not reliable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const SOURCE_FILE = 'content/source/article.txt';

/** All whitespace removed. */
export const squash = (text: string): string => text.replace(/\s+/g, '');

interface Localized { ko: string; en: string }
const load = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

function cut(text: string, start: number, end: number, what: string): string {
  if (start < 0 || end < start) throw new Error(`Could not locate ${what} in ${SOURCE_FILE}`);
  return text.slice(0, start) + text.slice(end);
}

function removeOnce(text: string, needle: string, what: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${what} is not in ${SOURCE_FILE} as printed: ${needle.slice(0, 60)}…`);
  if (text.indexOf(needle, at + 1) >= 0) throw new Error(`${what} occurs more than once in ${SOURCE_FILE}`);
  return text.slice(0, at) + text.slice(at + needle.length);
}

/** The article body as the source prints it, without everything that is not running text. */
export function articleBodyFromSource(): string {
  const lines = readFileSync(SOURCE_FILE, 'utf8').split('\n');
  // The masthead ends with the magazine's section line ("세계와 도시 + 특집").
  const masthead = lines.findIndex((line) => line.includes('+ 특집'));
  let text = squash(lines.slice(masthead + 1).join('\n'));

  // The running header (the article's title) repeats at every page break.
  const header = squash('지방정부 국제기구, 도시외교 전략의 지렛대');
  text = text.split(header).join('');

  // Margin notes: each note's text, spliced where it stood on the page, after its number (the
  // print omits the number of the first note).
  const footnotes = readdirSync('content/footnotes').sort().flatMap((f) => load<{ number: number; text: Localized }[]>(`content/footnotes/${f}`));
  for (const note of footnotes) {
    const numbered = `${note.number}${squash(note.text.ko)}`;
    text = removeOnce(text, text.includes(numbered) ? numbered : squash(note.text.ko), `Footnote ${note.number}`);
  }

  const tables = load<{ id: string; title: Localized; source?: Localized }[]>('content/tables.yaml');
  const meta = (id: string) => {
    const entry = tables.find((t) => t.id === id);
    if (!entry) throw new Error(`content/tables.yaml has no ${id}`);
    return entry;
  };

  // Figure 1: from its caption to the organisation the streams merge into.
  const organisations = load<{ id: string; name: Localized; founded?: number }[]>('content/lineage/organisations.yaml');
  const uclg = organisations.find((o) => o.id === 'uclg');
  const figureStart = text.indexOf(`그림1${squash(meta('figure-1').title.ko)}`);
  const figureEndMarker = `${squash(uclg?.name.ko ?? '')}(${uclg?.founded ?? ''})`;
  text = cut(text, figureStart, text.indexOf(figureEndMarker, figureStart) + figureEndMarker.length, 'figure 1');

  // The mission / goals / tasks box: from "임무" to its last task.
  const mission = load<{ kind: string; text: Localized }[]>('content/structure/mission.yaml');
  const lastTask = squash(mission.filter((m) => m.kind === 'task').at(-1)?.text.ko ?? '');
  const boxStart = text.indexOf('임무•');
  text = cut(text, boxStart, text.indexOf(lastTask, boxStart) + lastTask.length, 'the mission box');

  // Tables 1-3 end with their source line; table 4 has none and ends with its last row.
  const seoul = load<{ considerations: Localized[] }[]>('content/strategy/seoul-strategies.yaml');
  const lastConsideration = squash(seoul.at(-1)?.considerations.at(-1)?.ko ?? '');
  for (const n of [1, 2, 3, 4]) {
    const table = meta(`table-${n}`);
    const start = text.indexOf(`표${n}${squash(table.title.ko)}`);
    const endMarker = table.source ? `자료${squash(table.source.ko)}` : lastConsideration;
    text = cut(text, start, text.indexOf(endMarker, start) + endMarker.length, `table ${n}`);
  }
  return text;
}

/** Where two texts first differ, with some context, for a readable failure. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  if (i === expected.length && i === actual.length) return 'identical';
  return `at character ${i}:\n  source:  …${expected.slice(Math.max(0, i - 30), i + 40)}…\n  article: …${actual.slice(Math.max(0, i - 30), i + 40)}…`;
}
