import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSiteWith, guideSource, projectRoot } from '../fixtures/build-site.ts';

const work = mkdtempSync(join(tmpdir(), 'broken-guides-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a malformed guide fails the build with a message naming the file and the fix', () => {
  test('missing title', { timeout: 120_000 }, () => {
    const { status, log } = buildSiteWith(work, { 'en/zz-no-title.mdx': guideSource('topic: account') });
    expect(status).not.toBe(0);
    expect(log).toContain('zz-no-title');
    expect(log).toContain('title is missing: add a line "title:');
  });

  test('unknown topic', { timeout: 120_000 }, () => {
    const { status, log } = buildSiteWith(work, {
      'en/zz-bad-topic.mdx': guideSource('title: A guide\ntopic: cooking'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain('zz-bad-topic');
    expect(log).toContain('topic must be one of: account, organizations, billing, domains, security, feedback');
  });

  test('a locale folder that is not one of ours', { timeout: 120_000 }, () => {
    const { status, log } = buildSiteWith(work, {
      'pt/recovery-email.mdx': guideSource('title: A guide\ntopic: account'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain('content/guides/pt/recovery-email.mdx');
    expect(log).toContain('Move the file into one of those folders');
  });

  test('search terms that are not a list', { timeout: 120_000 }, () => {
    const { status, log } = buildSiteWith(work, {
      'en/zz-bad-terms.mdx': guideSource('title: A guide\ntopic: account\nsearchTerms: forgot password, locked out'),
    });
    expect(status).not.toBe(0);
    expect(log).toContain('zz-bad-terms');
    expect(log).toContain('searchTerms must be a list. Fix the "searchTerms:" line of the frontmatter');
  });

  test('a walkthrough file naming a target the Manager does not have', { timeout: 120_000 }, () => {
    const broken = readFileSync(join(projectRoot, 'content/walkthroughs/recovery-email.yaml'), 'utf8').replace(
      'click: manage-security',
      'click: manage-securty',
    );
    const { status, log } = buildSiteWith(work, {}, ['en'], { 'recovery-email.yaml': broken });
    expect(status).not.toBe(0);
    expect(log).toMatch(/walkthroughs\/recovery-email\.yaml:12: steps → 3 → click: the target must be one of: /);
    expect(log).toContain('Targets are listed in src/manager/targets.ts.');
  });

  test('a guide list with one item more than its walkthrough has steps', { timeout: 120_000 }, () => {
    const guide = readFileSync(join(projectRoot, 'content/guides/en/recovery-email.mdx'), 'utf8').replace(
      '\n6. ',
      '\n6. Check the address.\n7. ',
    );
    const { status, log } = buildSiteWith(work, { 'en/recovery-email.mdx': guide });
    expect(status).not.toBe(0);
    expect(log).toMatch(
      /content\/guides\/en\/recovery-email\.mdx:\d+: <Steps walkthrough="recovery-email"> has 7 list items/,
    );
    expect(log).toContain('content/walkthroughs/recovery-email.yaml has 6 steps (log-in, open-profile-menu,');
  });

  test('a translation without an English original', { timeout: 120_000 }, () => {
    const { status, log } = buildSiteWith(work, { 'fr/zz-orphan.mdx': guideSource('title: Un guide\ntopic: account') });
    expect(status).not.toBe(0);
    expect(log).toContain('content/guides/fr/zz-orphan.mdx has no English original');
  });
});

test('a search term listed by two guides of a language is a build warning, not an error', { timeout: 120_000 }, () => {
  const { status, log } = buildSiteWith(work, {
    'en/zz-first.mdx': guideSource('title: A guide\ntopic: account\nsearchTerms: [Zebra Crossing, lonely]'),
    'en/zz-second.mdx': guideSource('title: Another guide\ntopic: billing\nsearchTerms: [zebra crossing]'),
  });
  expect(status).toBe(0);
  expect(log).toContain(
    'the search term "zebra crossing" is in the searchTerms of content/guides/en/zz-first.mdx and content/guides/en/zz-second.mdx',
  );
  expect(log).not.toContain('"lonely"');
});
