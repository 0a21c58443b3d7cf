import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { Hono } from 'hono';
import pg from 'pg';
import { inject } from 'vitest';
import { idempotencyHeader } from '../../src/api/feedback.ts';
import { encodeSpamCheck, spamCheckHeader } from '../../src/api/spam-check.ts';
import { readConfig, type ServiceConfig } from '../../src/server/config.ts';
import type { StorageSettings } from '../../src/server/db/database.ts';
import { createService, type Service, type ServiceOptions } from '../../src/server/service.ts';
import { silentLog } from '../../src/server/log.ts';

/** The engine this run of the suite uses (the Vitest project sets it). */
export const engine = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestStorage {
  settings: StorageSettings;
  /** The environment variables a child process needs to reach the same database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** An empty database of this run's engine: a temporary folder, or a new PostgreSQL database. */
export async function freshStorage(): Promise<TestStorage> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'help-center-data-'));
    return {
      settings: { dataDir },
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = inject('postgresUrl');
  const name = `feedback_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    settings: { databaseUrl: url.toString(), dataDir: '/nonexistent', poolSize: 10 },
    env: { DATABASE_URL: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** A configuration for tests: no site, a tiny spam-check work, a rate limit tests do not reach. */
export function testConfig(storage: StorageSettings, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  return {
    ...readConfig({ SERVE_SITE: 'false', SPAM_CHECK_WORK: '20', RATE_LIMIT_MAX: '10000' }),
    storage,
    ...overrides,
  };
}

export interface TestService extends Service {
  config: ServiceConfig;
  storage: TestStorage;
  /** Closes the service and drops its database. */
  dispose(): Promise<void>;
}

/** A service on a fresh database, driven with `app.request()`. */
export async function startTestService(
  overrides: Partial<ServiceConfig> = {},
  options: ServiceOptions = {},
  storage?: TestStorage,
): Promise<TestService> {
  const store = storage ?? (await freshStorage());
  const config = testConfig(store.settings, overrides);
  const service = await createService(config, { log: silentLog, ...options });
  return {
    ...service,
    config,
    storage: store,
    async dispose() {
      await service.close();
      if (!storage) await store.drop();
    },
  };
}

/** A solved spam challenge from the service, as a browser sends it (solved with Node's hashing). */
export async function spamProof(request: (path: string) => Response | Promise<Response>): Promise<string> {
  const challenge = await (await request('feedback/challenge')).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('the test challenge could not be solved');
  return encodeSpamCheck({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } });
}

export const apiPath = (config: ServiceConfig, path: string) => `${config.basePath}api/${path}`;

/** Drives an app like a browser on the same origin would. */
export function client(app: Hono, config: ServiceConfig) {
  const get = (path: string, init: RequestInit = {}) => app.request(apiPath(config, path), init);
  return {
    get,
    proof: () => spamProof(get),
    /** A JSON POST with a key and a fresh proof; `headers` may override or remove (undefined) any. */
    async post(path: string, body: unknown, key: string, headers: Record<string, string | undefined> = {}) {
      const given = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
      const proofHeader = spamCheckHeader.toLowerCase();
      const all: Record<string, string | undefined> = {
        'content-type': 'application/json',
        [idempotencyHeader.toLowerCase()]: key,
        [proofHeader]: proofHeader in given ? undefined : await spamProof(get),
        ...given,
      };
      const defined = Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)) as Record<
        string,
        string
      >;
      return app.request(apiPath(config, path), {
        method: 'POST',
        headers: defined,
        body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
      });
    },
  };
}

/** A key in the contract's format, different for each n. */
export const key = (n: number | string) => `test-key-${String(n).padStart(12, '0')}`;

export const validFeedback = {
  service: 'kdrive',
  kind: 'problem' as const,
  subject: 'Sync stops overnight',
  message: 'The desktop app stops syncing my photos folder after about an hour.',
  locale: 'en',
};

export const validGuideAnswer = { guide: 'recovery-email', locale: 'fr', helpful: false, reason: 'unclear' };

/** How many rows a table holds. */
export async function countRows(service: Service, table: 'feedback' | 'guide_feedback'): Promise<number> {
  const row = await service.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export const staffPassword = 'correct horse battery staple';
// scrypt is slow by design: the suite hashes the common password once.
let commonHash: Promise<string> | undefined;

/** A staff account, added as `npm run staff -- add` adds it (without the process). */
export async function addStaff(
  service: Service,
  email: string,
  rights: { role?: 'admin'; services?: string[]; guides?: boolean },
  password = staffPassword,
) {
  const { hashPassword } = await import('../../src/server/staff/passwords.ts');
  const { saveStaff } = await import('../../src/server/db/staff.ts');
  commonHash ??= hashPassword(staffPassword);
  await saveStaff(
    service.database.db,
    {
      email,
      passwordHash: password === staffPassword ? await commonHash : await hashPassword(password),
      role: rights.role ?? 'team',
      services: rights.services ?? [],
      guides: rights.guides ?? false,
    },
    new Date().toISOString(),
  );
  return { email, password };
}

/** A browser tab of the inbox: same origin, keeps its cookie between requests. */
export function staffBrowser(app: Hono, config: ServiceConfig, origin = 'http://help.example.com') {
  let cookie = '';
  const host = new URL(origin).host;
  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await app.request(`${origin}${apiPath(config, path)}`, {
      method,
      headers: {
        host,
        ...(method === 'GET' ? {} : { origin }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) {
      const [pair] = set.split(';');
      cookie = pair?.endsWith('=') ? '' : (pair ?? '');
    }
    return response;
  }
  return {
    request,
    get: (path: string) => request('GET', path),
    signIn: (email: string, password: string, headers: Record<string, string> = {}) =>
      request('POST', 'staff/session', { email, password }, headers),
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      cookie = value;
    },
  };
}
