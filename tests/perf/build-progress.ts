/** Lines of `astro build` that start a phase, and how the progress line names it. */
const phases: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'syncing content'],
  [/\[build\] Building static entrypoints/, 'bundling (Vite, MDX)'],
  [/generating static routes/, 'rendering pages'],
  [/^\S+ \[[^\]]*pagefind[^\]]*\]/i, 'search index (Pagefind)'],
];

/**
 * Follows a build's output line by line and reports its progress: each phase as it starts, then
 * the pages rendered so far every tenth of `expectedPages`. Astro prints one line per page it
 * renders ("  ├─ /en/guides/…/index.html (+12ms)"), which is what is counted.
 */
export function buildProgress(label: string, expectedPages: number, report: (text: string) => void) {
  const every = Math.max(1, Math.round(expectedPages / 10));
  const started = performance.now();
  const seen = new Set<string>();
  let pages = 0;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  return (line: string) => {
    for (const [pattern, phase] of phases) {
      if (seen.has(phase) || !pattern.test(line)) continue;
      seen.add(phase);
      report(`${label}: ${phase} (${elapsed()})`);
    }
    if (!/[├└]─ \/\S*\.html/.test(line)) return;
    pages++;
    if (pages % every === 0) report(`${label}: ${pages} of about ${expectedPages} pages rendered (${elapsed()})`);
  };
}
