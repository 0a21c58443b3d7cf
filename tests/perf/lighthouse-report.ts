/** The parts of a Lighthouse result (LHR) this report reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  environment?: { hostUserAgent?: string };
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export type PageOutcome =
  | { path: string; skipped: string }
  | { path: string; scores: Record<string, number>; costs: Record<string, string[]>; performanceRuns?: number[] };

const percent = (score: number | null) => Math.round((score ?? 0) * 100);

/**
 * Scores per category, and for each category under 100 the audits that cost points: weighted
 * audits first (by points lost), then failing audits that carry no weight but say what to fix.
 */
export function pageOutcome(path: string, result: LighthouseResult): PageOutcome {
  const scores: Record<string, number> = {};
  const costs: Record<string, string[]> = {};
  for (const id of categoryIds) {
    const category = result.categories[id];
    if (!category) continue;
    scores[id] = percent(category.score);
    if (scores[id] === 100) continue;
    const totalWeight = category.auditRefs.reduce((sum, ref) => sum + ref.weight, 0) || 1;
    const failing = category.auditRefs
      .map((ref) => ({ ref, audit: result.audits[ref.id] }))
      .filter(
        ({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
      )
      .map(({ ref, audit }) => ({ audit, lost: ((1 - (audit?.score ?? 0)) * ref.weight * 100) / totalWeight }))
      .sort((a, b) => b.lost - a.lost)
      .slice(0, 6);
    costs[id] = failing.map(({ audit, lost }) => {
      const value = audit?.displayValue ? ` (${audit.displayValue})` : '';
      const points = lost > 0 ? `−${lost.toFixed(1)} pts` : 'no weight';
      return `\`${audit?.id}\` ${audit?.title}${value}: score ${percent(audit?.score ?? 0)}, ${points}`;
    });
  }
  return { path, scores, costs };
}

/** The outcome of every page as Markdown. */
export function lighthouseReport(outcomes: PageOutcome[], heading: string): string {
  const lines = [
    heading,
    '',
    `| page | ${categoryIds.join(' | ')} |`,
    `| --- | ${categoryIds.map(() => '---').join(' | ')} |`,
  ];
  for (const outcome of outcomes) {
    const cells =
      'skipped' in outcome
        ? categoryIds.map(() => 'skipped')
        : categoryIds.map((id) => String(outcome.scores[id] ?? '?'));
    const runs =
      'performanceRuns' in outcome && outcome.performanceRuns ? ` (${outcome.performanceRuns.join(', ')})` : '';
    if (runs) cells[0] = `${cells[0]}${runs}`;
    lines.push(`| \`${outcome.path}\` | ${cells.join(' | ')} |`);
  }
  lines.push('');
  for (const outcome of outcomes) {
    if ('skipped' in outcome) {
      lines.push(`- \`${outcome.path}\` skipped: ${outcome.skipped}`);
      continue;
    }
    for (const [category, audits] of Object.entries(outcome.costs)) {
      lines.push(`- \`${outcome.path}\` ${category} ${outcome.scores[category]}:`);
      for (const audit of audits) lines.push(`  - ${audit}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** True when every page that exists scores 100 in every category. */
export const allPerfect = (outcomes: PageOutcome[]) =>
  outcomes.every((outcome) => 'skipped' in outcome || categoryIds.every((id) => outcome.scores[id] === 100));
