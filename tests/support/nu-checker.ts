/**
 * The W3C Nu Html Checker (vnu.jar from the vnu-jar package; it needs Java), run once over a list
 * of HTML files. It checks the HTML standard's conformance rules as the W3C validator does, which
 * html-validate (the gate run on every page) only approximates: a <style> element where the
 * standard does not allow one, for instance.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** The jar the vnu-jar package ships (its export is the jar's path). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuMessage {
  /** The file, as given. */
  file: string;
  line: number | undefined;
  message: string;
  /** The markup around the error. */
  extract: string | undefined;
}

interface NuOutput {
  messages: { type: string; subType?: string; url?: string; lastLine?: number; message: string; extract?: string }[];
}

/** Reads the checker's JSON output: every error (warnings and info aside), with the file it is in. */
export function parseNuOutput(json: string, files: readonly string[]): NuMessage[] {
  const output = JSON.parse(json) as NuOutput;
  const byUrl = new Map(files.map((file) => [new URL(file, 'file:///').pathname, file]));
  return output.messages
    .filter((m) => m.type === 'error' || (m.type === 'non-document-error'))
    .map((m) => {
      const path = m.url ? decodeURIComponent(new URL(m.url).pathname) : '';
      return { file: byUrl.get(path) ?? path, line: m.lastLine, message: m.message, extract: m.extract };
    });
}

/**
 * A check is a few seconds of work, too short for the JVM's optimising compiler and parallel
 * collector to pay back their threads: the quick compiler alone and the serial collector halve its
 * CPU time (measured on 41 pages: 5.8 s against 11 s, 4.7 s wall against 6 s). Code compiled
 * that way needs deeper stacks than vnu's schema validator gets by default (it overflows at 1 MB).
 */
const JVM_FLAGS = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/** Runs the checker on absolute file paths; resolves with its errors (none for valid pages). */
export async function nuCheck(files: readonly string[]): Promise<NuMessage[]> {
  if (files.length === 0) return [];
  // vnu exits 1 when it reports errors; its JSON is on stderr either way.
  const result = await run('java', [...JVM_FLAGS, '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string; code?: number | string; message: string }) => {
      if (typeof error.stderr === 'string' && error.stderr.trim().startsWith('{')) return error.stderr;
      throw new Error(`The Nu Html Checker could not run (is Java installed? Debian: apt-get install default-jre-headless): ${error.message}`);
    },
  );
  return parseNuOutput(result, files);
}
