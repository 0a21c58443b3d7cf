import type { Fix, GuideInsight, SearchInsight } from '../../api/insights.ts';

/** How much evidence a signal needs before it is worth a writer's time. */
export const thresholds = {
  /** A guide is unhelpful from this many answers on, when fewer than `helpfulShare` said yes. */
  minAnswers: 5,
  helpfulShare: 0.6,
  /** A step loses readers when at least this many stopped there, and this share of those who reached it. */
  minLost: 3,
  lostShare: 0.2,
};

/**
 * "What to fix next": searches that found nothing, guides readers said did not help, and the
 * walkthrough steps where most readers give up, in one list ranked by how many readers each
 * failed in the period.
 */
export function fixNext(guides: GuideInsight[], noResult: SearchInsight[], limit = 20): Fix[] {
  const fixes: Fix[] = [];
  for (const search of noResult) {
    fixes.push({
      kind: 'no-result',
      locale: search.locale,
      query: search.query,
      readers: search.noResult,
      evidence: { searches: search.searches, noResult: search.noResult },
    });
  }
  for (const guide of guides) {
    const no = guide.answers - guide.helpful;
    if (guide.answers >= thresholds.minAnswers && guide.helpful / guide.answers < thresholds.helpfulShare) {
      fixes.push({
        kind: 'unhelpful',
        locale: guide.locale,
        guide: guide.guide,
        readers: no,
        evidence: { answers: guide.answers, helpful: guide.helpful, ...guide.reasons },
      });
    }
    for (const walkthrough of guide.walkthroughs) {
      const worst = worstStep(walkthrough);
      if (worst) {
        fixes.push({
          kind: 'drop-off',
          locale: guide.locale,
          guide: guide.guide,
          walkthrough: walkthrough.walkthrough,
          step: worst.step,
          readers: worst.lost,
          evidence: {
            reached: worst.reached,
            next: worst.next,
            wrong: worst.wrong,
            hints: worst.hints,
            starts: walkthrough.starts,
          },
        });
      }
    }
  }
  return fixes.sort((a, b) => b.readers - a.readers || a.kind.localeCompare(b.kind)).slice(0, limit);
}

/** The step that lost the most readers: reached it, never reached the next one (or the end). */
export function worstStep(walkthrough: GuideInsight['walkthroughs'][number]) {
  let worst: { step: number; lost: number; reached: number; next: number; wrong: number; hints: number } | undefined;
  walkthrough.steps.forEach((step, index) => {
    const next = walkthrough.steps[index + 1]?.reached ?? walkthrough.finishes;
    const lost = step.reached - next;
    if (lost < thresholds.minLost || step.reached === 0 || lost / step.reached < thresholds.lostShare) return;
    if (!worst || lost > worst.lost)
      worst = { step: step.step, lost, reached: step.reached, next, wrong: step.wrong, hints: step.hints };
  });
  return worst;
}
