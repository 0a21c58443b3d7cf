/**
 * Every table of the feedback service and the type of each column, as the queries see them.
 * Times are ISO-8601 UTC strings (`2026-12-03T10:20:00.000Z`) in both engines: they sort and
 * compare as text, so one query works on SQLite and PostgreSQL. Flags are integers 0/1 for the
 * same reason (SQLite has no boolean).
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface FeedbackTable {
  id: Generated<number>;
  reference: string;
  idempotency_key: string;
  /** SHA-256 of the validated body: the same key with another body is refused (409). */
  body_hash: string;
  service: string;
  kind: string;
  subject: string;
  message: string;
  /** Only when the reader agreed to be answered there. */
  email: string | null;
  locale: string | null;
  received_at: string;
  status: string;
  assignee_id: number | null;
}

export interface GuideFeedbackTable {
  id: Generated<number>;
  reference: string;
  idempotency_key: string;
  body_hash: string;
  guide: string;
  locale: string;
  helpful: number;
  reason: string | null;
  comment: string | null;
  /** The walkthrough step the question was asked from, if any. */
  step: number | null;
  received_at: string;
}

/** Fixed windows of submissions per client (a keyed hash, never an address). */
export interface RateLimitTable {
  bucket: string;
  window_start: number;
  hits: number;
}

/** Spam challenges already used, so one solved challenge sends one submission. */
export interface SpamChallengeTable {
  signature: string;
  idempotency_key: string;
  /** The table of the submission it was spent on (`feedback`, `guide_feedback`). */
  spent_on: Generated<string>;
  expires_at: string;
}

/** Secrets every instance must share (the spam challenge's key, the client hash's key). */
export interface ServiceSecretTable {
  name: string;
  value: string;
  created_at: string;
}

/** A person of the company who reads feedback in the inbox. */
export interface StaffTable {
  id: Generated<number>;
  email: string;
  /** scrypt, with its parameters and salt: see src/server/staff/passwords.ts. */
  password_hash: string;
  role: 'admin' | 'team';
  /** Comma-separated service ids (empty for an admin, who reads every service). */
  services: string;
  /** 1 when they read the answers to "Was this guide helpful?" (writers). */
  guides: number;
  created_at: string;
}

export interface StaffSessionTable {
  token_hash: string;
  staff_id: number;
  created_at: string;
  last_seen_at: string;
}

export interface FeedbackNoteTable {
  id: Generated<number>;
  feedback_id: number;
  author_email: string | null;
  body: string;
  created_at: string;
}

/** Every change a person made to a piece of feedback: who, when, what. */
export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  staff_email: string | null;
  action: 'status' | 'assign' | 'note';
  feedback_id: number;
  from_value: string | null;
  to_value: string | null;
}

/** An event as a page reported it, until it is folded into the daily counts and forgotten. */
export interface InsightEventTable {
  id: Generated<number>;
  day: string;
  /** view, search, wt-start, wt-step, wt-wrong, wt-hint, wt-finish, wt-abandon, wt-refusal */
  kind: string;
  locale: string;
  guide: string;
  walkthrough: string;
  step: number;
  key: string;
  results: number | null;
  opened: number | null;
  folded: number;
}

/** How many events of a kind, per day and what they are about. */
export interface InsightDailyTable {
  kind: string;
  locale: string;
  day: string;
  guide: string;
  walkthrough: string;
  step: number;
  key: string;
  count: number;
}

/** The daily counts summed over a period of days up to today (7, 30 or 90). */
export interface InsightPeriodTable extends Omit<InsightDailyTable, 'day'> {
  period: number;
}

export interface InsightWindowTable {
  period: number;
  last_day: string;
}

export interface Database {
  feedback: FeedbackTable;
  insight_event: InsightEventTable;
  insight_daily: InsightDailyTable;
  insight_period: InsightPeriodTable;
  insight_window: InsightWindowTable;
  staff: StaffTable;
  staff_session: StaffSessionTable;
  feedback_note: FeedbackNoteTable;
  audit_event: AuditEventTable;
  guide_feedback: GuideFeedbackTable;
  rate_limit: RateLimitTable;
  spam_challenge: SpamChallengeTable;
  service_secret: ServiceSecretTable;
}

export type FeedbackRow = Selectable<FeedbackTable>;
export type StaffRow = Selectable<StaffTable>;
export type NewFeedbackRow = Insertable<FeedbackTable>;
export type GuideFeedbackRow = Selectable<GuideFeedbackTable>;
export type NewGuideFeedbackRow = Insertable<GuideFeedbackTable>;
