import { http } from 'msw';
import { KSuiteInputSchema, KSuiteListSchema, KSuiteSchema, kSuitePlanMaxUsers } from '../../src/api/index.ts';
import { fail, type HandlerFactory, notFound, readBody, respond, url } from './respond.ts';

/** The kSuites of the current organization, and modifying one's subscription. */
export const kSuiteHandlers: HandlerFactory = (context) => [
  http.get(url(context, 'ksuites'), () =>
    respond(KSuiteListSchema, { ksuites: context.db.currentOrganization().ksuites }),
  ),

  http.put(url(context, 'ksuite'), async ({ params, request }) => {
    const organization = context.db.currentOrganization();
    const ksuite = organization.ksuites.find((candidate) => candidate.id === params.ksuiteId);
    if (!ksuite) return notFound();
    if (organization.role === 'collaborator') {
      return fail(403, { code: 'not-allowed', organizationName: organization.name });
    }
    const body = await readBody(request, KSuiteInputSchema);
    if (body.response) return body.response;
    const { plan, users, storageGb } = body.data;
    const errors: Record<string, string> = {};
    if (users > kSuitePlanMaxUsers[plan]) errors.users = 'too-many-users-for-plan';
    else if (users < ksuite.usersInUse) errors.users = 'fewer-than-in-use';
    if (storageGb < ksuite.storageUsedGb) errors.storageGb = 'less-than-used';
    if (Object.keys(errors).length > 0) return fail(400, { code: 'invalid-input', fieldErrors: errors });
    const updated = context.db.update((state) => {
      const target = state.organizations
        .find((candidate) => candidate.id === organization.id)
        ?.ksuites.find((candidate) => candidate.id === ksuite.id);
      if (!target) throw new Error('kSuite vanished');
      Object.assign(target, { plan, users, storageGb });
      return target;
    });
    return respond(KSuiteSchema, updated);
  }),
];
