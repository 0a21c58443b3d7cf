/**
 * `npm run bench:lighthouse`: Lighthouse (pinned in package.json) on the built site, in its
 * default mobile emulation, with Debian's Chromium. Prints the four category scores per page and
 * the audits that cost points, and writes them to tests/perf/results/lighthouse-<date>.md.
 * A page that is not built yet (404) is skipped with a line that says so. `--runs N` (default 3):
 * each page is measured N times and the run with the median performance score is reported.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  allPerfect,
  categoryIds,
  type LighthouseResult,
  lighthouseReport,
  type PageOutcome,
  pageOutcome,
} from './lighthouse-report.ts';
import { serveStatic } from './static-server.ts';
import { tail } from './timed-build.ts';

const projectRoot = join(import.meta.dirname, '../..');
const dist = join(projectRoot, process.env.OUT_DIR ?? 'dist');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs) || 1);
const pages = ['/en/', '/en/guides/recovery-email/', '/en/feedback/kdrive/', '/en/sandbox/'];
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`[lighthouse] ${dist} has no build: run npm run build first.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'help-center-lighthouse-'));
// Our static server gzips text as a real host does (astro preview does not compress).
const server = await serveStatic(dist);
const outcomes: PageOutcome[] = [];
let version = '';
let browser = '';
try {
  for (const path of pages) {
    const url = server.origin + path;
    const status = (await fetch(url)).status;
    if (status !== 200) {
      console.log(`[lighthouse] ${path}: skipped, the built site answers ${status} (page not built in this branch)`);
      outcomes.push({ path, skipped: `HTTP ${status}, page not in this build` });
      continue;
    }
    // Lighthouse's own advice: scores vary between runs, report the median of several.
    const results: LighthouseResult[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`[lighthouse] ${path}: run ${run} of ${runs}`);
      results.push(await runLighthouse(url, join(work, `${outcomes.length}-${run}.json`)));
    }
    const performance = (result: LighthouseResult) => result.categories.performance?.score ?? 0;
    results.sort((a, b) => performance(a) - performance(b));
    const result = results[Math.floor((results.length - 1) / 2)] as LighthouseResult;
    version = result.lighthouseVersion;
    browser = /Chrome\/([\d.]+)/.exec(result.environment?.hostUserAgent ?? '')?.[1] ?? '?';
    outcomes.push({
      ...pageOutcome(path, result),
      performanceRuns: results.map((run) => Math.round(performance(run) * 100)),
    });
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const report = lighthouseReport(
  outcomes,
  [
    `# Lighthouse, ${date}`,
    '',
    `Lighthouse ${version}, mobile emulation (default throttling), median of ${runs} runs by performance score (every run's performance score in parentheses), Chromium ${browser}, built \`dist/\` served gzipped from 127.0.0.1.`,
    'Rerun: `npm run bench:lighthouse` (builds, then runs Lighthouse on each page).',
  ].join('\n'),
);
console.log(`\n${report}`);
const resultsDir = join(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, `lighthouse-${date}.md`), report);
if (!allPerfect(outcomes)) {
  console.error(`[lighthouse] target missed: not every built page scores 100 in ${categoryIds.join(', ')}`);
  process.exitCode = 1;
}

/** One Lighthouse run through its CLI, on Debian's Chromium unless CHROME_PATH says otherwise. */
async function runLighthouse(url: string, output: string): Promise<LighthouseResult> {
  const cli = join(projectRoot, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${categoryIds.join(',')}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--quiet',
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  const { code, log } = await new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (data: Buffer) => {
      text += data;
    });
    child.stderr.on('data', (data: Buffer) => {
      text += data;
    });
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, log: text }));
  });
  if (code !== 0 || !existsSync(output))
    throw new Error(`Lighthouse failed on ${url} (exit ${code}):\n${tail(log, 30)}`);
  return JSON.parse(readFileSync(output, 'utf8'));
}
