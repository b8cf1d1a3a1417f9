/** Starts scripts/serve-dist.ts on a port for a built folder, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  url: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function serve(dir: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-dist.ts', String(port), dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/`, 20_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
