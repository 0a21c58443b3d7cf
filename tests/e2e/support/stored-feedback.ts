import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { ExportRecord } from '../../../src/server/feedback/export-format.ts';

const root = join(import.meta.dirname, '../../..');

/** Where each Playwright project's service keeps its database (made fresh for every run). */
export const dataDirs = {
  site: join(root, 'test-results/e2e-data/site'),
  'base-path': join(root, 'test-results/e2e-data/base-path'),
} as const;
export type Project = keyof typeof dataDirs;

/** What the service stored, read with `npm run feedback -- export`, as the team would. */
export function exported(dataDir: string = dataDirs.site): Promise<ExportRecord[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', 'src/server/cli/feedback.ts', 'export'],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`export failed: ${stderr}`));
        resolve(
          stdout
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as ExportRecord),
        );
      },
    );
  });
}

/** The stored submissions this test can recognise (tests share one service and run in parallel). */
export async function storedMatching(
  match: (record: ExportRecord) => boolean,
  dataDir?: string,
): Promise<ExportRecord[]> {
  return (await exported(dataDir)).filter(match);
}

/** Waits until exactly `count` matching submissions are stored, and returns them. */
export async function expectStored(
  match: (record: ExportRecord) => boolean,
  count: number,
  dataDir?: string,
): Promise<ExportRecord[]> {
  let found: ExportRecord[] = [];
  await expect
    .poll(
      async () => {
        found = await storedMatching(match, dataDir);
        return found.length;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  return found;
}

/** A marker no other test writes: put it in the text, then find the submission by it. */
export const marker = (label: string) => `${label} ${Math.random().toString(36).slice(2, 10)}`;

export const about = (text: string) => (record: ExportRecord) =>
  record.type === 'feedback'
    ? record.subject.includes(text) || record.message.includes(text)
    : (record.comment ?? '').includes(text);

/** Plans failures of the submissions whose body contains `text` (tests/e2e/support/service.ts). */
export async function planFaults(baseURL: string, text: string, faults: string[]): Promise<void> {
  const response = await fetch(new URL('/__test__/faults', baseURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ marker: text, faults }),
  });
  expect(response.ok).toBe(true);
}
