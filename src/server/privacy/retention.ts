import type { Kysely } from 'kysely';
import { deleteWindowsBefore } from '../db/rate-limit.ts';
import type { Database } from '../db/schema.ts';
import { deleteOldInsights } from '../db/insight-events.ts';
import { deleteStaleSessions } from '../db/sessions.ts';
import { deleteExpiredChallenges } from '../db/spam-challenges.ts';
import { deleteReceivedBefore } from '../db/submissions.ts';

const dayMs = 86_400_000;

export interface Swept {
  feedback: number;
  guideAnswers: number;
}

/**
 * Deletes what the service no longer needs: feedback and guide answers older than the retention
 * period (FEEDBACK_RETENTION_DAYS), rate-limit windows older than a day, expired challenges and
 * staff sessions.
 * Safe to run from every instance at once: each delete is idempotent.
 */
export async function sweepExpired(
  db: Kysely<Database>,
  now: Date,
  retentionDays: number,
  sessions: { idleMinutes: number; maxHours: number },
  insights: { rawDays: number; keepDays: number },
): Promise<Swept> {
  const before = new Date(now.getTime() - retentionDays * dayMs).toISOString();
  const feedback = await deleteReceivedBefore(db, 'feedback', before);
  const guideAnswers = await deleteReceivedBefore(db, 'guide_feedback', before);
  await deleteWindowsBefore(db, Math.floor((now.getTime() - dayMs) / 1000));
  await deleteExpiredChallenges(db, now.toISOString());
  await deleteOldInsights(
    db,
    new Date(now.getTime() - insights.rawDays * dayMs).toISOString().slice(0, 10),
    new Date(now.getTime() - insights.keepDays * dayMs).toISOString().slice(0, 10),
  );
  await deleteStaleSessions(
    db,
    new Date(now.getTime() - sessions.idleMinutes * 60_000).toISOString(),
    new Date(now.getTime() - sessions.maxHours * 3_600_000).toISOString(),
  );
  return { feedback, guideAnswers };
}
