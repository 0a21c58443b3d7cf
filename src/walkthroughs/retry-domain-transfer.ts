import { domainStatusKey } from '../manager/domains/status.ts';
import type { Walkthrough } from './engine.ts';
import { click, logIn, on, step } from './steps.ts';

/** The practice account's failed transfer. */
const failedDomain = 'morel-ceramique.com';

/** Failed transfer: products grid (or the sidebar) → Domains → the domain in red → retry from its instructions. */
export const retryDomainTransfer: Walkthrough = {
  id: 'retry-domain-transfer',
  start: { screen: 'dashboard' },
  steps: [
    logIn,
    step(click('products-menu', { or: [{ on: on('sidebar-domains'), skipTo: 3 }] })),
    step(click('product-domains')),
    step(click('failed-transfer-domain')),
    // The instructions in red end with the retry button: following them means pressing it.
    step(click('retry-transfer')),
  ],
  changesAccount: true,
  async facts(api, t) {
    const domain = await api.getDomain(failedDomain);
    return [{ label: t('walkthrough.fact.transfer', { domain: failedDomain }), value: t(domainStatusKey(domain)) }];
  },
};
