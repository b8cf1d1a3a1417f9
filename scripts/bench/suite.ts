/**
 * The test suite timed against the build, in one run: the steps of the `test` script of
 * package.json (`a && b && c`) run one after the other as `npm test` runs them (node_modules/.bin
 * first on the PATH), each timed, their output written to a log file. The ratio to watch is the
 * suite's wall time over the wall time of an `astro build` measured on the same machine in the same
 * minutes (scripts/bench.ts builds once first): it holds across machines where seconds do not. The
 * suite's own `astro build` step gives a second ratio when the build is a step of its own.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface SuiteStep {
  command: string;
  ms: number;
  /** CPU time (user + system) of the step's whole process tree, where the system tells it (Linux). */
  cpuMs?: number | undefined;
  /** Exit code (0 when it passed). */
  code: number;
}

export interface SuiteResult {
  steps: SuiteStep[];
  /** Wall time of every step that ran. */
  totalMs: number;
  /** Wall time of the `astro build` step, if it ran. */
  buildMs: number | undefined;
  /** totalMs / buildMs. */
  ratio: number | undefined;
  /** CPU time of every step, if known: unlike wall time, it hardly moves when other work shares the machine. */
  cpuMs: number | undefined;
  /** Whether every step passed. */
  passed: boolean;
  log: string;
}

/**
 * CPU time (user + system, ms) of this process's children that have ended and been waited for,
 * and of theirs: fields 16 and 17 of /proc/self/stat, in clock ticks (100 a second on Linux).
 * Undefined where there is no /proc. The difference around a child process is that child's cost,
 * whatever else the machine was doing meanwhile.
 */
export function childrenCpuMs(stat = (() => { try { return readFileSync('/proc/self/stat', 'utf8'); } catch { return undefined; } })()): number | undefined {
  if (stat === undefined) return undefined;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) * 10 : undefined;
}

/** The steps of an npm script made of commands joined by `&&` (no other shell syntax is expected). */
export function suiteSteps(script: string): string[] {
  return script
    .split('&&')
    .map((step) => step.trim())
    .filter((step) => step !== '');
}

/** Whether a step is the production build (`astro build`, without an --outDir of its own). */
export const isBuildStep = (command: string) => /^(npx\s+)?astro\s+build(\s|$)/.test(command) && !command.includes('--outDir');

/** The summary of timed steps: total, build, ratio, passed. */
export function summarise(steps: SuiteStep[], log: string): SuiteResult {
  const totalMs = steps.reduce((ms, step) => ms + step.ms, 0);
  const build = steps.find((step) => isBuildStep(step.command));
  const buildMs = build?.ms;
  const cpu = steps.every((s) => s.cpuMs !== undefined) ? steps.reduce((ms, s) => ms + (s.cpuMs ?? 0), 0) : undefined;
  return { steps, totalMs, buildMs, ratio: buildMs ? totalMs / buildMs : undefined, cpuMs: cpu, passed: steps.every((s) => s.code === 0), log };
}

/**
 * Runs the steps in order, stopping at the first that fails (as `&&` does) unless `keepGoing`, to
 * time the whole suite even when one step fails; output goes to `log`.
 */
export async function runSuite(script: string, log: string, cwd = process.cwd(), keepGoing = false): Promise<SuiteResult> {
  const out = createWriteStream(log);
  const env = { ...process.env, PATH: [join(resolve(cwd), 'node_modules', '.bin'), process.env['PATH'] ?? ''].join(delimiter), ASTRO_TELEMETRY_DISABLED: '1' };
  const steps: SuiteStep[] = [];
  try {
    for (const command of suiteSteps(script)) {
      out.write(`\n$ ${command}\n`);
      const started = performance.now();
      const cpuBefore = childrenCpuMs();
      const code = await new Promise<number>((done, fail) => {
        const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.pipe(out, { end: false });
        child.stderr.pipe(out, { end: false });
        child.on('error', fail);
        child.on('close', (status) => done(status ?? 1));
      });
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      steps.push({ command, ms: Math.round(performance.now() - started), cpuMs, code });
      console.log(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s${cpuMs === undefined ? '' : ` (CPU ${(cpuMs / 1000).toFixed(1)} s)`}  ${command}`);
      if (code !== 0 && !keepGoing) break;
    }
  } finally {
    await new Promise((done) => out.end(done));
  }
  return summarise(steps, log);
}
