import type { z } from 'astro/zod';

/** A content mistake, located by file, entry and field, saying what was expected. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/** `name.en` for a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replaceAll('.[', '[');
}

/** One line per issue: which entry, which field, what was expected. */
export function describeIssues(entry: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? fieldPath(issue.path) : '(entry)';
    return `entry "${entry}", field "${field}": ${issue.message}`;
  });
}
