import { expect, test } from 'vitest';
import { unmetOutcome } from '../../../src/walkthroughs/outcome.ts';
import { walkthroughFrom } from '../../fixtures/walkthrough-files.ts';

const script = walkthroughFrom(`start: profile
steps:
  - { name: save, click: newsletter-save }
outcome:
  newsletter-themes: { includes: events }
  recovery-email: { is: camille@example.com }
  organizations: { excludes: org-rowing-club }
  devices: { count: 3 }
  current-organization: { is-not: org-atelier-morel }
`);

test('the generic outcome check passes when every fact reads as the file says', () => {
  expect(
    unmetOutcome(script, {
      'newsletter-themes': ['tips', 'events'],
      'recovery-email': 'camille@example.com',
      organizations: ['org-atelier-morel'],
      devices: ['a', 'b', 'c'],
      'current-organization': 'org-studio-lumen',
    }),
  ).toEqual([]);
});

test('the generic outcome check names each fact that reads otherwise, and one that was not read', () => {
  const unmet = unmetOutcome(script, {
    'newsletter-themes': ['tips'],
    'recovery-email': 'other@example.com',
    organizations: ['org-rowing-club'],
    devices: ['a'],
  });
  expect(unmet.map((line) => line.split(' ')[0])).toEqual([
    'newsletter-themes',
    'recovery-email',
    'organizations',
    'devices',
    'current-organization:',
  ]);
});
