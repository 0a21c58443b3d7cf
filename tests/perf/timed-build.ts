import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { durationSeconds } from './build-phases.ts';

export interface BuildResult {
  /** Wall time of the whole `astro build` (content sync, render, integrations such as Pagefind). */
  wallSeconds: number;
  /** CPU time (user + system) of the build and the processes it waited for, such as Pagefind's. */
  cpuSeconds: number;
  /** Largest resident set of the build (GNU time's %M: the biggest process, not a sum). */
  peakBytes: number;
  /** Pages Astro reports, and the time it reports for them ("N page(s) built in Xs"). */
  pages: number;
  astroSeconds: number;
  log: string;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs `astro build` in `cwd` with `env`, under GNU time for the peak memory. A failed build
 * throws with the tail of its log, so the benchmark stops with the reason on screen.
 */
export async function timedAstroBuild(build: {
  label: string;
  cwd: string;
  env: Record<string, string>;
  /** Where GNU time writes its figures. */
  timeFile: string;
  /** Called with each line of the build's output as it comes, e.g. to show progress. */
  onLine?: (line: string) => void;
}): Promise<BuildResult> {
  const { label, cwd, env, timeFile, onLine } = build;
  if (!existsSync(gnuTime)) throw new Error(`${gnuTime} is missing (apt-get install time): it measures peak memory.`);
  const astroBin = join(cwd, 'node_modules/astro/bin/astro.mjs');
  const args = ['-f', '%M %e %U %S', '-o', timeFile, process.execPath, astroBin, 'build'];
  const started = performance.now();
  const { code, log } = await run(
    gnuTime,
    args,
    cwd,
    { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    onLine,
  );
  const elapsed = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(`The ${label} build failed (exit ${code}). Last lines of its log:\n${tail(log, 40)}`);
  }
  const [kilobytes, seconds, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ') ?? [];
  // Astro prints "5000 page(s) built in 850ms", "… in 25.31s" or "… in 1m 12s".
  const built = /(\d+) page\(s\) built in (.+)$/m.exec(log);
  if (!built) throw new Error(`The ${label} build did not say how many pages it built:\n${tail(log, 20)}`);
  return {
    wallSeconds: Number(seconds) || elapsed,
    cpuSeconds: Number(user) + Number(system),
    peakBytes: Number(kilobytes) * 1024,
    pages: Number(built[1]),
    astroSeconds: durationSeconds(built[2] ?? ''),
    log,
  };
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => {},
) {
  return new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    let partial = '';
    const collect = (data: Buffer) => {
      const text = data.toString();
      chunks.push(text);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log: chunks.join('') }));
  });
}

/** The last lines of a build log, without terminal colour codes. */
export const tail = (log: string, lines: number) =>
  log
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .join('\n');

/** Total size in bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * Pagefind's files for each language, from their names: `index/en_*.pf_index`,
 * `fragment/en_*.pf_fragment`, `pagefind.en_*.pf_meta`, `wasm.en.pagefind`. The shared runtime
 * (`pagefind.js`, the worker, the UI bundles) is counted apart.
 */
export function pagefindBytesByLocale(pagefindDir: string, locales: readonly string[]) {
  const perLocale = Object.fromEntries(locales.map((locale) => [locale, 0]));
  let shared = 0;
  for (const entry of readdirSync(pagefindDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const locale = locales.find((code) => new RegExp(`(^|\\.)${code}[_.]`).test(entry.name));
    if (locale) perLocale[locale] = (perLocale[locale] ?? 0) + size;
    else shared += size;
  }
  return { perLocale, shared };
}
