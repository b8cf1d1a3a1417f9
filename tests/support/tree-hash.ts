/**
 * Hashes of every file under a folder, and the difference of two such trees: the reproducible-build
 * gate builds the site twice and expects no difference.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles } from '../../src/lib/site/dist-files';

/** Relative path (with `/`) → SHA-256 of the file's bytes, for every file under `dir`. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of distFiles(dir)) hashes.set(file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex'));
  return hashes;
}

export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

/** What differs between two hashed trees; all three lists empty when they are identical. */
export function diffTrees(first: Map<string, string>, second: Map<string, string>): TreeDiff {
  const onlyInFirst = [...first.keys()].filter((k) => !second.has(k)).sort();
  const onlyInSecond = [...second.keys()].filter((k) => !first.has(k)).sort();
  const differing = [...first.keys()].filter((k) => second.has(k) && second.get(k) !== first.get(k)).sort();
  return { onlyInFirst, onlyInSecond, differing };
}

/** Where two texts first differ, with some context, to explain a non-reproducible file. */
export function firstDifference(a: string, b: string, context = 60): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return 'identical';
  const from = Math.max(0, i - context);
  return `at ${i}: …${a.slice(from, i + context)}… vs …${b.slice(from, i + context)}…`;
}
