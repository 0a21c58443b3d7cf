/** A command used the wrong way: its message says how to use it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--since 2026-12-01` or a full ISO time, as the ISO time the queries compare with. */
export function parseSince(value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(`--since must be a date such as 2026-12-01 or 2026-12-01T08:00:00Z, not "${value}".`);
  }
  return date.toISOString();
}
