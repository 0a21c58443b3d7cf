import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { encodeSpamCheck } from '../../../src/api/spam-check.ts';
import { dataDirs } from './stored-feedback.ts';

const root = join(import.meta.dirname, '../../..');
export const staffPassword = 'a long and private passphrase';

/** `npm run staff -- <args>` on the e2e service's database, as the README says. */
export function staffCommand(args: string[], input = staffPassword, dataDir: string = dataDirs.site): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', 'src/server/cli/staff.ts', ...args],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
      (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
}

/** A staff account of its own for one test (tests share the service). */
export async function newStaff(label: string, rights: string[]): Promise<string> {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await staffCommand(['add', email, ...rights, '--password-stdin']);
  return email;
}

/** Signs in at /inbox/ with the form, as a person does. */
export async function signInAt(page: Page, path: string, email: string, password = staffPassword) {
  await page.goto(path);
  await page.getByRole('textbox', { name: 'Email address' }).fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Sends feedback straight to the service (with a solved spam check), as a browser would. */
export async function sendFeedback(baseURL: string, body: Record<string, unknown>): Promise<string> {
  const api = new URL('/api/', baseURL).href;
  const challenge = await (await fetch(`${api}feedback/challenge`)).json();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the spam check');
  const response = await fetch(`${api}feedback`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 12)}`,
      altcha: encodeSpamCheck({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } }),
    },
    body: JSON.stringify({ kind: 'problem', locale: 'en', ...body }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}
