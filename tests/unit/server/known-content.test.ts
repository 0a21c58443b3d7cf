import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { namesKnownContent, readKnownContent } from '../../../src/server/insights/known-content.ts';

let root: string;
const guide = (walkthroughs: string[]) =>
  `---\ntitle: A guide\n---\n${walkthroughs.map((id) => `<Steps walkthrough="${id}">\n\n1. One.\n2. Two.\n\n</Steps>`).join('\n')}\n`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'known-content-'));
  mkdirSync(join(root, 'content/guides/en'), { recursive: true });
  mkdirSync(join(root, 'content/guides/fr'), { recursive: true });
  mkdirSync(join(root, 'content/walkthroughs'), { recursive: true });
  writeFileSync(join(root, 'content/guides/en/recovery-email.mdx'), guide(['recovery-email', 'not-written-yet']));
  writeFileSync(join(root, 'content/guides/fr/only-in-french.mdx'), guide([]));
  writeFileSync(
    join(root, 'content/walkthroughs/recovery-email.yaml'),
    'start: dashboard\nsteps:\n  - name: log-in\n    next: true\n  - name: open-menu\n    click: profile-menu\n',
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content events may name', () => {
  test('every guide of every locale, with the walkthroughs it lists and their number of steps', () => {
    const content = readKnownContent(root);
    expect([...content.keys()].sort()).toEqual(['only-in-french', 'recovery-email']);
    // A walkthrough without its file is not one readers can play.
    expect([...(content.get('recovery-email') ?? [])]).toEqual([['recovery-email', 2]]);
  });

  test('an event is kept only when its guide, walkthrough and step exist', () => {
    const content = readKnownContent(root);
    const walk = (step?: number, walkthrough = 'recovery-email') =>
      ({ type: 'walkthrough', locale: 'en', guide: 'recovery-email', walkthrough, action: 'step', step }) as const;
    expect(namesKnownContent(content, { type: 'guide-view', locale: 'de', guide: 'only-in-french' })).toBe(true);
    expect(namesKnownContent(content, { type: 'guide-view', locale: 'en', guide: 'made-up' })).toBe(false);
    expect(namesKnownContent(content, walk(2))).toBe(true);
    expect(namesKnownContent(content, walk(3))).toBe(false);
    expect(namesKnownContent(content, walk(1, 'not-written-yet'))).toBe(false);
  });

  test('a folder without guides stops the service with a message that says where it looked', () => {
    expect(() => readKnownContent(join(root, 'nowhere'))).toThrow(/No guide found in .*nowhere.*content\/guides/);
  });
});
