/**
 * The service's log: one JSON object a line on stdout, for any log collector. Callers pass only
 * facts about requests (method, path, status, timing, a reference): never a message, an email or
 * an address, which is why there is no "log the body" helper.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Log {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createLog(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Log {
  const entry =
    (level: string) =>
    (message: string, fields: LogFields = {}) =>
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}

/** A log that keeps nothing, for tests that do not read it. */
export const silentLog: Log = { info() {}, warn() {}, error() {} };
