import type { guideSlugs } from './guide-schema.ts';

/**
 * The guides the home page puts first: the tasks that bring stressed readers here most (getting
 * back into an account, paying, a domain that did not move, finding the right organization).
 * Edit this list when support statistics say otherwise.
 */
export const popularGuideSlugs: (typeof guideSlugs)[number][] = [
  'recovery-email',
  'payment-profiles',
  'retry-domain-transfer',
  'organizations',
];
