/** Seconds in one of Astro's duration formats: "850ms", "44.02s", "1m 11s". */
export function durationSeconds(text: string): number {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  const [, minutes, amount, unit] = match;
  return Number(minutes ?? 0) * 60 + Number(amount ?? 0) / (unit === 'ms' ? 1000 : 1);
}

const clock = (line: string | undefined) => {
  const [hours, minutes, seconds] = (line?.slice(0, 8) ?? '').split(':').map(Number);
  return (hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0);
};

/**
 * The phases of an `astro build`, read from its log: bundling (Vite, where MDX compiles),
 * rendering the pages, and what runs after them (integrations: sitemap, Pagefind), the last one
 * from the log's timestamps (to the second).
 */
export function buildPhases(log: string) {
  const lines = log.split('\n');
  const find = (pattern: RegExp) => lines.find((line) => pattern.test(line));
  const bundled = /\[vite\] ✓ built in (.+)$/.exec(find(/\[vite\] ✓ built in/) ?? '')?.[1] ?? '';
  const renderLine = find(/^\d\d:\d\d:\d\d ✓ Completed in/);
  const rendered = /Completed in (.+?)\.?$/.exec(renderLine ?? '')?.[1] ?? '';
  const lastStatic = lines.filter((line) => /\[build\] ✓ Completed in/.test(line)).pop();
  const finished = find(/page\(s\) built in/);
  let afterPages = clock(finished) - clock(lastStatic);
  if (afterPages < 0) afterPages += 24 * 3600; // the build ran past midnight
  return {
    'bundling (Vite, MDX compilation)': durationSeconds(bundled),
    'rendering pages': durationSeconds(rendered),
    'after the pages (sitemap, Pagefind)': afterPages,
  };
}
