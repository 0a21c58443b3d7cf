import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = [process.execPath, '--disable-warning=ExperimentalWarning'];

export interface ServiceProcess {
  child: ChildProcess;
  port: number;
  /** The API base, e.g. http://127.0.0.1:40123/api/ */
  base: string;
  /** Every log line it printed so far. */
  lines: string[];
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs `src/server/main.ts` as `npm start` does, in its own process, on a free port. */
export function startServiceProcess(env: Record<string, string>): Promise<ServiceProcess> {
  return startServerProcess('src/server/main.ts', env);
}

/** Runs a server script that logs `{"message":"listening","url":…}` once it listens. */
export function startServerProcess(script: string, env: Record<string, string>): Promise<ServiceProcess> {
  const child = spawn(node[0] as string, [...node.slice(1), script], {
    cwd: root,
    env: { ...process.env, PORT: '0', SERVE_SITE: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { message?: string; url?: string };
        if (entry.message === 'listening' && entry.url) {
          const port = Number(new URL(entry.url).port);
          resolve({
            child,
            port,
            base: `http://127.0.0.1:${port}/api/`,
            lines,
            async stop(signal = 'SIGTERM') {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal);
              await exited;
            },
          });
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before listening:\n${stderr}`)));
  });
}

/** Runs a CLI command (`src/server/cli/<name>.ts`) and collects what it printed. */
export function runCli(
  name: string,
  args: string[],
  env: Record<string, string>,
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      node[0] as string,
      [...node.slice(1), `src/server/cli/${name}.ts`, ...args],
      { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}
