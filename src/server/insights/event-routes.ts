import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Kysely } from 'kysely';
import { InsightBatchSchema, normaliseQuery } from '../../api/insights.ts';
import { eventsRoute } from '../../api/insight-values.ts';
import { eventRow, insertEvents } from '../db/insight-events.ts';
import { countHit } from '../db/rate-limit.ts';
import type { Database } from '../db/schema.ts';
import type { RateLimit } from '../feedback/store.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import { type KnownContent, namesKnownContent } from './known-content.ts';

export interface EventRouteDeps {
  db: Kysely<Database>;
  now: () => Date;
  client: (context: Context) => string;
  rateLimit: RateLimit;
  content: KnownContent;
}

const acceptedTypes = ['application/json', 'text/plain'];

/**
 * `POST events`: a batch of anonymous events (sendBeacon sends text/plain). Validated whole:
 * one malformed event and nothing of the batch is stored; a well-formed one naming content that
 * does not exist is dropped alone. A browser asking not to be tracked
 * (Global Privacy Control, Do Not Track) is answered as if stored, and nothing is.
 */
export function eventRoutes(deps: EventRouteDeps) {
  const app = new Hono();
  app.post(
    `/${eventsRoute}`,
    bodyLimit({ maxSize: 16 * 1024, onError: (context) => fail(context, 413, { code: 'payload-too-large' }) }),
    async (context) => {
      if (context.req.header('sec-gpc') === '1' || context.req.header('dnt') === '1') return context.body(null, 204);
      const type = (context.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!acceptedTypes.includes(type)) return fail(context, 415, { code: 'unsupported-media-type' });
      let json: unknown;
      try {
        json = JSON.parse(await context.req.text());
      } catch {
        return fail(context, 400, { code: 'invalid-input', fieldErrors: { body: 'invalid-json' } });
      }
      const batch = InsightBatchSchema.safeParse(json);
      if (!batch.success)
        return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(batch.error.issues) });
      const now = deps.now();
      const day = now.toISOString().slice(0, 10);
      // Dropped, the rest of the batch kept: an event naming a guide, walkthrough or step that does
      // not exist (a page of an older build may still send one), and a query normalised to nothing
      // (empty, or maybe an email or a phone number).
      const rows = batch.data.events.flatMap((event) => {
        if (!namesKnownContent(deps.content, event)) return [];
        if (event.type !== 'search') return [eventRow(event, day)];
        const query = normaliseQuery(event.query);
        return query ? [eventRow({ ...event, query }, day)] : [];
      });
      const windowStart =
        Math.floor(now.getTime() / 1000 / deps.rateLimit.windowSeconds) * deps.rateLimit.windowSeconds;
      const limited = await deps.db.transaction().execute(async (trx) => {
        if ((await countHit(trx, `events:${deps.client(context)}`, windowStart)) > deps.rateLimit.max) return true;
        if (rows.length > 0) await insertEvents(trx, rows);
        return false;
      });
      if (limited) {
        const retryAfterSeconds = Math.max(
          1,
          Math.ceil(windowStart + deps.rateLimit.windowSeconds - now.getTime() / 1000),
        );
        return fail(
          context,
          429,
          { code: 'rate-limited', retryAfterSeconds },
          { 'Retry-After': String(retryAfterSeconds) },
        );
      }
      return context.body(null, 204);
    },
  );
  return app;
}
