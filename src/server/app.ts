import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { sql, type Kysely } from 'kysely';
import { idempotencyHeader } from '../api/feedback.ts';
import { routes } from '../api/routes.ts';
import type { Health } from '../api/service-errors.ts';
import { spamCheckHeader } from '../api/spam-check.ts';
import type { ServiceConfig } from './config.ts';
import type { Database } from './db/schema.ts';
import { type FaultSwitch, feedbackRoutes } from './feedback/routes.ts';
import { submissionStore } from './feedback/store.ts';
import { clientAddress } from './http/client-address.ts';
import { originCheck } from './http/origin-check.ts';
import { requestLog } from './http/request-log.ts';
import { fail } from './http/respond.ts';
import { staticSite } from './http/static-site.ts';
import { staffRoutes } from './staff/routes.ts';
import { eventRoutes } from './insights/event-routes.ts';
import type { KnownContent } from './insights/known-content.ts';
import { eventsRoute } from '../api/insight-values.ts';
import type { Write } from './db/commit-group.ts';
import type { Log } from './log.ts';
import type { SpamCheck } from './spam/spam-check.ts';

export interface AppDeps {
  db: Kysely<Database>;
  /** How a reader's submission is written (OpenDatabase.write). */
  write: Write;
  engine: 'sqlite' | 'postgres';
  config: ServiceConfig;
  spamCheck: SpamCheck;
  /** The keyed, daily-rotating hash of a client address. */
  clientHash: (address: string, now: Date) => string;
  /** Keys the sign-in's per-account failure counter. */
  signInSecret: string;
  /** The guides and walkthroughs that exist: the only ones events may name. */
  content: KnownContent;
  log: Log;
  now?: () => Date;
  /** Test entry point only: plans failures of the next submissions. */
  faults?: FaultSwitch;
}

/**
 * The feedback service as a value: the API under `<base>api/` and, when configured, the built
 * site around it. Tests build it with a real database and call `app.request()`.
 */
export function createApp(deps: AppDeps): Hono {
  const { config, log } = deps;
  const now = deps.now ?? (() => new Date());
  const app = new Hono();
  const api = new Hono();

  api.use(requestId());
  api.use(requestLog(log));
  // No request body may be larger than a feedback message needs; routes may ask for less.
  api.use(
    bodyLimit({
      maxSize: config.maxBodyBytes,
      onError: (context) => fail(context, 413, { code: 'payload-too-large' }),
    }),
  );
  api.use(async (context, next) => {
    await next();
    context.header('Cache-Control', context.res.headers.get('Cache-Control') ?? 'no-store');
    context.header('X-Content-Type-Options', 'nosniff');
    context.header('Referrer-Policy', 'no-referrer');
  });
  // Readers' submissions: other origins may post them (a site on a CDN, with ALLOWED_ORIGINS);
  // the staff routes never share anything with another origin (src/server/staff/session.ts).
  const publicPaths = [`/${routes.feedback}`, `/${routes.feedback}/*`, `/${routes.guideFeedback}`, `/${eventsRoute}`];
  const shared =
    config.allowedOrigins.length > 0
      ? cors({
          origin: config.allowedOrigins,
          allowMethods: ['GET', 'POST'],
          allowHeaders: ['Content-Type', idempotencyHeader, spamCheckHeader],
          exposeHeaders: ['Retry-After'],
          maxAge: 600,
        })
      : undefined;
  for (const path of publicPaths) {
    if (shared) api.use(path, shared);
    api.use(path, originCheck(config.allowedOrigins));
  }

  api.get(`/${routes.health}`, async (context) => {
    try {
      await sql`select 1`.execute(deps.db);
      return context.json({ status: 'ok', database: deps.engine } satisfies Health);
    } catch {
      return context.json({ status: 'unavailable', database: deps.engine } satisfies Health, 503);
    }
  });
  const client = (context: Context) => deps.clientHash(clientAddress(context, config.trustedProxies), now());
  api.route(
    '/staff',
    staffRoutes({
      db: deps.db,
      now,
      client,
      trustedProxies: config.trustedProxies,
      session: config.staffSession,
      signIn: config.signIn,
      secret: deps.signInSecret,
    }),
  );
  api.route('/', eventRoutes({ db: deps.db, now, client, rateLimit: config.events.rateLimit, content: deps.content }));
  api.route(
    '/',
    feedbackRoutes({
      store: submissionStore(deps),
      spamCheck: deps.spamCheck,
      client,
      now,
      rateLimit: config.rateLimit,
      maxBodyBytes: config.maxBodyBytes,
      faults: deps.faults,
    }),
  );
  // Under the API, nothing falls through to the site: an unknown path is the API's own 404.
  api.all('*', (context) => fail(context, 404, { code: 'not-found' }));

  app.route(`${config.basePath}api`, api);
  if (config.siteDir) app.use(staticSite({ root: config.siteDir, basePath: config.basePath }));
  app.onError((error, context) => {
    // The error's name and message only: what a reader sent is never in a log.
    log.error('unhandled error', { path: context.req.path, error: error.name, detail: error.message.slice(0, 200) });
    return fail(context, 500, { code: 'server-error' });
  });
  return app;
}
