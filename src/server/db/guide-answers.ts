import type { Kysely } from 'kysely';
import type { GuideAnswerFilter, GuideAnswers } from '../../api/staff.ts';
import { guideFeedbackReasons } from '../../api/feedback.ts';
import type { Database } from './schema.ts';

function filtered(db: Kysely<Database>, filter: GuideAnswerFilter) {
  let query = db.selectFrom('guide_feedback');
  if (filter.guide) query = query.where('guide', '=', filter.guide);
  if (filter.locale) query = query.where('locale', '=', filter.locale);
  if (filter.from) query = query.where('received_at', '>=', `${filter.from}T00:00:00.000Z`);
  if (filter.to)
    query = query.where(
      'received_at',
      '<',
      new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000).toISOString(),
    );
  return query;
}

/** Per guide and locale: answers, helpful ones, the reasons; then the comments, newest first. */
export async function guideAnswers(db: Kysely<Database>, filter: GuideAnswerFilter): Promise<GuideAnswers> {
  const rows = await filtered(db, filter)
    .select(['guide', 'locale', 'helpful', 'reason', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['guide', 'locale', 'helpful', 'reason'])
    .execute();
  const summary = new Map<string, GuideAnswers['summary'][number]>();
  for (const row of rows) {
    const id = `${row.guide}|${row.locale}`;
    const entry = summary.get(id) ?? {
      guide: row.guide,
      locale: row.locale,
      answers: 0,
      helpful: 0,
      reasons: Object.fromEntries(guideFeedbackReasons.map((reason) => [reason, 0])) as Record<string, number>,
    };
    const count = Number(row.count);
    entry.answers += count;
    if (row.helpful) entry.helpful += count;
    else if (row.reason && row.reason in entry.reasons)
      entry.reasons[row.reason as keyof typeof entry.reasons] += count;
    summary.set(id, entry);
  }
  const comments = await filtered(db, filter)
    .select(['reference', 'received_at', 'guide', 'locale', 'helpful', 'reason', 'comment', 'step'])
    .where((eb) => eb.or([eb('comment', 'is not', null), eb('helpful', '=', 0)]))
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return {
    summary: [...summary.values()].sort((a, b) => b.answers - a.answers || a.guide.localeCompare(b.guide)),
    comments: comments.map((row) => ({
      reference: row.reference,
      receivedAt: row.received_at,
      guide: row.guide,
      locale: row.locale,
      helpful: row.helpful === 1,
      reason: row.reason,
      comment: row.comment,
      step: row.step,
    })),
  };
}

export function guideAnswerRowsMatching(db: Kysely<Database>, filter: GuideAnswerFilter) {
  return filtered(db, filter).selectAll().orderBy('id').execute();
}
