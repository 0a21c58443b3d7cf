import { budgets } from './budgets.ts';
import { buildPhases } from './build-phases.ts';
import type { QueryCost } from './search-probe.ts';
import type { BuildResult } from './timed-build.ts';

export interface ScaleFigures {
  date: string;
  machine: string;
  content: string;
  project: BuildResult & { distBytes: number };
  bare: BuildResult & { distBytes: number };
  pagefind: { perLocale: Record<string, number>; shared: number };
  queries: QueryCost[];
  guideUrl: string;
}

export const targets = {
  ratio: 1.5,
  peakBytes: 3 * 1024 ** 3,
  // The same limit as the e2e budget, so the two cannot drift apart.
  firstQueryBytes: budgets.firstSearchQuery,
};

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const perSecond = (pages: number, seconds: number) => (seconds > 0 ? (pages / seconds).toFixed(0) : '?');

/** Which targets the figures meet, each as a line that says the figure and the limit. */
export function checkTargets(figures: ScaleFigures) {
  // CPU time, not wall time: on a machine shared with other jobs, wall time measures the neighbours.
  const ratio = figures.project.cpuSeconds / figures.bare.cpuSeconds;
  const wallRatio = figures.project.wallSeconds / figures.bare.wallSeconds;
  const first = figures.queries[0];
  return [
    {
      ok: ratio <= targets.ratio,
      line: `project build ${ratio.toFixed(2)}× the bare build in CPU time, ${wallRatio.toFixed(2)}× in wall time (target ≤ ${targets.ratio}×)`,
    },
    {
      ok: figures.project.peakBytes < targets.peakBytes,
      line: `peak memory of the project build ${gb(figures.project.peakBytes)} (target < ${gb(targets.peakBytes)})`,
    },
    {
      ok: first !== undefined && first.withResultsBytes < targets.firstQueryBytes,
      line: `first query downloads ${first ? kb(first.withResultsBytes) : '?'} with its five results (target < ${kb(targets.firstQueryBytes)})`,
    },
  ];
}

/** The benchmark's figures as Markdown: printed, and written to tests/perf/results/. */
export function scaleReport(figures: ScaleFigures): string {
  const { project, bare } = figures;
  const row = (label: string, a: string, b: string, ratio = '') => `| ${label} | ${a} | ${b} | ${ratio} |`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const locales = Object.keys(figures.pagefind.perLocale);
  return [
    `# Scale benchmark, ${figures.date}`,
    '',
    `Machine: ${figures.machine}. Content: ${figures.content}.`,
    '',
    '## Build (one run each, same content, same machine)',
    '',
    '| | project | bare Astro | project / bare |',
    '| --- | --- | --- | --- |',
    row(
      'wall time of `astro build` (Pagefind included)',
      s(project.wallSeconds),
      s(bare.wallSeconds),
      ratio(project.wallSeconds, bare.wallSeconds),
    ),
    row(
      'CPU time, user + system (Pagefind included)',
      s(project.cpuSeconds),
      s(bare.cpuSeconds),
      ratio(project.cpuSeconds, bare.cpuSeconds),
    ),
    ...phaseRows(project.log, bare.log, row, ratio),
    row(
      '"page(s) built in" (Astro\'s own figure)',
      s(project.astroSeconds),
      s(bare.astroSeconds),
      ratio(project.astroSeconds, bare.astroSeconds),
    ),
    row('pages', String(project.pages), String(bare.pages)),
    row(
      'pages per second (wall)',
      perSecond(project.pages, project.wallSeconds),
      perSecond(bare.pages, bare.wallSeconds),
    ),
    row(
      'peak memory (largest process)',
      gb(project.peakBytes),
      gb(bare.peakBytes),
      ratio(project.peakBytes, bare.peakBytes),
    ),
    row('`dist/` size', mb(project.distBytes), mb(bare.distBytes), ratio(project.distBytes, bare.distBytes)),
    '',
    '## Pagefind index of the project build',
    '',
    `| ${locales.join(' | ')} | shared runtime and UI bundles |`,
    `| ${locales.map(() => '---').join(' | ')} | --- |`,
    `| ${locales.map((locale) => mb(figures.pagefind.perLocale[locale] ?? 0)).join(' | ')} | ${mb(figures.pagefind.shared)} |`,
    '',
    `## Search in Chromium, on ${figures.guideUrl}`,
    '',
    'Served by a local static server that gzips text like a host would; bytes are what it sent.',
    '',
    '| query | results | search() | downloaded | with 5 results shown | downloaded | requests |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...figures.queries.map(
      (query, index) =>
        `| ${index === 0 ? 'first' : 'second'}: "${query.query}" | ${query.results} | ${query.searchMs.toFixed(0)} ms | ${kb(query.searchBytes)} | ${query.withResultsMs.toFixed(0)} ms | ${kb(query.withResultsBytes)} | ${query.requests} |`,
    ),
    '',
    ...figures.queries.map(
      (query, index) =>
        `- ${index === 0 ? 'First' : 'Second'} query, by kind: ${Object.entries(query.breakdown)
          .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
          .join(', ')}.`,
    ),
    '',
    '## Targets',
    '',
    ...checkTargets(figures).map((target) => `- ${target.ok ? 'PASS' : 'FAIL'}: ${target.line}`),
    '',
    'Rerun: `npm run bench` (or `npm run bench -- --per-locale 200` for a quick one).',
    '',
  ].join('\n');
}

/** Wall time of each phase of both builds, from their logs: where the difference comes from. */
function phaseRows(
  projectLog: string,
  bareLog: string,
  row: (label: string, a: string, b: string, ratio?: string) => string,
  ratio: (a: number, b: number) => string,
) {
  const project = buildPhases(projectLog);
  const bare = buildPhases(bareLog);
  return Object.entries(project).map(([phase, seconds]) => {
    const other = bare[phase as keyof typeof bare];
    return row(`… ${phase}`, s(seconds), s(other), other > 0 ? ratio(seconds, other) : '');
  });
}
