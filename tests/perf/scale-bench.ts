/**
 * `npm run bench`: builds thousands of synthetic guides with the project's real layouts and
 * components, and the same content with a bare Astro setup, then measures the index and a search
 * in Chromium. Prints the figures and writes them to tests/perf/results/scale-<date>.md.
 *
 * Options: `--per-locale N` (default 1000, so 5,000 guide pages), `--keep` (keep the temp folder).
 * Timings depend on the machine and its load: only the project / bare ratio compares across runs.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { localeCodes } from '../../src/i18n/locales.ts';
import { writeBareSite } from './bare-site.ts';
import { checkTargets, scaleReport } from './scale-report.ts';
import { probeSearch } from './search-probe.ts';
import { serveStatic } from './static-server.ts';
import { writeSyntheticGuides } from './synthetic-guides.ts';
import { folderBytes, pagefindBytesByLocale, timedAstroBuild } from './timed-build.ts';

const projectRoot = join(import.meta.dirname, '../..');
/** Two searches a reader could type; both words occur in the synthetic English guides. */
const queries: [string, string] = ['recovery email', 'leave organization'];

const { values } = parseArgs({
  options: { 'per-locale': { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const perLocale = Number(values['per-locale']);
if (!Number.isInteger(perLocale) || perLocale < 1) throw new Error('--per-locale takes a whole number, e.g. 1000');

const work = mkdtempSync(join(tmpdir(), 'help-center-bench-'));
const step = (text: string) => console.log(`[bench] ${text}`);

try {
  const guides = join(work, 'guides');
  step(`writing ${perLocale} guides per locale into ${guides}`);
  const content = writeSyntheticGuides(join(projectRoot, 'content/guides'), guides, localeCodes, perLocale);

  // Astro bundles a prerender entry into each output folder: it resolves packages from there.
  symlinkSync(join(projectRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  const bareDir = join(work, 'bare');
  writeBareSite(bareDir, projectRoot);
  const build = async (label: 'bare' | 'project', cwd: string) => {
    step(`building the ${label} site (this takes a while)`);
    const outDir = join(work, `${label}-dist`);
    const env = { GUIDES_DIR: guides, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `${label}-cache`) };
    const result = await timedAstroBuild({ label, cwd, env, timeFile: join(work, `${label}-time.txt`) });
    writeFileSync(join(work, `${label}-build.log`), result.log); // for a look with --keep
    step(`${label}: ${result.pages} pages in ${result.wallSeconds.toFixed(1)} s`);
    return { ...result, distBytes: folderBytes(outDir), outDir };
  };
  // The bare build first, then the project's: both read the same files from a warm disk cache.
  const bare = await build('bare', bareDir);
  const project = await build('project', projectRoot);

  const slug = readdirSync(join(guides, 'en'))[0]?.replace(/\.mdx$/, '');
  const guidePath = `/en/guides/${slug}/`;
  step(`searching from ${guidePath} in Chromium`);
  const server = await serveStatic(project.outDir);
  const costs = await probeSearch(server.origin + guidePath, server.served, queries).finally(server.close);
  for (const cost of costs) {
    if (cost.results === 0)
      throw new Error(`The query "${cost.query}" found nothing: the index or the content is wrong.`);
  }

  const date = new Date().toISOString().slice(0, 10);
  const figures = {
    date,
    machine: `${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.versions.node}, Astro ${astroVersion()}`,
    content: `${perLocale} synthetic guides per locale × ${localeCodes.length} locales = ${content.files} MDX files, ${content.words.min}–${content.words.max} words (mean ${content.words.mean})`,
    project,
    bare,
    pagefind: pagefindBytesByLocale(join(project.outDir, 'pagefind'), localeCodes),
    queries: costs,
    guideUrl: guidePath,
  };
  const report = scaleReport(figures);
  console.log(`\n${report}`);
  const resultsDir = join(import.meta.dirname, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `scale-${date}${perLocale === 1000 ? '' : `-${perLocale}-per-locale`}.md`);
  writeFileSync(file, report);
  step(`written to ${file}`);
  if (checkTargets(figures).some((target) => !target.ok)) {
    console.error('[bench] a target is missed (see FAIL above)');
    process.exitCode = 1;
  }
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
