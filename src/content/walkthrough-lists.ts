import type { Walkthrough } from '../walkthroughs/script.ts';
import { stepListsOf } from './step-lists.ts';

/**
 * What is wrong between a guide and the walkthroughs its `<Steps walkthrough="…">` lists name: a
 * walkthrough that does not exist, or a list whose items are not one per step. One line per
 * problem, `<file>:<line>: …`, with the fix.
 */
export function walkthroughListProblems(
  file: string,
  source: string,
  walkthroughs: ReadonlyMap<string, Walkthrough>,
): string[] {
  const problems: string[] = [];
  for (const list of stepListsOf(source)) {
    if (!list.walkthrough) continue;
    const where = `${file}:${list.line}: <Steps walkthrough="${list.walkthrough}">`;
    const script = walkthroughs.get(list.walkthrough);
    if (!script) {
      problems.push(
        `${where} names no walkthrough. Add content/walkthroughs/${list.walkthrough}.yaml (see README "Add a walkthrough"), or use one of: ${[...walkthroughs.keys()].join(', ')}.`,
      );
      continue;
    }
    if (list.items.length !== script.steps.length) {
      problems.push(
        `${where} has ${list.items.length} list items, but content/walkthroughs/${script.id}.yaml has ${script.steps.length} steps (${script.steps.map((step) => step.name).join(', ')}). Each list item is one step, in the same order: add or remove an item or a step so they match.`,
      );
    }
  }
  return problems;
}
