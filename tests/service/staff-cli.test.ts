import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { engine, freshStorage, type TestStorage } from './harness.ts';
import { runCli, type ServiceProcess, startServiceProcess } from './processes.ts';

// `npm run staff` works on the database the running service uses, from another process.
let storage: TestStorage;
let service: ServiceProcess;
const staff = (args: string[], input?: string) => runCli('staff', args, storage.env, input);

async function signIn(email: string, password: string) {
  const origin = `http://127.0.0.1:${service.port}`;
  return fetch(`${service.base}staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password }),
  });
}

beforeAll(async () => {
  storage = await freshStorage();
  service = await startServiceProcess({ ...storage.env, STAFF_SIGN_IN_DELAY_MS: '0' });
});
afterAll(async () => {
  await service.stop();
  await storage.drop();
});

describe(`npm run staff, while the service runs on ${engine}`, () => {
  test('add with --password-stdin, then that person can sign in', async () => {
    const added = await staff(
      ['add', 'Team.Lead@Example.com', '--services', 'kdrive,mail', '--password-stdin'],
      'a long enough password\n',
    );
    expect(added).toMatchObject({ code: 0, stdout: 'Added team.lead@example.com. They sign in at /inbox/.\n' });
    const response = await signIn('team.lead@example.com', 'a long enough password');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      staff: { email: 'team.lead@example.com', role: 'team', services: ['kdrive', 'mail'], guides: false },
    });
  });

  test('list shows each account and what it reads', async () => {
    await staff(['add', 'admin@example.com', '--role', 'admin', '--password-stdin'], 'another long password');
    await staff(['add', 'writer@example.com', '--guides', '--password-stdin'], 'a writer’s long password');
    const listed = await staff(['list']);
    expect(listed.stdout.trim().split('\n')).toEqual([
      'admin@example.com\tadmin',
      'team.lead@example.com\tkdrive,mail',
      'writer@example.com\tguides',
    ]);
  });

  test('remove ends the account and its sessions', async () => {
    const removed = await staff(['remove', 'writer@example.com']);
    expect(removed.stdout).toContain('Removed writer@example.com');
    expect((await signIn('writer@example.com', 'a writer’s long password')).status).toBe(401);
  });

  test.each([
    [['add', 'x@example.com', '--services', 'mainframe', '--password-stdin'], 'Unknown service: mainframe.'],
    [['add', 'not-an-email', '--role', 'admin', '--password-stdin'], '"not-an-email" is not an email address.'],
    [['add', 'x@example.com', '--password-stdin'], 'Say what they may read'],
    [['add', 'x@example.com', '--role', 'owner', '--password-stdin'], '--role can only be admin'],
    [
      ['add', 'x@example.com', '--role', 'admin', '--services', 'mail', '--password-stdin'],
      'An admin already reads every service',
    ],
    [['add', 'x@example.com', '--role', 'admin', '--password-stdin'], 'at least 12 characters'],
    [['delete', 'x@example.com'], 'Usage:'],
  ])('%j is refused: %s', async (args, message) => {
    const result = await staff(args, 'short');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  test('without a terminal and without --password-stdin it says how to pass the password', async () => {
    const result = await staff(['add', 'x@example.com', '--role', 'admin']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('pass it with --password-stdin');
  });
});
