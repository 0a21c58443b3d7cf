import type { ManagerTarget } from '../manager/targets.ts';
import type { Action, TargetRef, WalkthroughStep } from './engine.ts';

/** Shorthands the scripts share, so each script reads like its list. */
export const on = (target: ManagerTarget, where?: Record<string, string>): TargetRef => ({ target, where });

export const click = (target: ManagerTarget, extra: Partial<Extract<Action, { kind: 'click' }>> = {}): Action => ({
  kind: 'click',
  on: on(target),
  ...extra,
});

export const step = (...actions: Action[]): WalkthroughStep => ({ actions });

/** "Log in to the Manager": the practice Manager is already open and signed in, so the reader just goes on. */
export const logIn = step({ kind: 'acknowledge' });

/** Any text with something in it. */
export const filled = (value: string) => value.trim() !== '';

/** A plausible email address (the server has the last word). */
export const emailLike = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim());
