import { http } from 'msw';
import { DomainListSchema, DomainSchema, TransferRetrySchema } from '../../src/api/index.ts';
import { fail, type HandlerFactory, notFound, respond, url } from './respond.ts';

/** Domains of the current organization, and retrying a failed transfer without paying again. */
export const domainHandlers: HandlerFactory = (context) => {
  const findDomain = (name: unknown) => context.db.currentOrganization().domains.find((domain) => domain.name === name);
  return [
    http.get(url(context, 'domains'), () =>
      respond(DomainListSchema, { domains: context.db.currentOrganization().domains }),
    ),

    http.get(url(context, 'domain'), ({ params }) => {
      const domain = findDomain(params.domainName);
      return domain ? respond(DomainSchema, domain) : notFound();
    }),

    http.post(url(context, 'retryTransfer'), ({ params }) => {
      const domain = findDomain(params.domainName);
      if (!domain) return notFound();
      if (domain.transfer?.status !== 'failed') return fail(409, { code: 'transfer-not-failed' });
      const updated = context.db.update((state) => {
        const target = state.organizations
          .find((organization) => organization.id === state.currentOrganizationId)
          ?.domains.find((candidate) => candidate.name === domain.name);
        if (!target?.transfer) throw new Error('domain vanished');
        // The fee paid for the first attempt covers the retry: nothing is charged.
        target.transfer = {
          ...target.transfer,
          status: 'pending',
          failureReason: null,
          attempts: target.transfer.attempts + 1,
        };
        return target;
      });
      return respond(TransferRetrySchema, { domain: updated, amountCharged: 0 });
    }),
  ];
};
