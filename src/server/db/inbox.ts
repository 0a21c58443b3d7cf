import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { FeedbackKind } from '../../api/feedback.ts';
import type { FeedbackFilter, FeedbackStatus, FeedbackSummary } from '../../api/staff.ts';
import { isSqlite } from './dialect.ts';
import type { Database } from './schema.ts';

type Eb = ExpressionBuilder<Database, 'feedback'>;

export const pageSize = 50;

/** The words of a search, as the full-text index splits them (letters and digits). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const nextDay = (day: string) => new Date(Date.parse(dayStart(day)) + 86_400_000).toISOString();

/**
 * The conditions of a filter, limited to the services the person may see. `skip` leaves one
 * filter out, for the counts beside it ("how many in each status, with the other filters").
 */
function conditions(
  db: Kysely<Database>,
  eb: Eb,
  filter: FeedbackFilter,
  services: string[],
  skip?: 'status' | 'service',
): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [eb('feedback.service', 'in', services)];
  if (filter.service && skip !== 'service') all.push(eb('feedback.service', '=', filter.service));
  if (filter.status && skip !== 'status') all.push(eb('feedback.status', '=', filter.status));
  if (filter.kind) all.push(eb('feedback.kind', '=', filter.kind));
  if (filter.locale) all.push(eb('feedback.locale', '=', filter.locale));
  if (filter.from) all.push(eb('feedback.received_at', '>=', dayStart(filter.from)));
  if (filter.to) all.push(eb('feedback.received_at', '<', nextDay(filter.to)));
  if (filter.assignee) {
    all.push(
      eb(
        'feedback.assignee_id',
        'in',
        eb.selectFrom('staff').select('staff.id').where('staff.email', '=', filter.assignee),
      ),
    );
  }
  const words = searchWords(filter.q);
  if (words.length > 0) {
    if (isSqlite(db as Kysely<unknown>)) {
      const match = words.map((word) => `"${word}"*`).join(' ');
      all.push(sql<SqlBool>`feedback.id in (select rowid from feedback_text where feedback_text match ${match})`);
    } else {
      const query = words.map((word) => `${word.replaceAll("'", '')}:*`).join(' & ');
      all.push(
        sql<SqlBool>`to_tsvector('simple', feedback.subject || ' ' || feedback.message) @@ to_tsquery('simple', ${query})`,
      );
    }
  }
  return eb.and(all);
}

function preview(message: string): string {
  if (message.length <= 140) return message;
  const cut = message.slice(0, 140);
  const space = cut.lastIndexOf(' ');
  return `${(space > 80 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface Cursor {
  receivedAt: string;
  id: number;
}
const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.receivedAt, cursor.id])).toString('base64url');
/**
 * The cursor of `?cursor=`, as `encodeCursor` wrote it: `undefined` without one, `'invalid'` for
 * anything else (a forged id could overflow the database's integer, a forged time is no time).
 */
export function decodeCursor(value: string | undefined): Cursor | undefined | 'invalid' {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString());
    if (!Array.isArray(parsed) || parsed.length !== 2) return 'invalid';
    const [receivedAt, id] = parsed as [unknown, unknown];
    if (typeof receivedAt !== 'string' || !isTimestamp(receivedAt)) return 'invalid';
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return 'invalid';
    return { receivedAt, id };
  } catch {
    return 'invalid';
  }
}

/** A time exactly as `toISOString()` writes it, the form `received_at` is stored in. */
const isTimestamp = (text: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) && new Date(text).toISOString() === text;

/** One page of the inbox, newest first, with the counts beside the filters. */
export async function feedbackPage(db: Kysely<Database>, filter: FeedbackFilter, services: string[], cursor?: Cursor) {
  if (services.length === 0) {
    return { items: [] as FeedbackSummary[], nextCursor: null, total: 0, counts: { status: {}, service: {} } };
  }
  const rows = await db
    .selectFrom('feedback')
    .leftJoin('staff', 'staff.id', 'feedback.assignee_id')
    .select([
      'feedback.id',
      'feedback.reference',
      'feedback.received_at',
      'feedback.service',
      'feedback.kind',
      'feedback.subject',
      'feedback.message',
      'feedback.locale',
      'feedback.status',
      'staff.email as assignee',
    ])
    .where((eb) => {
      const base = conditions(db, eb, filter, services);
      if (!cursor) return base;
      return eb.and([
        base,
        eb.or([
          eb('feedback.received_at', '<', cursor.receivedAt),
          eb.and([eb('feedback.received_at', '=', cursor.receivedAt), eb('feedback.id', '<', cursor.id)]),
        ]),
      ]);
    })
    .orderBy('feedback.received_at', 'desc')
    .orderBy('feedback.id', 'desc')
    .limit(pageSize + 1)
    .execute();
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const [total, status, service] = await Promise.all([
    countWhere(db, (eb) => conditions(db, eb, filter, services)),
    countBy(db, 'status', (eb) => conditions(db, eb, filter, services, 'status')),
    countBy(db, 'service', (eb) => conditions(db, eb, filter, services, 'service')),
  ]);
  return {
    items: page.map(
      (row): FeedbackSummary => ({
        reference: row.reference,
        receivedAt: row.received_at,
        service: row.service,
        kind: row.kind as FeedbackKind,
        subject: row.subject,
        preview: preview(row.message),
        locale: row.locale,
        status: row.status as FeedbackStatus,
        assignee: row.assignee ?? null,
      }),
    ),
    nextCursor:
      rows.length > pageSize && last ? encodeCursor({ receivedAt: last.received_at, id: Number(last.id) }) : null,
    total,
    counts: { status, service },
  };
}

async function countWhere(db: Kysely<Database>, where: (eb: Eb) => Expression<SqlBool>): Promise<number> {
  const row = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function countBy(
  db: Kysely<Database>,
  column: 'status' | 'service',
  where: (eb: Eb) => Expression<SqlBool>,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('feedback')
    .select([`feedback.${column} as key`, (eb) => eb.fn.countAll<number>().as('count')])
    .where(where)
    .groupBy(`feedback.${column}`)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]));
}

/** Every row a filter selects (for the export), oldest first. */
export function feedbackRowsMatching(db: Kysely<Database>, filter: FeedbackFilter, services: string[]) {
  if (services.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('feedback')
    .selectAll('feedback')
    .where((eb) => conditions(db, eb, filter, services))
    .orderBy('feedback.id')
    .execute();
}
