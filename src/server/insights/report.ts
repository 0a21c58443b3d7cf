import type { Fix, Insights } from '../../api/insights.ts';
import type { GuideFacts } from '../../content/guide-files.ts';

/** What a writer needs beside a fix: the guides' titles, files and step sentences per locale. */
export type Facts = Record<string, Record<string, GuideFacts>>;

/** The file to edit for a guide in a locale (its translation, or the English it falls back to). */
export const guideFile = (facts: Facts, locale: string, guide: string) =>
  facts[locale]?.[guide]?.file ?? `content/guides/${locale}/${guide}.mdx`;

/** The sentence of a walkthrough's step, in that locale, as the guide writes it. */
export const stepSentence = (facts: Facts, fix: Pick<Fix, 'locale' | 'guide' | 'walkthrough' | 'step'>) =>
  fix.guide && fix.walkthrough && fix.step
    ? facts[fix.locale]?.[fix.guide]?.walkthroughs[fix.walkthrough]?.[fix.step - 1]
    : undefined;

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** The list as `npm run insights -- report` prints it: one numbered fix, its evidence, where to act. */
export function reportText(insights: Insights, facts: Facts, scope: { locale?: string; basePath: string }): string {
  const header = `What to fix next: the last ${insights.days} days (since ${insights.since}), ${scope.locale ? `in ${scope.locale}` : 'every language'}`;
  if (insights.fixNext.length === 0)
    return `${header}\n\nNothing stands out: no search without a result, no unhelpful guide, no step that loses readers.`;
  const lines = insights.fixNext.map((fix, index) => {
    const title = fix.guide ? (facts[fix.locale]?.[fix.guide]?.title ?? fix.guide) : '';
    const number = `${String(index + 1).padStart(2)}.`;
    const readers = plural(fix.readers, 'reader', 'readers');
    if (fix.kind === 'no-result') {
      const link = `${scope.basePath}${fix.locale}/search/?q=${encodeURIComponent(fix.query ?? '')}`;
      return [
        `${number} ${readers}: [${fix.locale}] the search "${fix.query}" found nothing (${plural(fix.evidence.searches ?? 0, 'search', 'searches')})`,
        `    Add it to the searchTerms: of the guide that answers it, in content/guides/${fix.locale}/<guide>.mdx, or write that guide.`,
        `    Try it: ${link}`,
      ].join('\n');
    }
    if (fix.kind === 'unhelpful') {
      const reasons = Object.entries(fix.evidence)
        .filter(([name, count]) => !['answers', 'helpful'].includes(name) && count > 0)
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
      return [
        `${number} ${readers}: [${fix.locale}] "${title}" did not help: ${fix.evidence.helpful} of ${fix.evidence.answers} said yes${reasons ? `; why not: ${reasons}` : ''}`,
        `    Edit: ${guideFile(facts, fix.locale, fix.guide ?? '')}`,
      ].join('\n');
    }
    const sentence = stepSentence(facts, fix);
    return [
      `${number} ${readers}: [${fix.locale}] "${title}", walkthrough ${fix.walkthrough}: step ${fix.step} loses readers (${fix.evidence.reached} reached it, ${fix.evidence.next} went on; ${fix.evidence.wrong} wrong clicks, ${fix.evidence.hints} hints)`,
      ...(sentence ? [`    The step: "${sentence}"`] : []),
      `    Edit: ${guideFile(facts, fix.locale, fix.guide ?? '')}`,
    ].join('\n');
  });
  return `${header}\n\n${lines.join('\n')}`;
}
