import type { z } from 'astro/zod';
import { LineCounter, parseDocument } from 'yaml';
import type { Action, ActionHint, TargetRef, Walkthrough, WalkthroughStep } from '../walkthroughs/script.ts';
import { factNames } from '../walkthroughs/facts.ts';
import {
  type ActionInFile,
  actionError,
  actionSchemas,
  unknownFact,
  walkthroughFileSchema,
} from './walkthrough-schema.ts';

type Path = ReadonlyArray<string | number>;
type RefInFile = string | { target: string; where: Record<string, string> };

/** Where a problem is: the line of the closest part of the file that exists. */
function locator(source: string) {
  const lines = new LineCounter();
  const document = parseDocument(source, { lineCounter: lines, keepSourceTokens: false });
  const lineOf = (path: Path): number => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { document, lines, lineOf };
}

const ref = (written: RefInFile): TargetRef =>
  (typeof written === 'string' ? { target: written } : { target: written.target, where: written.where }) as TargetRef;

function toAction(written: ActionInFile): Action {
  if ('click' in written) {
    return {
      kind: 'click',
      on: ref(written.click),
      or: written.or?.map((item) =>
        typeof item === 'object' && 'continues-at' in item
          ? { on: ref(item.click), continuesAt: item['continues-at'] }
          : { on: ref(item) },
      ),
      hint: written.hint as ActionHint | undefined,
    };
  }
  if ('type' in written) {
    return {
      kind: 'type',
      on: ref(written.type),
      value: written.value,
      check: written.check,
      or: written.or?.map(ref),
      hint: written.hint as ActionHint | undefined,
    };
  }
  return {
    kind: 'acknowledge',
    spotlight: written.spotlight && ref(written.spotlight),
    hint: written.hint as ActionHint | undefined,
  };
}

/**
 * Reads content/walkthroughs/<id>.yaml into a walkthrough, or the list of what is wrong with it,
 * each line as `<file>:<line>: <where> <what to do>`.
 */
export function readWalkthroughFile(
  file: string,
  id: string,
  source: string,
): { walkthrough: Walkthrough; errors: [] } | { walkthrough: null; errors: string[] } {
  const { document, lines, lineOf } = locator(source);
  const errors: string[] = [];
  const report = (path: Path, message: string) => {
    const where = path.length > 0 ? `${path.join(' → ')}: ` : '';
    errors.push(`${file}:${lineOf(path)}: ${where}${message}`);
  };
  const reportIssues = (path: Path, issues: z.core.$ZodIssue[]) => {
    for (const issue of issues) report([...path, ...(issue.path as Path)], issue.message);
  };
  for (const problem of document.errors) {
    errors.push(
      `${file}:${lines.linePos(problem.pos[0]).line}: this is not valid YAML (${problem.code}). Check the indentation and quotes.`,
    );
  }
  if (errors.length > 0) return { walkthrough: null, errors };

  const parsed = walkthroughFileSchema.safeParse(document.toJS());
  if (!parsed.success) {
    reportIssues([], parsed.error.issues);
    return { walkthrough: null, errors };
  }
  const data = parsed.data;
  for (const name of Object.keys(data.outcome ?? {})) {
    if (!(factNames as string[]).includes(name)) report(['outcome', name], unknownFact(name));
  }
  if (!data.outcome && !data['ends-on']) {
    report(
      [],
      'say what the walkthrough leaves, so it can be checked: "outcome:" (the facts it changes and how they read at the end), or "ends-on:" (the screen it ends on, when it changes nothing).',
    );
  }

  /** One action, checked against the schema of its kind. */
  const readAction = (written: unknown, path: Path): Action | null => {
    const kind = (['click', 'type', 'next'] as const).find(
      (key) => typeof written === 'object' && written !== null && key in written,
    );
    if (!kind) {
      report(path, actionError);
      return null;
    }
    const result = actionSchemas[kind].safeParse(written);
    if (!result.success) {
      reportIssues(path, result.error.issues);
      return null;
    }
    return toAction(result.data);
  };
  /** A step's body: one action, or several under `do:`. */
  const readStep = (name: string, body: Record<string, unknown>, path: Path): WalkthroughStep | null => {
    const { name: _name, ...rest } = body;
    if ('do' in rest) {
      if (!Array.isArray(rest.do) || rest.do.length === 0 || Object.keys(rest).length > 1) {
        report(
          path,
          'do: lists the step’s actions, one "- click: …" or "- type: …" a line, and nothing else beside it.',
        );
        return null;
      }
      const actions = rest.do.map((written, index) => readAction(written, [...path, 'do', index]));
      return actions.every((action) => action !== null) ? { name, actions: actions as Action[] } : null;
    }
    const action = readAction(rest, path);
    return action ? { name, actions: [action] } : null;
  };

  const steps = data.steps.map((step, index) => readStep(step.name, step, ['steps', index]));
  const names = data.steps.map((step) => step.name);
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index)
      report(['steps', index, 'name'], `two steps are named "${name}": give each step a name of its own.`);
  });
  const refusalSteps = Object.entries(data.refusal?.steps ?? {}).map(([name, body]) => {
    if (!names.includes(name)) {
      report(
        ['refusal', 'steps', name],
        `there is no step "${name}" to play differently: use one of ${names.join(', ')}.`,
      );
      return null;
    }
    return readStep(name, body, ['refusal', 'steps', name]);
  });
  const checkThen = (list: readonly (WalkthroughStep | null)[], path: (index: number) => Path) =>
    list.forEach((step, index) => {
      step?.actions.forEach((action, actionIndex) => {
        if (action.kind !== 'click') return;
        for (const alternative of action.or ?? []) {
          if (alternative.continuesAt !== undefined && !names.includes(alternative.continuesAt)) {
            const at = step.actions.length > 1 ? [...path(index), 'do', actionIndex] : path(index);
            report(
              [...at, 'or'],
              `continues-at: "${alternative.continuesAt}" is not a step of this walkthrough: use one of ${names.join(', ')}.`,
            );
          }
        }
      });
    });
  checkThen(steps, (index) => ['steps', index]);
  checkThen(refusalSteps, (index) => ['refusal', 'steps', Object.keys(data.refusal?.steps ?? {})[index] ?? '']);
  if (errors.length > 0) return { walkthrough: null, errors };

  const main = steps as WalkthroughStep[];
  const replaced = new Map((refusalSteps as WalkthroughStep[]).map((step) => [step.name, step]));
  const walkthrough: Walkthrough = {
    id,
    start: data.start,
    steps: main,
    outcome: (data.outcome ?? {}) as Walkthrough['outcome'],
    ...(data['ends-on'] ? { endsOn: data['ends-on'] } : {}),
    ...(data.refusal
      ? {
          refusal: {
            steps: main.map((step) => replaced.get(step.name) ?? step),
            offer: data.refusal.offer as ActionHint,
            returnOffer: data.refusal['return-offer'] as ActionHint,
            ...(data.refusal.situation ? { situation: data.refusal.situation } : {}),
          },
        }
      : {}),
  };
  return { walkthrough, errors: [] };
}
