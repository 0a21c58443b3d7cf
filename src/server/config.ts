import { z } from 'zod';
import type { StorageSettings } from './db/database.ts';
import type { RateLimit } from './feedback/store.ts';
import type { SessionSettings } from './staff/session.ts';
import type { SignInLimits } from './staff/sign-in.ts';

/** Everything the service reads from its environment, checked once at start. */
export interface ServiceConfig {
  host: string;
  port: number;
  /** The path the site is built for; the API answers under `<basePath>api/`. */
  basePath: string;
  /** The built site to serve beside the API, or undefined to serve the API alone. */
  siteDir: string | undefined;
  storage: StorageSettings;
  /** Other origins whose pages may send feedback here (a site on a CDN, the service elsewhere). */
  allowedOrigins: string[];
  /** How many proxies in front of the service add X-Forwarded-For (0: trust no such header). */
  trustedProxies: number;
  /** Feedback older than this is deleted. */
  retentionDays: number;
  rateLimit: RateLimit;
  /** How much work the spam challenge asks of a browser (see src/server/spam/spam-check.ts). */
  spamCheckWork: number;
  maxBodyBytes: number;
  /** Events for the insights: how many batches a client may send, how long raw events and counts stay. */
  events: { rateLimit: RateLimit; rawDays: number; keepDays: number };
  /** Staff sessions of the inbox. */
  staffSession: SessionSettings;
  signIn: SignInLimits;
}

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number.` })
    .int(`${name} must be a whole number.`)
    .min(min, `${name} must be at least ${min}.`)
    .max(max, `${name} must be at most ${max}.`);

const origin = z.string().refine((value) => {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}, 'ALLOWED_ORIGINS must list origins such as https://help.example.com, separated by commas (no path, no trailing slash).');

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: whole('PORT', 0, 65535).default(4321),
  BASE_PATH: z
    .string()
    .default('/')
    .refine((value) => value.startsWith('/'), 'BASE_PATH must start with "/", e.g. /support/faq/.'),
  SITE_DIR: z.string().optional(),
  OUT_DIR: z.string().optional(),
  SERVE_SITE: z.enum(['true', 'false'], { error: 'SERVE_SITE must be true or false.' }).default('true'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL (leave it unset for the embedded database).')
    .optional(),
  DATABASE_POOL_SIZE: whole('DATABASE_POOL_SIZE', 1, 200).default(10),
  ALLOWED_ORIGINS: z.string().default(''),
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value) => (value === 'true' ? 1 : value === 'false' ? 0 : Number(value)))
    .pipe(
      z
        .number({ error: 'TRUST_PROXY must be the number of proxies in front of the service (or true for one).' })
        .int('TRUST_PROXY must be the number of proxies in front of the service (or true for one).')
        .min(0, 'TRUST_PROXY must be at least 0.')
        .max(10, 'TRUST_PROXY must be at most 10.'),
    ),
  FEEDBACK_RETENTION_DAYS: whole('FEEDBACK_RETENTION_DAYS', 1, 36500).default(730),
  RATE_LIMIT_MAX: whole('RATE_LIMIT_MAX', 1, 1_000_000).default(30),
  RATE_LIMIT_WINDOW_SECONDS: whole('RATE_LIMIT_WINDOW_SECONDS', 1, 86_400).default(600),
  SPAM_CHECK_WORK: whole('SPAM_CHECK_WORK', 2, 10_000_000).default(20_000),
  EVENTS_RATE_LIMIT_MAX: whole('EVENTS_RATE_LIMIT_MAX', 1, 10_000_000).default(1200),
  INSIGHTS_RAW_DAYS: whole('INSIGHTS_RAW_DAYS', 1, 365).default(7),
  INSIGHTS_KEEP_DAYS: whole('INSIGHTS_KEEP_DAYS', 90, 3650).default(400),
  STAFF_SESSION_IDLE_MINUTES: whole('STAFF_SESSION_IDLE_MINUTES', 1, 7 * 24 * 60).default(60),
  STAFF_SESSION_MAX_HOURS: whole('STAFF_SESSION_MAX_HOURS', 1, 24 * 30).default(12),
  STAFF_SIGN_IN_MAX_FAILURES: whole('STAFF_SIGN_IN_MAX_FAILURES', 1, 1000).default(5),
  STAFF_SIGN_IN_ACCOUNT_MAX_FAILURES: whole('STAFF_SIGN_IN_ACCOUNT_MAX_FAILURES', 1, 100_000).default(50),
  STAFF_SIGN_IN_CLIENT_MAX_FAILURES: whole('STAFF_SIGN_IN_CLIENT_MAX_FAILURES', 1, 100_000).default(20),
  STAFF_SIGN_IN_LOCK_MINUTES: whole('STAFF_SIGN_IN_LOCK_MINUTES', 1, 24 * 60).default(15),
  STAFF_SIGN_IN_DELAY_MS: whole('STAFF_SIGN_IN_DELAY_MS', 0, 3000).default(250),
});

/** Thrown with every problem of the environment at once, each saying how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: Record<string, string | undefined>): ServiceConfig {
  // An empty variable counts as unset, as in most shells' `VAR= command`.
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      `The service cannot start:\n${parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')}`,
    );
  }
  const vars = parsed.data;
  const origins = vars.ALLOWED_ORIGINS.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const badOrigin = origins.find((entry) => !origin.safeParse(entry).success);
  if (badOrigin)
    throw new ConfigError(
      `The service cannot start:\n- ${origin.safeParse(badOrigin).error?.issues[0]?.message} Got "${badOrigin}".`,
    );
  return {
    host: vars.HOST,
    port: vars.PORT,
    basePath: vars.BASE_PATH.endsWith('/') ? vars.BASE_PATH : `${vars.BASE_PATH}/`,
    siteDir: vars.SERVE_SITE === 'false' ? undefined : (vars.SITE_DIR ?? vars.OUT_DIR ?? './dist'),
    storage: { databaseUrl: vars.DATABASE_URL, dataDir: vars.DATA_DIR, poolSize: vars.DATABASE_POOL_SIZE },
    allowedOrigins: origins,
    trustedProxies: vars.TRUST_PROXY,
    retentionDays: vars.FEEDBACK_RETENTION_DAYS,
    rateLimit: { max: vars.RATE_LIMIT_MAX, windowSeconds: vars.RATE_LIMIT_WINDOW_SECONDS },
    spamCheckWork: vars.SPAM_CHECK_WORK,
    maxBodyBytes: 64 * 1024,
    events: {
      rateLimit: { max: vars.EVENTS_RATE_LIMIT_MAX, windowSeconds: 600 },
      rawDays: vars.INSIGHTS_RAW_DAYS,
      keepDays: vars.INSIGHTS_KEEP_DAYS,
    },
    staffSession: { idleMinutes: vars.STAFF_SESSION_IDLE_MINUTES, maxHours: vars.STAFF_SESSION_MAX_HOURS },
    signIn: {
      accountMax: vars.STAFF_SIGN_IN_MAX_FAILURES,
      accountFromAllMax: vars.STAFF_SIGN_IN_ACCOUNT_MAX_FAILURES,
      clientMax: vars.STAFF_SIGN_IN_CLIENT_MAX_FAILURES,
      windowSeconds: vars.STAFF_SIGN_IN_LOCK_MINUTES * 60,
      delayMs: vars.STAFF_SIGN_IN_DELAY_MS,
    },
  };
}
