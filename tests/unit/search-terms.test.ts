import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../src/content/guide-schema.ts';
import { sharedSearchTerms, sharedSearchTermWarning } from '../../src/content/shared-search-terms.ts';
import { toGuideHit } from '../../src/islands/search/guide-hit.ts';
import type { PagefindResultData } from '../../src/islands/search/pagefind-api.ts';
import { guideExcerpt, searchTermsAnchor } from '../../src/islands/search/search-terms.ts';

describe('search terms shared by two guides', () => {
  test('are found within a language, case, accents and spacing aside, and listed in file order', () => {
    const shared = sharedSearchTerms([
      { id: 'fr/ksuite-subscription', searchTerms: ['resilier mon compte'] },
      { id: 'fr/delete-account', searchTerms: ['Résilier  mon compte', 'fermer'] },
      { id: 'en/delete-account', searchTerms: ['fermer'] },
      { id: 'fr/organizations' },
    ]);
    expect(shared).toEqual([
      { locale: 'fr', term: 'resilier mon compte', guides: ['fr/delete-account', 'fr/ksuite-subscription'] },
    ]);
  });

  test('are reported with both files and what to do', () => {
    const [shared] = sharedSearchTerms([
      { id: 'en/a', searchTerms: ['close'] },
      { id: 'en/b', searchTerms: ['close'] },
    ]);
    expect(shared && sharedSearchTermWarning(shared)).toBe(
      'the search term "close" is in the searchTerms of content/guides/en/a.mdx and content/guides/en/b.mdx: readers who type it get those guides ranked alike. Keep it only in the guide that answers it.',
    );
  });
});

describe('the searchTerms frontmatter', () => {
  const guide = {
    title: 'A guide',
    description: 'This guide explains how to test.',
    topic: 'account',
    order: 1,
    updated: '2026-12-01',
  };
  const errorOf = (searchTerms: unknown) =>
    guideSchema
      .safeParse({ ...guide, searchTerms })
      .error?.issues.map((issue) => issue.message)
      .join('\n');

  test('is optional, a list of short terms', () => {
    expect(guideSchema.safeParse(guide).success).toBe(true);
    expect(guideSchema.parse({ ...guide, searchTerms: [' forgot password ', "can't log in"] }).searchTerms).toEqual([
      'forgot password',
      "can't log in",
    ]);
  });

  test('says how to fix a term that is not one', () => {
    expect(errorOf('forgot password')).toMatch(/^searchTerms must be a list\. Fix the "searchTerms:" line/);
    expect(errorOf(['forgot password, locked out'])).toContain(
      'a search term contains a comma: make each one its own term',
    );
    expect(errorOf(['x'])).toContain('a search term is empty or a single letter');
    expect(errorOf(['a'.repeat(61)])).toContain('longer than 60 characters');
    expect(errorOf([])).toContain('searchTerms is empty');
  });
});

/** A guide's data from Pagefind: title, description, one section, then its search terms. */
const recoveryEmail = (matched: number[]): PagefindResultData => {
  const text =
    'Change your recovery email. This guide explains how to change the address. Change the address. Open your profile and edit it. forgot password, locked out.';
  const words = text.split(' ');
  const termsAt = words.indexOf('forgot');
  return {
    url: '/en/guides/recovery-email/?highlight=forgot',
    excerpt: 'Pagefind’s own excerpt',
    meta: { title: 'Change your recovery email', topic: 'account' },
    filters: { topic: ['account'] },
    raw_content: text,
    weighted_locations: matched.map((location) => ({ location, weight: 24, balanced_score: 576 })),
    anchors: [
      { id: 'change-the-address', element: 'h2', location: 12 },
      { id: searchTermsAnchor, element: 'div', location: termsAt, title: searchTermsAnchor },
    ],
    sub_results: [
      {
        title: 'Change the address',
        url: '/en/guides/recovery-email/#change-the-address',
        excerpt: 'Open',
        locations: [16],
        anchor: { id: 'change-the-address', element: 'h2', location: 12 },
      },
      {
        title: searchTermsAnchor,
        url: `/en/guides/recovery-email/#${searchTermsAnchor}`,
        excerpt: 'forgot',
        locations: [termsAt],
        anchor: { id: searchTermsAnchor, element: 'div', location: termsAt },
      },
    ],
  };
};

describe('a guide found by its search terms', () => {
  test('shows its description, not the list of terms', () => {
    expect(guideExcerpt(recoveryEmail([21, 22]), 8)).toBe('This guide explains how to change the address.');
  });

  test('shows the words of its own text that matched, with nothing of the terms after them', () => {
    // Centred as Pagefind centres it, but cut before the terms ("forgot" is the next word).
    expect(guideExcerpt(recoveryEmail([17, 22]), 6)).toBe('address. Open your <mark>profile</mark> and edit');
    expect(guideExcerpt(recoveryEmail([19, 22]), 6)).toBe('Open your profile and <mark>edit</mark> it.');
  });

  test('keeps Pagefind’s excerpt when the guide has no search terms', () => {
    expect(guideExcerpt({ ...recoveryEmail([1]), anchors: [] }, 8)).toBe('Pagefind’s own excerpt');
  });

  test('never lists its terms as one of its sections', () => {
    expect(toGuideHit(recoveryEmail([17, 22])).sections.map((section) => section.title)).toEqual([
      'Change the address',
    ]);
  });
});
