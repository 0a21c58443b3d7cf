/**
 * `npm run bench`: builds thousands of synthetic guides three ways: with the project's real
 * layouts and components, with a bare Astro setup, and with Starlight (installed into the temp
 * folder, never a dependency of the site). Then it loads a guide page of each in Chromium and
 * searches the project and Starlight through their search UIs. Prints progress, then one table
 * with the ratios and the goals of issue 17; writes it to tests/perf/results/scale-<date>.md.
 *
 * Options: `--per-locale N` (default 1500, so 7,500 guide pages), `--keep` (keep the temp folder).
 * Timings depend on the machine and its load: only the ratios compare across runs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localeCodes } from '../../src/i18n/locales.ts';
import { writeBareSite } from './bare-site.ts';
import { buildProgress } from './build-progress.ts';
import { checkGoals, goalPages, type SiteInBrowser, scaleReport } from './scale-report.ts';
import { probeGuideAndSearch, projectSearch, type SearchUi, starlightSearch } from './search-probe.ts';
import { copyGuidesForStarlight } from './starlight-guides.ts';
import { installStarlight, starlightVersion, writeStarlightSite } from './starlight-site.ts';
import { serveStatic } from './static-server.ts';
import { writeSyntheticGuides } from './synthetic-guides.ts';
import { folderBytes, pagefindBytesByLocale, timedAstroBuild } from './timed-build.ts';

const projectRoot = join(import.meta.dirname, '../..');
/** Two searches a reader could type; both words occur in the synthetic English guides. */
const queries: [string, string] = ['recovery email', 'leave organization'];
const defaultPerLocale = goalPages / localeCodes.length;

const { values } = parseArgs({
  options: {
    'per-locale': { type: 'string', default: String(defaultPerLocale) },
    keep: { type: 'boolean', default: false },
  },
});
const perLocale = Number(values['per-locale']);
if (!Number.isInteger(perLocale) || perLocale < 1) throw new Error('--per-locale takes a whole number, e.g. 1500');

const work = mkdtempSync(join(tmpdir(), 'help-center-bench-'));
const step = (text: string) => console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${text}`);

try {
  const guides = join(work, 'guides');
  step(`writing ${perLocale} guides per locale into ${guides}`);
  const content = writeSyntheticGuides(join(projectRoot, 'content/guides'), guides, localeCodes, perLocale);

  // Astro bundles a prerender entry into each output folder: it resolves packages from there.
  symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  const bareDir = join(work, 'bare');
  writeBareSite(bareDir, projectRoot);
  const starlightDir = join(work, 'starlight');
  writeStarlightSite(starlightDir, projectRoot);
  const starlightPages = copyGuidesForStarlight(guides, join(starlightDir, 'src/content/docs'), localeCodes);
  step(`installing @astrojs/starlight@${starlightVersion} into ${starlightDir} (not the project)`);
  await installStarlight(starlightDir);

  type Site = 'bare' | 'project' | 'starlight';
  const build = async (label: Site, cwd: string, outDir: string) => {
    step(`building the ${label} site (this takes a while)`);
    const env = { GUIDES_DIR: guides, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `${label}-cache`) };
    const onLine = buildProgress(label, content.files, step);
    const result = await timedAstroBuild({ label, cwd, env, timeFile: join(work, `${label}-time.txt`), onLine });
    writeFileSync(join(work, `${label}-build.log`), result.log); // for a look with --keep
    step(`${label}: ${result.pages} pages in ${result.wallSeconds.toFixed(1)} s`);
    return { ...result, distBytes: folderBytes(outDir), outDir };
  };
  // The bare build first, then the others: all read the same files from a warm disk cache.
  const bare = await build('bare', bareDir, join(work, 'bare-dist'));
  const project = await build('project', projectRoot, join(work, 'project-dist'));
  // Inside its folder, so its prerender entry finds Starlight in the folder's node_modules.
  const starlight = await build('starlight', starlightDir, join(starlightDir, 'dist'));
  if (starlight.pages < starlightPages)
    throw new Error(`Starlight built ${starlight.pages} pages of ${starlightPages}.`);

  const slug = readdirSync(join(guides, 'en'))[0]?.replace(/\.mdx$/, '') ?? '';
  const topic = /^topic: (\S+)$/m.exec(readFileSync(join(guides, 'en', `${slug}.mdx`), 'utf8'))?.[1] ?? '';
  const inBrowser = async (label: Site, outDir: string, path: string, ui?: SearchUi): Promise<SiteInBrowser> => {
    step(`${label}: loading ${path} in Chromium${ui ? ', then searching' : ''}`);
    const server = await serveStatic(outDir);
    const measured = await probeGuideAndSearch(server.origin + path, server.served, ui && { ui, queries }).finally(
      server.close,
    );
    for (const cost of measured.queries) {
      if (cost.results === 0)
        throw new Error(`${label}: the query "${cost.query}" found nothing: the index or the content is wrong.`);
      step(
        `${label}: "${cost.query}" ${cost.results} results, ${(cost.bytes / 1024).toFixed(1)} KB, ${cost.firstResultMs.toFixed(0)} ms`,
      );
    }
    return measured;
  };
  const browser = {
    project: await inBrowser('project', project.outDir, `/en/guides/${slug}/`, projectSearch),
    bare: await inBrowser('bare', bare.outDir, `/en/guides/${slug}/`),
    starlight: await inBrowser('starlight', starlight.outDir, `/en/${topic}/${slug}/`, starlightSearch),
  };

  const date = new Date().toISOString().slice(0, 10);
  const figures = {
    date,
    machine: `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.versions.node}, Astro ${astroVersion()}, Starlight ${starlightVersion}`,
    content: `${perLocale} synthetic guides per locale × ${localeCodes.length} locales = ${content.files} MDX files, ${content.words.min}–${content.words.max} words (mean ${content.words.mean})`,
    guidePages: content.files,
    project,
    bare,
    starlight,
    browser,
    pagefind: {
      project: pagefindBytesByLocale(join(project.outDir, 'pagefind'), localeCodes),
      starlight: pagefindBytesByLocale(join(starlight.outDir, 'pagefind'), localeCodes),
    },
  };
  const report = scaleReport(figures);
  console.log(`\n${report}`);
  const resultsDir = join(import.meta.dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `scale-${date}${perLocale === defaultPerLocale ? '' : `-${perLocale}-per-locale`}.md`);
  writeFileSync(file, report);
  step(`written to ${file}`);
  // A missed goal is a finding, not a failure of the benchmark: it is printed, the exit code stays 0.
  const missed = checkGoals(figures).filter((goal) => !goal.ok).length;
  if (missed > 0) step(`${missed} goal(s) missed (see FAIL above)`);
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (values.keep) step(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function astroVersion(): string {
  return JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')).version;
}
