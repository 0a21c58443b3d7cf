import type { FeedbackInput, GuideFeedbackInput } from '../../src/api/feedback.ts';
import { defaultStorage, type KeyValueStorage } from './storage.ts';

/**
 * Where the browser keeps what the mock feedback service received. Separate from the demo account
 * (`help-center:sandbox:v1`): resetting the sandbox or changing its state never touches feedback.
 */
export const feedbackInboxKey = 'help-center:feedback-inbox:v1';

export interface Received<Feedback> {
  reference: string;
  receivedAt: string;
  idempotencyKey: string;
  feedback: Feedback;
}

interface InboxState {
  version: 1;
  feedback: Received<FeedbackInput>[];
  guideFeedback: Received<GuideFeedbackInput>[];
  /** When recent submissions arrived (ms), for the rate limit. */
  recentPosts: number[];
}

export type InboxBox = 'feedback' | 'guideFeedback';

/** How many new submissions a device may send per window before the service answers 429. */
export const rateLimit = { max: 8, windowMs: 60_000 } as const;

/** The mock feedback service's storage: submissions by idempotency key, and a rate limit. */
export interface FeedbackInbox {
  list<Box extends InboxBox>(box: Box): InboxState[Box];
  /** The submission already stored under this key, if any. */
  find(box: InboxBox, idempotencyKey: string): Received<unknown> | undefined;
  /** Stores a new submission and returns it with its reference. */
  add<Box extends InboxBox>(
    box: Box,
    idempotencyKey: string,
    feedback: InboxState[Box][number]['feedback'],
  ): Received<unknown>;
  /** Seconds to wait before another submission is accepted (0: accepted now); counts it when accepted. */
  admit(): number;
}

/** Creates the inbox over a storage (localStorage in the browser, memory in Node). */
export function createFeedbackInbox(
  storage: KeyValueStorage = defaultStorage(),
  now: () => number = () => Date.now(),
  random: () => number = Math.random,
): FeedbackInbox {
  let state = load();

  function load(): InboxState {
    try {
      const saved = JSON.parse(storage.getItem(feedbackInboxKey) ?? 'null') as InboxState | null;
      if (saved?.version === 1) return saved;
    } catch {
      // Unreadable: start empty.
    }
    return { version: 1, feedback: [], guideFeedback: [], recentPosts: [] };
  }

  function save(): void {
    try {
      storage.setItem(feedbackInboxKey, JSON.stringify(state));
    } catch {
      // Quota or privacy mode: keep the state for this visit.
    }
  }

  // Another tab may have stored something since: always read the latest saved state first.
  const refresh = () => {
    state = load();
  };

  function reference(prefix: string): string {
    const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    let code = '';
    for (let index = 0; index < 6; index++) code += alphabet[Math.floor(random() * alphabet.length)];
    return `${prefix}-${code}`;
  }

  return {
    list(box) {
      refresh();
      return state[box];
    },
    find(box, idempotencyKey) {
      refresh();
      return (state[box] as Received<unknown>[]).find((entry) => entry.idempotencyKey === idempotencyKey);
    },
    add(box, idempotencyKey, feedback) {
      refresh();
      const entry = {
        reference: reference(box === 'feedback' ? 'FB' : 'GF'),
        receivedAt: new Date(now()).toISOString(),
        idempotencyKey,
        feedback,
      };
      (state[box] as Received<unknown>[]).push(entry);
      save();
      return entry;
    },
    admit() {
      refresh();
      const at = now();
      state.recentPosts = state.recentPosts.filter((time) => at - time < rateLimit.windowMs);
      if (state.recentPosts.length >= rateLimit.max) {
        const oldest = state.recentPosts[0] ?? at;
        return Math.max(1, Math.ceil((oldest + rateLimit.windowMs - at) / 1000));
      }
      state.recentPosts.push(at);
      save();
      return 0;
    },
  };
}
