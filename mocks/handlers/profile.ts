import { http } from 'msw';
import {
  NewsletterInputSchema,
  NewsletterSubscriptionsSchema,
  newsletterThemeIds,
  type Profile,
  ProfileSchema,
  RecoveryEmailInputSchema,
} from '../../src/api/index.ts';
import type { DemoState } from '../db/index.ts';
import { fail, type HandlerFactory, readBody, respond, url } from './respond.ts';

function profileOf(user: DemoState['user']): Profile {
  return {
    firstName: user.firstName,
    lastName: user.lastName,
    initials: `${user.firstName[0] ?? ''}${user.lastName[0] ?? ''}`.toUpperCase(),
    avatarUrl: null,
    loginEmail: user.loginEmail,
    recoveryEmail: user.recoveryEmail,
  };
}

function subscriptionsOf(state: DemoState) {
  return { themes: newsletterThemeIds.map((id) => ({ id, subscribed: state.newsletter.includes(id) })) };
}

/** Profile, recovery email and newsletter themes. */
export const profileHandlers: HandlerFactory = (context) => [
  http.get(url(context, 'profile'), () => respond(ProfileSchema, profileOf(context.db.read().user))),

  http.put(url(context, 'recoveryEmail'), async ({ request }) => {
    const body = await readBody(request, RecoveryEmailInputSchema);
    if (body.response) return body.response;
    const recoveryEmail = body.data.recoveryEmail.trim().toLowerCase();
    // A recovery address only helps if it is not the address you may have lost access to.
    if (recoveryEmail === context.db.read().user.loginEmail) {
      return fail(400, { code: 'invalid-input', fieldErrors: { recoveryEmail: 'same-as-login' } });
    }
    const user = context.db.update((state) => {
      state.user.recoveryEmail = recoveryEmail;
      return state.user;
    });
    return respond(ProfileSchema, profileOf(user));
  }),

  http.get(url(context, 'newsletter'), () =>
    respond(NewsletterSubscriptionsSchema, subscriptionsOf(context.db.read())),
  ),

  http.put(url(context, 'newsletter'), async ({ request }) => {
    const body = await readBody(request, NewsletterInputSchema);
    if (body.response) return body.response;
    const state = context.db.update((draft) => {
      draft.newsletter = [...new Set(body.data.subscribed)];
      return draft;
    });
    return respond(NewsletterSubscriptionsSchema, subscriptionsOf(state));
  }),
];
