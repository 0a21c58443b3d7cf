import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  FeedbackInputSchema,
  GuideFeedbackInputSchema,
  IdempotencyKeySchema,
  idempotencyHeader,
} from '../../api/feedback.ts';
import { routes } from '../../api/routes.ts';
import { spamCheckHeader } from '../../api/spam-check.ts';
import type { SubmissionTable } from '../db/submissions.ts';
import { readJson } from '../http/json-body.ts';
import { fail, fieldErrors } from '../http/respond.ts';
import type { SpamCheck } from '../spam/spam-check.ts';
import type { RateLimit, StoreSubmission } from './store.ts';
import { bodyHash, feedbackFields, guideAnswerFields, newReference } from './submission.ts';

/** A planned failure of a submission; only the test entry point (tests/e2e/service.ts) plans them. */
export type Fault = 'server-error' | 'unavailable' | 'rate-limited';
export interface FaultSwitch {
  /** The failure planned for a submission with this body, if any (tests run in parallel). */
  next(body: string): Fault | undefined;
}

export interface FeedbackRouteDeps {
  store: StoreSubmission;
  spamCheck: SpamCheck;
  /** The keyed hash of the client that sent a request (never its address). */
  client: (context: Context) => string;
  now: () => Date;
  rateLimit: RateLimit;
  maxBodyBytes: number;
  faults?: FaultSwitch;
}

type Variables = { logFields: Record<string, string> };

/** One kind of submission: its table, its schema and how it becomes a row. */
const endpoints = {
  feedback: { table: 'feedback', schema: FeedbackInputSchema, fields: feedbackFields, prefix: 'FB' },
  guide_feedback: {
    table: 'guide_feedback',
    schema: GuideFeedbackInputSchema,
    fields: guideAnswerFields,
    prefix: 'GF',
  },
} as const;

/** `POST feedback`, `POST guide-feedback` and the spam challenge they need. */
export function feedbackRoutes(deps: FeedbackRouteDeps): Hono<{ Variables: Variables }> {
  const app = new Hono<{ Variables: Variables }>();
  const limit = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (context) => fail(context, 413, { code: 'payload-too-large' }),
  });

  app.get(`/${routes.feedbackChallenge}`, async (context) => {
    context.header('Cache-Control', 'no-store');
    return context.json(await deps.spamCheck.challenge());
  });
  app.post(`/${routes.feedback}`, limit, (context) => accept(context, 'feedback', deps));
  app.post(`/${routes.guideFeedback}`, limit, (context) => accept(context, 'guide_feedback', deps));
  return app;
}

function planned(context: Context, fault: Fault): Response {
  switch (fault) {
    case 'server-error':
      return fail(context, 500, { code: 'server-error' });
    case 'unavailable':
      return fail(context, 503, { code: 'unavailable' });
    case 'rate-limited':
      return fail(context, 429, { code: 'rate-limited', retryAfterSeconds: 3 }, { 'Retry-After': '3' });
  }
}

async function accept(context: Context<{ Variables: Variables }>, table: SubmissionTable, deps: FeedbackRouteDeps) {
  const endpoint = endpoints[table];
  const key = IdempotencyKeySchema.safeParse(context.req.header(idempotencyHeader));
  if (!key.success) {
    const problem = context.req.header(idempotencyHeader) === undefined ? 'required' : 'invalid';
    return fail(context, 400, { code: 'invalid-input', fieldErrors: { idempotencyKey: problem } });
  }
  const body = await readJson(context, deps.maxBodyBytes);
  if ('response' in body) return body.response;
  const fault = deps.faults?.next(JSON.stringify(body.json));
  if (fault) return planned(context, fault);
  const parsed = endpoint.schema.safeParse(body.json);
  if (!parsed.success) {
    return fail(context, 400, { code: 'invalid-input', fieldErrors: fieldErrors(parsed.error.issues) });
  }
  const now = deps.now();
  // The honeypot was filled: a bot. Answer like a success so it learns nothing, and keep nothing.
  if ('website' in parsed.data && parsed.data.website) {
    context.set('logFields', { outcome: 'honeypot' });
    return context.json(
      { reference: newReference(endpoint.prefix), receivedAt: now.toISOString(), duplicate: false },
      201,
    );
  }
  const spamCheck = await deps.spamCheck.verify(context.req.header(spamCheckHeader));
  if (!spamCheck) return fail(context, 403, { code: 'spam-check-failed' });

  const fields = endpoint.fields(parsed.data as never);
  const result = await deps.store(
    {
      table,
      idempotencyKey: key.data,
      bodyHash: bodyHash(fields),
      fields,
      client: deps.client(context),
      spamCheck,
      answer:
        'guide' in fields
          ? { guide: fields.guide, locale: fields.locale, helpful: fields.helpful === 1, reason: fields.reason ?? null }
          : undefined,
    },
    now,
    deps.rateLimit,
  );
  context.set('logFields', { outcome: result.outcome });
  switch (result.outcome) {
    case 'stored':
    case 'duplicate': {
      const { reference, received_at: receivedAt } = result.submission;
      context.set('logFields', { outcome: result.outcome, reference });
      const duplicate = result.outcome === 'duplicate';
      return context.json({ reference, receivedAt, duplicate }, duplicate ? 200 : 201);
    }
    case 'key-reused':
      return fail(context, 409, { code: 'idempotency-key-reused' });
    case 'rate-limited':
      return fail(
        context,
        429,
        { code: 'rate-limited', retryAfterSeconds: result.retryAfterSeconds },
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    case 'challenge-used':
      return fail(context, 403, { code: 'spam-check-failed' });
  }
}
