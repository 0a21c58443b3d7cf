import type { Kysely } from 'kysely';
import type { Database, FeedbackRow, GuideFeedbackRow } from './schema.ts';

export interface ExportFilter {
  service?: string;
  guide?: string;
  /** ISO time: only what arrived at or after it. */
  since?: string;
}

const pageSize = 1000;

/**
 * Every feedback row matching the filter, oldest first, read a page at a time so an export of
 * a million rows never holds them all in memory.
 */
export async function* feedbackRows(db: Kysely<Database>, filter: ExportFilter): AsyncGenerator<FeedbackRow> {
  let after = 0;
  for (;;) {
    let query = db.selectFrom('feedback').selectAll().where('id', '>', after);
    if (filter.service) query = query.where('service', '=', filter.service);
    if (filter.since) query = query.where('received_at', '>=', filter.since);
    const page = await query.orderBy('id').limit(pageSize).execute();
    yield* page;
    if (page.length < pageSize) return;
    after = Number(page.at(-1)?.id);
  }
}

export async function* guideAnswerRows(db: Kysely<Database>, filter: ExportFilter): AsyncGenerator<GuideFeedbackRow> {
  let after = 0;
  for (;;) {
    let query = db.selectFrom('guide_feedback').selectAll().where('id', '>', after);
    if (filter.guide) query = query.where('guide', '=', filter.guide);
    if (filter.since) query = query.where('received_at', '>=', filter.since);
    const page = await query.orderBy('id').limit(pageSize).execute();
    yield* page;
    if (page.length < pageSize) return;
    after = Number(page.at(-1)?.id);
  }
}
