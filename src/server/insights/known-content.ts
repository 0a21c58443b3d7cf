import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { InsightEvent } from '../../api/insight-values.ts';
import { stepListsOf } from '../../content/step-lists.ts';
import { localeCodes } from '../../i18n/locales.ts';

/** The guides that exist, each with its walkthroughs and how many steps each has. */
export type KnownContent = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Reads `content/` as the build does: every guide of `content/guides/<locale>/<slug>.mdx`, the
 * walkthroughs its `<Steps walkthrough="…">` lists name, and their steps in
 * `content/walkthroughs/<id>.yaml`. Read once at start: new content means a new build and a restart.
 */
export function readKnownContent(root: string): KnownContent {
  const guides = new Map<string, Map<string, number>>();
  const stepCount = (id: string): number | undefined => {
    const file = join(root, 'content/walkthroughs', `${id}.yaml`);
    if (!/^[a-z0-9-]+$/.test(id) || !existsSync(file)) return undefined;
    const steps = (parse(readFileSync(file, 'utf8')) as { steps?: unknown } | null)?.steps;
    return Array.isArray(steps) && steps.length > 0 ? steps.length : undefined;
  };
  for (const locale of localeCodes) {
    const folder = join(root, 'content/guides', locale);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.mdx'))) {
      const walkthroughs = guides.get(name.slice(0, -4)) ?? new Map<string, number>();
      guides.set(name.slice(0, -4), walkthroughs);
      for (const list of stepListsOf(readFileSync(join(folder, name), 'utf8'))) {
        const steps = list.walkthrough ? stepCount(list.walkthrough) : undefined;
        if (list.walkthrough && steps) walkthroughs.set(list.walkthrough, steps);
      }
    }
  }
  if (guides.size === 0)
    throw new Error(
      `No guide found in ${join(root, 'content/guides')}: the service runs from the repository, beside content/, to know which guides and walkthroughs events may name.`,
    );
  return guides;
}

/**
 * Whether an event names only what exists: its guide, a walkthrough of that guide, a step of that
 * walkthrough. Anything else is dropped, so a stranger cannot fill the insights with made-up rows.
 */
export function namesKnownContent(content: KnownContent, event: InsightEvent): boolean {
  if (event.type === 'search') return true;
  const walkthroughs = content.get(event.guide);
  if (!walkthroughs) return false;
  if (event.type === 'guide-view') return true;
  const steps = walkthroughs.get(event.walkthrough);
  return steps !== undefined && (event.step === undefined || event.step <= steps);
}
