import { http } from 'msw';
import {
  CustomizationSchema,
  type LeaveRefusal,
  type Organization,
  OrganizationListSchema,
  SwitchOrganizationInputSchema,
} from '../../src/api/index.ts';
import type { DemoState, OrganizationRecord } from '../db/index.ts';
import { fail, type HandlerFactory, notFound, readBody, respond, url } from './respond.ts';

function listOf(state: DemoState) {
  return {
    currentOrganizationId: state.currentOrganizationId,
    organizations: state.organizations.map(
      ({ id, name, role, memberCount, isLastOwner, isKSuiteMember, loginInMailService }): Organization => ({
        id,
        name,
        role,
        memberCount,
        isLastOwner,
        isKSuiteMember,
        loginInMailService,
      }),
    ),
  };
}

/** Why the user may not leave this organization on their own (empty: they may). */
export function leaveRefusals(organization: Organization): LeaveRefusal[] {
  const reasons: LeaveRefusal[] = [];
  if (organization.isKSuiteMember) reasons.push('ksuite-member');
  if (organization.loginInMailService) reasons.push('mail-service-login');
  if (organization.isLastOwner) reasons.push('last-owner');
  return reasons;
}

/** Only a legal representative or an administrator may change how an organization looks. */
export const mayCustomize = (organization: Organization) => organization.role !== 'collaborator';

const find = (state: DemoState, id: string | readonly string[] | undefined): OrganizationRecord | undefined =>
  state.organizations.find((organization) => organization.id === id);

/** Organizations: list, switch, leave, customization. */
export const organizationHandlers: HandlerFactory = (context) => [
  http.get(url(context, 'organizations'), () => respond(OrganizationListSchema, listOf(context.db.read()))),

  http.put(url(context, 'currentOrganization'), async ({ request }) => {
    const body = await readBody(request, SwitchOrganizationInputSchema);
    if (body.response) return body.response;
    if (!find(context.db.read(), body.data.organizationId)) {
      return fail(400, { code: 'invalid-input', fieldErrors: { organizationId: 'unknown-organization' } });
    }
    const state = context.db.update((draft) => {
      draft.currentOrganizationId = body.data.organizationId;
      return draft;
    });
    return respond(OrganizationListSchema, listOf(state));
  }),

  http.delete(url(context, 'membership'), ({ params }) => {
    const organization = find(context.db.read(), params.organizationId);
    if (!organization) return notFound();
    const reasons = leaveRefusals(organization);
    if (reasons.length > 0) {
      return fail(409, { code: 'leave-refused', reasons, organizationName: organization.name });
    }
    const state = context.db.update((draft) => {
      draft.organizations = draft.organizations.filter((candidate) => candidate.id !== organization.id);
      if (draft.currentOrganizationId === organization.id) {
        draft.currentOrganizationId = draft.organizations[0]?.id ?? '';
      }
      return draft;
    });
    return respond(OrganizationListSchema, listOf(state));
  }),

  http.get(url(context, 'customization'), ({ params }) => {
    const organization = find(context.db.read(), params.organizationId);
    if (!organization) return notFound();
    return respond(CustomizationSchema, organization.customization);
  }),

  http.put(url(context, 'customization'), async ({ params, request }) => {
    const organization = find(context.db.read(), params.organizationId);
    if (!organization) return notFound();
    if (!mayCustomize(organization)) {
      return fail(403, { code: 'customization-not-allowed', organizationName: organization.name });
    }
    const body = await readBody(request, CustomizationSchema);
    if (body.response) return body.response;
    const customization = context.db.update((draft) => {
      const target = find(draft, organization.id) as OrganizationRecord;
      target.customization = body.data;
      return target.customization;
    });
    return respond(CustomizationSchema, customization);
  }),
];
