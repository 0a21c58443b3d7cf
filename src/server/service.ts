import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import type { ServiceConfig } from './config.ts';
import { type OpenDatabase, openDatabase } from './db/database.ts';
import { foldAll } from './db/insight-events.ts';
import { sharedSecret } from './db/secrets.ts';
import type { FaultSwitch } from './feedback/routes.ts';
import { readKnownContent } from './insights/known-content.ts';
import { createLog, type Log } from './log.ts';
import { createClientHash } from './privacy/client-hash.ts';
import { sweepExpired } from './privacy/retention.ts';
import { createSpamCheck } from './spam/spam-check.ts';

export interface ServiceOptions {
  log?: Log;
  now?: () => Date;
  faults?: FaultSwitch;
}

export interface Service {
  app: Hono;
  database: OpenDatabase;
  /** Deletes what is past the retention period now (also runs at start and every hour). */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

const hourMs = 3_600_000;
/** The repository: the service runs from its sources, beside `content/`. */
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Opens the database (migrating it), loads the shared secrets and builds the app. */
export async function createService(config: ServiceConfig, options: ServiceOptions = {}): Promise<Service> {
  const log = options.log ?? createLog();
  const content = readKnownContent(repositoryRoot);
  const now = options.now ?? (() => new Date());
  const database = await openDatabase(config.storage);
  const { db } = database;
  const stamp = now().toISOString();
  const [signature, key, client, signIn] = await Promise.all([
    sharedSecret(db, 'spam-check-signature', stamp),
    sharedSecret(db, 'spam-check-key', stamp),
    sharedSecret(db, 'client-hash', stamp),
    sharedSecret(db, 'sign-in', stamp),
  ]);
  const spamCheck = createSpamCheck({ signature, key }, { work: config.spamCheckWork, lifetimeSeconds: 600 }, now);
  const app = createApp({
    db,
    write: database.write,
    engine: database.engine,
    config,
    spamCheck,
    clientHash: createClientHash(client),
    signInSecret: signIn,
    content,
    log,
    now,
    faults: options.faults,
  });

  async function sweep() {
    const swept = await sweepExpired(db, now(), config.retentionDays, config.staffSession, config.events);
    if (swept.feedback + swept.guideAnswers > 0) log.info('retention: deleted old feedback', { ...swept });
  }
  await sweep();
  const timer = setInterval(
    () => void sweep().catch((error) => log.error('retention failed', { error: String(error) })),
    hourMs,
  );
  timer.unref();
  // Events become daily counts within a minute (and at once when the insights are opened).
  const folding = setInterval(
    () =>
      void foldAll(db, now().toISOString().slice(0, 10)).catch((error) =>
        log.error('folding events failed', { error: String(error) }),
      ),
    60_000,
  );
  folding.unref();

  return {
    app,
    database,
    sweep,
    async close() {
      clearInterval(timer);
      clearInterval(folding);
      await database.close();
    },
  };
}

/** Listens on the configured host and port; resolves with the port once it does. */
export function listen(app: Hono, config: ServiceConfig): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}
