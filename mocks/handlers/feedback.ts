import { delay, type HttpHandler, HttpResponse, http } from 'msw';
import {
  FeedbackInputSchema,
  FeedbackReceiptSchema,
  GuideFeedbackInputSchema,
  IdempotencyKeySchema,
  idempotencyHeader,
  ReceivedFeedbackListSchema,
  ReceivedGuideFeedbackListSchema,
} from '../../src/api/feedback.ts';
import { createFeedbackInbox, type FeedbackInbox, type InboxBox, type Received } from '../db/feedback-inbox.ts';
import { fail, type HandlerFactory, readBody, respond, url } from './respond.ts';

/** Ways the next feedback submissions fail on purpose, so a reader (or a test) can watch the outbox retry. */
export const feedbackFaults = ['server-error', 'offline', 'rate-limited', 'timeout'] as const;
export type FeedbackFault = (typeof feedbackFaults)[number];

/** Seconds a rate-limited feedback answer asks to wait when the fault is planned. */
export const plannedRetryAfterSeconds = 3;

/**
 * `?feedback-failures=server-error,offline`: the first submissions fail that way, in that order,
 * then the service works. Unlike `?scenario=` it leaves `GET feedback` working, so delivery can be counted.
 */
export function feedbackFaultsFromSearch(search: string): FeedbackFault[] {
  const value = new URLSearchParams(search).get('feedback-failures') ?? '';
  return value.split(',').filter((fault): fault is FeedbackFault => feedbackFaults.includes(fault as FeedbackFault));
}

export interface FeedbackHandlerOptions {
  inbox?: FeedbackInbox;
  faults?: FeedbackFault[];
}

function faultResponse(fault: FeedbackFault): Promise<Response> | Response {
  switch (fault) {
    case 'server-error':
      return fail(500, { code: 'server-error' });
    case 'offline':
      return HttpResponse.error();
    case 'rate-limited':
      return fail(
        429,
        { code: 'rate-limited', retryAfterSeconds: plannedRetryAfterSeconds },
        { headers: { 'Retry-After': String(plannedRetryAfterSeconds) } },
      );
    case 'timeout':
      // Longer than the client waits: the answer never arrives in time.
      return delay(60_000).then(() => fail(504, { code: 'server-error' }));
  }
}

const receipt = (entry: Received<unknown>, duplicate: boolean) =>
  respond(
    FeedbackReceiptSchema,
    { reference: entry.reference, receivedAt: entry.receivedAt, duplicate },
    { status: duplicate ? 200 : 201 },
  );

/**
 * One submission endpoint: a key seen before gets its first receipt back (a retry never stores a
 * second copy), then the body is validated, then the rate limit applies.
 */
function acceptSubmissions(
  box: InboxBox,
  schema: typeof FeedbackInputSchema | typeof GuideFeedbackInputSchema,
  inbox: FeedbackInbox,
  faults: FeedbackFault[],
) {
  return async ({ request }: { request: Request }) => {
    const fault = faults.shift();
    if (fault) return faultResponse(fault);
    const key = IdempotencyKeySchema.safeParse(request.headers.get(idempotencyHeader));
    if (!key.success) return fail(400, { code: 'invalid-input', fieldErrors: { idempotencyKey: 'required' } });
    const known = inbox.find(box, key.data);
    if (known) return receipt(known, true);
    const body = await readBody(request, schema);
    if (body.response) return body.response;
    const wait = inbox.admit();
    if (wait > 0) {
      return fail(429, { code: 'rate-limited', retryAfterSeconds: wait }, { headers: { 'Retry-After': String(wait) } });
    }
    // The honeypot was filled: a bot. Answer like a success so it learns nothing, and keep nothing.
    if ('website' in body.data && body.data.website) {
      return receipt(
        { reference: 'FB-000000', receivedAt: new Date().toISOString(), idempotencyKey: key.data, feedback: null },
        false,
      );
    }
    return receipt(inbox.add(box, key.data, body.data as never), false);
  };
}

/** Builds the feedback service's handlers; the default one keeps its inbox in localStorage. */
export function createFeedbackHandlers(options: FeedbackHandlerOptions = {}): HandlerFactory {
  return (context): HttpHandler[] => {
    const inbox = options.inbox ?? createFeedbackInbox();
    const faults = [...(options.faults ?? feedbackFaultsFromSearch(globalThis.location?.search ?? ''))];
    return [
      http.get(url(context, 'feedback'), () =>
        respond(ReceivedFeedbackListSchema, { received: inbox.list('feedback') }),
      ),
      http.post(url(context, 'feedback'), acceptSubmissions('feedback', FeedbackInputSchema, inbox, faults)),
      http.get(url(context, 'guideFeedback'), () =>
        respond(ReceivedGuideFeedbackListSchema, { received: inbox.list('guideFeedback') }),
      ),
      http.post(
        url(context, 'guideFeedback'),
        acceptSubmissions('guideFeedback', GuideFeedbackInputSchema, inbox, faults),
      ),
    ];
  };
}

/** The feedback service of the sandbox: per service feedback and "Was this guide helpful?". */
export const feedbackHandlers: HandlerFactory = createFeedbackHandlers();
