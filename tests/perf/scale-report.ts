import { buildPhases } from './build-phases.ts';
import type { GuidePageCost, QueryCost } from './search-probe.ts';
import type { BuildResult } from './timed-build.ts';

export type SiteBuild = BuildResult & { distBytes: number };

/** What a reader downloads on one site: a guide page, then two searches from it. */
export interface SiteInBrowser {
  guidePage: GuidePageCost;
  queries: QueryCost[];
}

export interface ScaleFigures {
  date: string;
  machine: string;
  content: string;
  /** Guide pages built (all locales): the goals are set for 7,500. */
  guidePages: number;
  project: SiteBuild;
  bare: SiteBuild;
  starlight: SiteBuild;
  browser: { project: SiteInBrowser; bare: SiteInBrowser; starlight: SiteInBrowser };
  pagefind: Record<'project' | 'starlight', { perLocale: Record<string, number>; shared: number }>;
}

/** The size the goals of issue 17 are set for: 1,500 guides in each of the five locales. */
export const goalPages = 7_500;

export const goals = {
  cpuRatioToBare: 1.2,
  peakBytes: 2.5 * 1024 ** 3,
  firstQueryBytes: 120 * 1024,
  firstQueryMs: 300,
  secondQueryBytes: 40 * 1024,
  guideHtmlBytes: 10 * 1024,
};

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const ms = (milliseconds: number) => `${milliseconds.toFixed(0)} ms`;
const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && b > 0 ? `${(a / b).toFixed(2)}×` : '';
const perSecond = (pages: number, seconds: number) => (seconds > 0 ? (pages / seconds).toFixed(0) : '?');

/** Each goal of issue 17, met or not, as a line that says the figure and the limit. */
export function checkGoals(figures: ScaleFigures) {
  // CPU time, not wall time: on a machine shared with other jobs, wall time measures the neighbours.
  const { project, bare, starlight, browser } = figures;
  const [first, second] = browser.project.queries;
  const starlightJs = browser.starlight.guidePage.js;
  return [
    {
      ok: project.cpuSeconds <= goals.cpuRatioToBare * bare.cpuSeconds && project.cpuSeconds < starlight.cpuSeconds,
      line: `build CPU ${s(project.cpuSeconds)}: ${ratio(project.cpuSeconds, bare.cpuSeconds)} bare (goal ≤ ${goals.cpuRatioToBare}×), ${ratio(project.cpuSeconds, starlight.cpuSeconds)} Starlight's ${s(starlight.cpuSeconds)} (goal < 1×)`,
    },
    {
      ok: project.peakBytes <= goals.peakBytes && project.peakBytes < starlight.peakBytes,
      line: `peak memory ${gb(project.peakBytes)} (goal ≤ ${gb(goals.peakBytes)} and below Starlight's ${gb(starlight.peakBytes)})`,
    },
    {
      ok: first !== undefined && first.bytes <= goals.firstQueryBytes && first.firstResultMs <= goals.firstQueryMs,
      line: `first search ${first ? `${kb(first.bytes)}, first result in ${ms(first.firstResultMs)}` : 'not measured'} (goal ≤ ${kb(goals.firstQueryBytes)} and ≤ ${ms(goals.firstQueryMs)})`,
    },
    {
      ok: second !== undefined && second.bytes <= goals.secondQueryBytes,
      line: `second search ${second ? kb(second.bytes) : 'not measured'} (goal ≤ ${kb(goals.secondQueryBytes)})`,
    },
    {
      ok: browser.project.guidePage.html <= goals.guideHtmlBytes,
      line: `guide page HTML ${kb(browser.project.guidePage.html)} gzip (goal ≤ ${kb(goals.guideHtmlBytes)})`,
    },
    {
      ok: browser.project.guidePage.js <= starlightJs,
      line: `guide page JS before interaction ${kb(browser.project.guidePage.js)} gzip (goal ≤ Starlight's ${kb(starlightJs)})`,
    },
  ];
}

/** The benchmark's figures as Markdown: printed, and written to tests/perf/results/. */
export function scaleReport(figures: ScaleFigures): string {
  const { project, bare, starlight, browser } = figures;
  /** A row of the table: a label, the three figures, then project / bare and project / Starlight. */
  const row = (
    label: string,
    values: [number | undefined, number | undefined, number | undefined],
    unit: (n: number) => string,
    ratios = true,
  ) => {
    const [a, b, c] = values;
    const cell = (value: number | undefined) => (value === undefined ? '—' : unit(value));
    return `| ${label} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${ratios ? ratio(a, b) : ''} | ${ratios ? ratio(a, c) : ''} |`;
  };
  const builds = [project, bare, starlight] as const;
  const each = <T>(pick: (build: SiteBuild) => T) => builds.map(pick) as [T, T, T];
  const inBrowser = <T>(pick: (site: SiteInBrowser) => T) =>
    [pick(browser.project), pick(browser.bare), pick(browser.starlight)] as [T, T, T];
  const query = (index: number, pick: (query: QueryCost) => number) =>
    inBrowser((site) => {
      const cost = site.queries[index];
      return cost ? pick(cost) : undefined;
    });
  const phases = builds.map((build) => buildPhases(build.log));
  const locales = Object.keys(figures.pagefind.project.perLocale);
  const atGoalSize = figures.guidePages === goalPages;
  return [
    `# Scale benchmark, ${figures.date}`,
    '',
    `Machine: ${figures.machine}. Content: ${figures.content}.`,
    '',
    '## Project, bare Astro and Starlight (one run each, same content, same machine)',
    '',
    `Guide page: ${browser.project.guidePage.url} (project and bare), ${browser.starlight.guidePage.url} (Starlight). Sizes are gzip; a search's bytes are what the local static server sent (it gzips text like a host would).`,
    '',
    '| | project | bare Astro | Starlight | project / bare | project / Starlight |',
    '| --- | --- | --- | --- | --- | --- |',
    row(
      'CPU time of the build, user + system (search index included)',
      each((b) => b.cpuSeconds),
      s,
    ),
    row(
      'wall time of the build',
      each((b) => b.wallSeconds),
      s,
    ),
    ...Object.keys(phases[0] ?? {}).map((phase) =>
      row(`… ${phase}`, phases.map((p) => p[phase as keyof typeof p]) as [number, number, number], s),
    ),
    row(
      'pages built',
      each((b) => b.pages),
      String,
      false,
    ),
    `| pages per second (wall) | ${builds.map((b) => perSecond(b.pages, b.wallSeconds)).join(' | ')} | | |`,
    row(
      'peak memory (largest process)',
      each((b) => b.peakBytes),
      gb,
    ),
    row(
      '`dist/` size',
      each((b) => b.distBytes),
      mb,
    ),
    row(
      'guide page: HTML document',
      inBrowser((site) => site.guidePage.html),
      kb,
    ),
    row(
      'guide page: JS before any interaction',
      inBrowser((site) => site.guidePage.js),
      kb,
    ),
    row(
      '… scripts',
      inBrowser((site) => site.guidePage.scripts),
      String,
      false,
    ),
    row(
      `first search "${browser.project.queries[0]?.query ?? ''}": downloaded`,
      query(0, (q) => q.bytes),
      kb,
    ),
    row(
      '… time to the first result',
      query(0, (q) => q.firstResultMs),
      ms,
    ),
    row(
      '… results announced',
      query(0, (q) => q.results),
      String,
      false,
    ),
    row(
      `second search "${browser.project.queries[1]?.query ?? ''}": downloaded`,
      query(1, (q) => q.bytes),
      kb,
    ),
    row(
      '… time to the first result',
      query(1, (q) => q.firstResultMs),
      ms,
    ),
    '',
    "The bare site has the search index but no search UI. Starlight loads Pagefind's UI bundle when the page is idle, so it counts as JS before interaction and not in its first search; the project loads its search code when the search opens.",
    '',
    ...(['project', 'starlight'] as const).flatMap((site) =>
      browser[site].queries.map(
        (cost, index) =>
          `- ${site === 'project' ? 'Project' : 'Starlight'}, ${index === 0 ? 'first' : 'second'} search by kind: ${Object.entries(
            cost.breakdown,
          )
            .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
            .join(', ')} (${cost.requests} requests).`,
      ),
    ),
    '',
    '## Pagefind index per locale',
    '',
    `| | ${locales.join(' | ')} | shared runtime and UI bundles |`,
    `| --- | ${locales.map(() => '---').join(' | ')} | --- |`,
    ...(['project', 'starlight'] as const).map(
      (site) =>
        `| ${site} | ${locales.map((locale) => mb(figures.pagefind[site].perLocale[locale] ?? 0)).join(' | ')} | ${mb(figures.pagefind[site].shared)} |`,
    ),
    '',
    '## Goals (issue 17)',
    '',
    ...(atGoalSize
      ? []
      : [
          `The goals are set for ${goalPages.toLocaleString('en')} guide pages; this run built ${figures.guidePages}, so they are only indicative.`,
          '',
        ]),
    ...checkGoals(figures).map((goal) => `- ${goal.ok ? 'PASS' : 'FAIL'}: ${goal.line}`),
    '',
    'Rerun: `npm run bench` (or `npm run bench -- --per-locale 200` for a quick one).',
    '',
  ].join('\n');
}
