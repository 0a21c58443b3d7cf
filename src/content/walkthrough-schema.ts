import { z } from 'astro/zod';
import { practiceSituations } from '../api/sandbox.ts';
import { walkthroughEn } from '../i18n/ui/walkthrough/en.ts';
import { managerTargets } from '../manager/targets.ts';
import { managerScreens } from '../stores/manager.ts';
import { factNames } from '../walkthroughs/facts.ts';
import { validatorNames } from '../walkthroughs/validators.ts';

/**
 * The file a writer adds for a walkthrough, content/walkthroughs/<id>.yaml (see README "Add a
 * walkthrough"). Every message says how to fix the file: its reader is a writer, not a programmer.
 */

const oneOf = (what: string, allowed: readonly string[], where: string) =>
  `${what} must be one of: ${allowed.join(', ')}. ${where}`;

const stepName = z
  .string({ error: 'a step needs a name: add "name: <what the step does>", e.g. "name: open-profile-menu".' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a step name is lower-case words joined by "-", e.g. open-profile-menu.');

const targetMessage = oneOf('the target', managerTargets, 'Targets are listed in src/manager/targets.ts.');
const targetName = z.enum(managerTargets, { error: targetMessage });
const isTargetName = (value: unknown) => (managerTargets as readonly unknown[]).includes(value);

/** A control: `profile-menu`, or `{ target: organization-leave, where: { data-organization: org-rowing-club } }`. */
const target = z.union(
  [
    targetName,
    z.strictObject({
      target: targetName,
      where: z.record(z.string().regex(/^data-[a-z-]+$/, 'where: names data-… attributes of the control.'), z.string()),
    }),
  ],
  {
    // A union only says "invalid input": say which part is wrong.
    error: ({ input }) => {
      const named = typeof input === 'object' && input !== null ? (input as { target?: unknown }).target : input;
      return typeof named === 'string' && !isTargetName(named)
        ? targetMessage
        : 'a target is a name from src/manager/targets.ts, or { target: <name>, where: { data-…: <value> } }.';
    },
  },
);

const hintKeys = Object.keys(walkthroughEn).filter((key) => key.startsWith('walkthrough.action.'));
const offerKeys = Object.keys(walkthroughEn).filter((key) => key.startsWith('walkthrough.offer.'));
const hint = z
  .enum(hintKeys as [string, ...string[]], {
    error: oneOf('hint', hintKeys, 'Hints are the walkthrough.action.* strings of src/i18n/ui/walkthrough/en.ts.'),
  })
  .optional();
const offer = z.enum(offerKeys as [string, ...string[]], {
  error: oneOf('the offer', offerKeys, 'Offers are the walkthrough.offer.* strings of src/i18n/ui/walkthrough/en.ts.'),
});

/** A value that works: the text, or one that depends on the day or on the practice account. */
const value = z.union(
  [
    z.string(),
    z.number().transform(String),
    z.strictObject({ 'days-from-today': z.number().int() }),
    z.strictObject({ 'years-from-now': z.number().int() }),
    z.strictObject({ 'practice-account': z.literal('password') }),
  ],
  {
    error:
      'value: the text to type, or { days-from-today: -7 }, { years-from-now: 3 }, { practice-account: password }.',
  },
);

/** `or:` of a click: other controls that do the same, or that go on at another step (`continues-at:`). */
const clickAlternative = z.union([z.strictObject({ click: target, 'continues-at': stepName }), target], {
  error: 'or: lists targets, or { click: <target>, continues-at: <name of the step to go on at> }.',
});

export const actionSchemas = {
  next: z.strictObject({ next: z.literal(true), spotlight: target.optional(), hint }),
  click: z.strictObject({ click: target, or: z.array(clickAlternative).optional(), hint }),
  type: z.strictObject({
    type: target,
    value,
    check: z.enum(validatorNames, {
      error: oneOf('check', validatorNames, 'They are defined in src/walkthroughs/validators.ts.'),
    }),
    or: z.array(target).optional(),
    hint,
  }),
};

export const actionError =
  'each action is one of: "click: <target>", "type: <target>" with "value:" and "check:", or "next: true" (the reader presses Next).';

const expectation = z.union(
  [
    z.strictObject({ is: z.coerce.string() }),
    z.strictObject({ 'is-not': z.coerce.string() }),
    z.strictObject({ includes: z.coerce.string() }),
    z.strictObject({ excludes: z.coerce.string() }),
    z.strictObject({ count: z.number().int().nonnegative() }),
  ],
  { error: 'how a fact reads at the end: { is: … }, { is-not: … }, { includes: … }, { excludes: … } or { count: N }.' },
);

/** The file, with its steps left to be read one by one (walkthrough-file.ts), so each error points at its step. */
export const walkthroughFileSchema = z.strictObject({
  start: z.enum(managerScreens, {
    error: oneOf('start', managerScreens, 'It is the Manager screen the walkthrough opens on.'),
  }),
  steps: z
    .array(z.looseObject({ name: stepName }), {
      error: 'steps: is missing: list one step per item of the guide’s <Steps> list, in order.',
    })
    .min(1, 'steps: list one step per item of the guide’s <Steps> list, in order.'),
  // Its keys are fact names, checked by walkthrough-file.ts (a record of enum keys only says "unrecognized key").
  outcome: z.record(z.string(), expectation).optional(),
  'ends-on': z
    .enum(managerScreens, { error: oneOf('ends-on', managerScreens, 'It is the screen the task ends on.') })
    .optional(),
  refusal: z
    .strictObject({
      offer,
      'return-offer': offer,
      situation: z
        .enum(practiceSituations, {
          error: oneOf('situation', practiceSituations, 'Situations are listed in src/api/sandbox.ts.'),
        })
        .optional(),
      /** Steps played differently on the refusal path, by name; the others are the same. */
      steps: z.record(stepName, z.looseObject({})).optional(),
    })
    .optional(),
});

export type WalkthroughFile = z.output<typeof walkthroughFileSchema>;
export type ActionInFile = z.output<(typeof actionSchemas)[keyof typeof actionSchemas]>;

export const unknownFact = (name: string) =>
  `"${name}" is not a fact. ${oneOf('a fact', factNames, 'Facts are defined in src/walkthroughs/facts.ts.')}`;
