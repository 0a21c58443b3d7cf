/**
 * The benchmark's yardstick: the same framework (Hono on @hono/node-server) and the same database
 * settings as the feedback service, inserting the same row, with none of the service's work:
 * no validation, no idempotency check, no rate limit, no spam check. `POST /bare`.
 *
 * `BARE_COMMIT=own` (the default) commits each insert on its own, as a plain endpoint would;
 * `BARE_COMMIT=service` writes as the service does, so the ratio to it is the cost of the service's
 * work: on SQLite through `OpenDatabase.write` (inserts arriving together share a commit), on
 * PostgreSQL one statement committed on its own (src/server/db/store-statement.ts), so there both
 * ways are the same.
 */
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { readConfig } from '../../../src/server/config.ts';
import { openDatabase } from '../../../src/server/db/database.ts';
import type { Database } from '../../../src/server/db/schema.ts';
import { newReference } from '../../../src/server/feedback/submission.ts';

const config = readConfig(process.env);
const database = await openDatabase(config.storage);
const throughService = process.env.BARE_COMMIT === 'service' && database.engine === 'sqlite';
const app = new Hono();
app.post('/bare', async (context) => {
  const body = (await context.req.json()) as Record<string, string>;
  const insert = (db: Kysely<Database>) =>
    db
      .insertInto('feedback')
      .values({
        reference: newReference('FB'),
        idempotency_key: randomUUID(),
        body_hash: '',
        service: body.service ?? '',
        kind: body.kind ?? '',
        subject: body.subject ?? '',
        message: body.message ?? '',
        email: null,
        locale: body.locale ?? null,
        received_at: new Date().toISOString(),
        status: 'new',
      })
      .returning(['reference', 'received_at'])
      .executeTakeFirstOrThrow();
  const row = throughService ? await database.write(insert) : await insert(database.db);
  return context.json({ reference: row.reference, receivedAt: row.received_at, duplicate: false }, 201);
});
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) =>
  console.log(JSON.stringify({ message: 'listening', url: `http://${config.host}:${info.port}/` })),
);
process.once('SIGTERM', () => server.close(() => void database.close().then(() => process.exit(0))));
