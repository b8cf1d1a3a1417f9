import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nuCheck, parseNuOutput } from '../../support/nu-checker';

const dir = mkdtempSync(join(tmpdir(), 'nu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);
  return file;
};

describe('the Nu Html Checker gate', () => {
  it('reads the checker’s JSON: errors only, each with its file', () => {
    const json = JSON.stringify({ messages: [
      { type: 'error', url: 'file:/x/a.html', lastLine: 2, message: 'Bad', extract: '<style>' },
      { type: 'info', subType: 'warning', url: 'file:/x/a.html', message: 'Meh' },
    ] });
    expect(parseNuOutput(json, ['/x/a.html'])).toEqual([{ file: '/x/a.html', line: 2, message: 'Bad', extract: '<style>' }]);
  });

  it('fails a page with a <style> in its body and passes a valid one', { timeout: 60_000 }, async () => {
    const bad = page('bad.html', '<p>x</p><style>p{color:red}</style>');
    const good = page('good.html', '<p>x</p>');
    const errors = await nuCheck([bad, good]);
    expect(errors.map((e) => e.file)).toEqual([bad]);
    expect(errors[0]?.message).toMatch(/style/);
  });
});
