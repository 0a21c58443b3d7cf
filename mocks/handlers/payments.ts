import { http } from 'msw';
import {
  cardBrand,
  type PaymentProfile,
  PaymentProfileInputSchema,
  PaymentProfileListSchema,
  PaymentProfileSchema,
} from '../../src/api/index.ts';
import type { OrganizationRecord } from '../db/index.ts';
import { type HandlerContext, type HandlerFactory, notFound, readBody, respond, url } from './respond.ts';

function profilesOf(context: HandlerContext, state = context.db.read()) {
  return state.organizations.find((organization) => organization.id === state.currentOrganizationId)
    ?.paymentProfiles as PaymentProfile[];
}

/** Saves a card as a profile: only the brand and last four digits are kept. */
function toProfile(id: string, input: import('../../src/api/index.ts').PaymentProfileInput): PaymentProfile {
  const card = PaymentProfileInputSchema.parse(input);
  return {
    id,
    label: card.label,
    holder: card.holder,
    brand: cardBrand(card.cardNumber),
    last4: card.cardNumber.slice(-4),
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear,
    isDefault: card.isDefault ?? false,
  };
}

/** Only one profile is the default: making one the default unmarks the others. */
function place(organization: OrganizationRecord, profile: PaymentProfile) {
  if (profile.isDefault) for (const other of organization.paymentProfiles) other.isDefault = false;
  const index = organization.paymentProfiles.findIndex((candidate) => candidate.id === profile.id);
  if (index === -1) organization.paymentProfiles.push(profile);
  else organization.paymentProfiles[index] = profile;
  if (!organization.paymentProfiles.some((candidate) => candidate.isDefault)) profile.isDefault = true;
}

/** Payment profiles of the current organization: list, add, update (with card validation). */
export const paymentHandlers: HandlerFactory = (context) => [
  http.get(url(context, 'paymentProfiles'), () =>
    respond(PaymentProfileListSchema, { paymentProfiles: profilesOf(context) }),
  ),

  http.post(url(context, 'paymentProfiles'), async ({ request }) => {
    const body = await readBody(request, PaymentProfileInputSchema);
    if (body.response) return body.response;
    const profile = context.db.update((state) => {
      const organization = state.organizations.find((candidate) => candidate.id === state.currentOrganizationId);
      if (!organization) throw new Error('no current organization');
      const created = toProfile(`pay-${Date.now().toString(36)}-${organization.paymentProfiles.length}`, body.data);
      place(organization, created);
      return created;
    });
    return respond(PaymentProfileSchema, profile, { status: 201 });
  }),

  http.put(url(context, 'paymentProfile'), async ({ params, request }) => {
    if (!profilesOf(context).some((candidate) => candidate.id === params.profileId)) return notFound();
    const body = await readBody(request, PaymentProfileInputSchema);
    if (body.response) return body.response;
    const profile = context.db.update((state) => {
      const organization = state.organizations.find((candidate) => candidate.id === state.currentOrganizationId);
      if (!organization) throw new Error('no current organization');
      const updated = toProfile(String(params.profileId), body.data);
      place(organization, updated);
      return updated;
    });
    return respond(PaymentProfileSchema, profile);
  }),
];
