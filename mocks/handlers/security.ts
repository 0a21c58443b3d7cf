import { http } from 'msw';
import {
  ActivityFilterSchema,
  ActivityListSchema,
  SecuritySettingsSchema,
  SessionListSchema,
} from '../../src/api/index.ts';
import { fail, fieldErrors, type HandlerFactory, notFound, readBody, respond, url } from './respond.ts';

/** Sessions (devices), security settings and the activity log. */
export const securityHandlers: HandlerFactory = (context) => [
  http.get(url(context, 'sessions'), () => respond(SessionListSchema, { sessions: context.db.read().sessions })),

  http.delete(url(context, 'session'), ({ params }) => {
    const session = context.db.read().sessions.find((candidate) => candidate.id === params.sessionId);
    if (!session) return notFound();
    // Ending the session you are using is logging out, not what this list is for.
    if (session.isCurrent) return fail(409, { code: 'current-session' });
    const sessions = context.db.update((state) => {
      state.sessions = state.sessions.filter((candidate) => candidate.id !== session.id);
      return state.sessions;
    });
    return respond(SessionListSchema, { sessions });
  }),

  http.get(url(context, 'securitySettings'), () => respond(SecuritySettingsSchema, context.db.read().securitySettings)),

  http.put(url(context, 'securitySettings'), async ({ request }) => {
    const body = await readBody(request, SecuritySettingsSchema);
    if (body.response) return body.response;
    const settings = context.db.update((state) => {
      state.securitySettings = body.data;
      return state.securitySettings;
    });
    return respond(SecuritySettingsSchema, settings);
  }),

  http.get(url(context, 'activities'), ({ request }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const filter = ActivityFilterSchema.safeParse(query);
    if (!filter.success) return fail(400, { code: 'invalid-input', fieldErrors: fieldErrors(filter.error) });
    const { from, to, product, action } = filter.data;
    const entries = context.db.read().activities.filter((entry) => {
      const date = entry.at.slice(0, 10);
      return (
        (!from || date >= from) &&
        (!to || date <= to) &&
        (!product || entry.product === product) &&
        (!action || entry.action === action)
      );
    });
    return respond(ActivityListSchema, { entries });
  }),
];
