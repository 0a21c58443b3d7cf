import { describe, expect, test } from 'vitest';
import { walkthroughListProblems } from '../../../src/content/walkthrough-lists.ts';
import { localeCodes } from '../../../src/i18n/locales.ts';
import { accepts, stepsOf, typedValue } from '../../../src/walkthroughs/engine.ts';
import { readFacts } from '../../../src/walkthroughs/facts.ts';
import { factsOf } from '../../../src/walkthroughs/script.ts';
import { validators } from '../../../src/walkthroughs/validators.ts';
import { readGuides } from '../../fixtures/guide-files.ts';
import { practice } from '../../fixtures/practice-translate.ts';
import { readWalkthroughs } from '../../fixtures/walkthrough-files.ts';
import { useSandbox } from '../mocks/setup.ts';

// Every file of content/walkthroughs/ reads without an error here: readWalkthroughs() throws otherwise.
const walkthroughs = readWalkthroughs();

describe('one source of truth: the guides’ lists and the walkthrough files agree', () => {
  for (const locale of localeCodes) {
    for (const guide of readGuides(locale)) {
      test(`${locale}/${guide.slug}: every <Steps walkthrough> has its file and one step per list item`, () => {
        expect(walkthroughListProblems(`${locale}/${guide.slug}.mdx`, guide.source, walkthroughs)).toEqual([]);
      });
    }
  }

  test('every walkthrough file is used by an English guide', () => {
    const used = readGuides('en').flatMap((guide) => guide.stepLists.map((list) => list.walkthrough));
    expect([...walkthroughs.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  for (const script of walkthroughs.values()) {
    test(`${script.id}: the value each typing step types is one its check accepts`, () => {
      for (const variant of ['main', 'refusal'] as const) {
        for (const action of stepsOf(script, variant).flatMap((step) => step.actions)) {
          if (action.kind === 'type') expect(accepts(action, typedValue(action)), `${action.on.target}`).toBe(true);
        }
      }
    });
  }
});

describe('the hints under a step', () => {
  for (const script of walkthroughs.values()) {
    test(`${script.id}: every hint has its values, in every locale`, () => {
      for (const locale of localeCodes) {
        const t = practice[locale];
        for (const action of [...script.steps, ...(script.refusal?.steps ?? [])].flatMap((step) => step.actions)) {
          const hint = action.hint;
          if (!hint) continue;
          const values = action.kind === 'type' ? (validators[action.check].values ?? {}) : {};
          expect(() => t.fill(hint, values), `${locale}: ${hint}`).not.toThrow();
        }
      }
    });
  }
});

describe('the facts a summary compares are read from the practice account', () => {
  const sandbox = useSandbox();
  const t = practice.en;
  for (const script of walkthroughs.values()) {
    test(`${script.id}: ${factsOf(script).length > 0 ? 'reads its facts, in words' : 'changes nothing'}`, async () => {
      const facts = await readFacts(factsOf(script), sandbox.api, t);
      for (const fact of facts) {
        expect(fact.label).not.toMatch(/^walkthrough\./);
        expect(fact.text).not.toMatch(/^(walkthrough|sandbox)\./);
      }
    });
  }
});
