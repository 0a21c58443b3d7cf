import type { Domain } from '../../api/index.ts';
import type { PracticeKey } from '../../i18n/practice-strings.ts';

/** The status line of a domain: its transfer's state, or active when it was not transferred. */
export function domainStatusKey(domain: Domain): PracticeKey {
  return domain.transfer ? `sandbox.domains.status.${domain.transfer.status}` : 'sandbox.domains.status.active';
}
