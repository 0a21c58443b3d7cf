/**
 * The benchmark's yardstick: the same framework (Hono on @hono/node-server) and the same database
 * settings as the feedback service, inserting the same row, with none of the service's work:
 * no validation, no idempotency check, no rate limit, no spam check. `POST /bare`.
 */
import { randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { readConfig } from '../../../src/server/config.ts';
import { openDatabase } from '../../../src/server/db/database.ts';
import { newReference } from '../../../src/server/feedback/submission.ts';

const config = readConfig(process.env);
const database = await openDatabase(config.storage);
const app = new Hono();
app.post('/bare', async (context) => {
  const body = (await context.req.json()) as Record<string, string>;
  const row = await database.db
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
  return context.json({ reference: row.reference, receivedAt: row.received_at, duplicate: false }, 201);
});
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) =>
  console.log(JSON.stringify({ message: 'listening', url: `http://${config.host}:${info.port}/` })),
);
process.once('SIGTERM', () => server.close(() => void database.close().then(() => process.exit(0))));
