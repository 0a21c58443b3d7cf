import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../../src/i18n/locales.ts';
import { useTranslations } from '../../../src/i18n/t.ts';
import { managerTargets } from '../../../src/manager/targets.ts';
import { type Action, stepsOf, type TargetRef } from '../../../src/walkthroughs/engine.ts';
import { walkthroughs } from '../../../src/walkthroughs/index.ts';
import { readGuides } from '../../fixtures/guide-files.ts';
import { useSandbox } from '../mocks/setup.ts';

const refsOf = (action: Action): TargetRef[] => {
  if (action.kind === 'acknowledge') return action.spotlight ? [action.spotlight] : [];
  if (action.kind === 'click') return [action.on, ...(action.or ?? []).map((alternative) => alternative.on)];
  return [action.on, ...(action.or ?? [])];
};

describe('one source of truth: the guides’ lists and the scripts agree', () => {
  for (const locale of localeCodes) {
    for (const guide of readGuides(locale)) {
      for (const list of guide.stepLists.filter((candidate) => candidate.walkthrough)) {
        test(`${locale}/${guide.slug}: "${list.walkthrough}" has one script step per list item`, () => {
          const script = walkthroughs.get(list.walkthrough ?? '');
          expect(script, `no script src/walkthroughs/${list.walkthrough}.ts`).toBeDefined();
          expect(script?.steps.length).toBe(list.items.length);
          if (script?.refusal) expect(script.refusal.steps.length).toBe(list.items.length);
        });
      }
    }
  }

  test('every script is used by an English guide', () => {
    const used = readGuides('en').flatMap((guide) => guide.stepLists.map((list) => list.walkthrough));
    expect([...walkthroughs.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  for (const script of walkthroughs.values()) {
    test(`${script.id} names only targets the simulated Manager has, and works by typing a value that it accepts`, () => {
      for (const variant of ['main', 'refusal'] as const) {
        for (const action of stepsOf(script, variant).flatMap((step) => step.actions)) {
          for (const ref of refsOf(action)) expect(managerTargets).toContain(ref.target);
          if (action.kind === 'type') expect(action.accepts(action.value)).toBe(true);
          if (action.kind === 'click') {
            for (const alternative of action.or ?? []) {
              if (alternative.skipTo !== undefined) expect(alternative.skipTo).toBeLessThan(script.steps.length);
            }
          }
        }
      }
    });
  }
});

describe('the hints under a step', () => {
  for (const script of walkthroughs.values()) {
    test(`${script.id}: every hint has its values, in every locale`, () => {
      for (const locale of localeCodes) {
        const t = useTranslations(locale);
        for (const action of [...script.steps, ...(script.refusal?.steps ?? [])].flatMap((step) => step.actions)) {
          if (!action.hint) continue;
          const text = t(action.hint, action.kind === 'type' ? action.hintValues : undefined);
          expect(text, `${locale}: ${action.hint}`).not.toMatch(/\{\w+\}/);
        }
      }
    });
  }
});

describe('the facts a summary compares are read from the practice account', () => {
  const sandbox = useSandbox();
  const t = useTranslations('en');
  for (const script of walkthroughs.values()) {
    test(`${script.id}: ${script.changesAccount ? 'reads facts' : 'changes nothing'}`, async () => {
      const facts = await script.facts(sandbox.api, t);
      expect(facts.length > 0).toBe(script.changesAccount);
      for (const fact of facts) expect(fact.label).not.toMatch(/^walkthrough\./);
    });
  }
});
