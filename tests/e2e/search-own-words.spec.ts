import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { dictionaries } from '../../src/i18n/t.ts';
import { ownWordsQueries } from '../fixtures/own-words-queries.ts';
import { listedGuides, searchBox, searchStatus, waitForResults } from '../fixtures/search-ui.ts';

/** The share of readers' own-words queries that must find their guide in the first three (issue #19). */
const requiredShare = 0.9;

test('readers’ own words find the right guide in the first three, in every language', async ({ page }) => {
  test.setTimeout(180_000);
  const tally: { locale: string; found: number; total: number }[] = [];
  const misses: string[] = [];
  for (const locale of localeCodes) {
    await page.goto(`/${locale}/`);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    let found = 0;
    for (const { query, kind, finds } of ownWordsQueries[locale]) {
      // From an empty box, so the status line cannot still describe the previous query.
      await searchBox(page).fill('');
      await expect(searchStatus(page)).toHaveText(dictionaries[locale]['search.hint']);
      await searchBox(page).fill(query);
      await waitForResults(page, query);
      const firstThree = (await listedGuides(page)).slice(0, 3);
      if (firstThree.includes(finds)) found += 1;
      else misses.push(`${locale} “${query}” (${kind}) wants ${finds}, got: ${firstThree.join(', ') || 'nothing'}`);
    }
    tally.push({ locale, found, total: ownWordsQueries[locale].length });
  }
  const found = tally.reduce((sum, row) => sum + row.found, 0);
  const total = tally.reduce((sum, row) => sum + row.total, 0);
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)}%`;
  console.log(
    [
      `Readers’ own words, right guide in the first three: ${found}/${total} (${percent(found, total)})`,
      ...tally.map((row) => `  ${row.locale}: ${row.found}/${row.total} (${percent(row.found, row.total)})`),
      misses.length ? `Misses:\n${misses.map((miss) => `  ${miss}`).join('\n')}` : 'No miss.',
    ].join('\n'),
  );
  expect(found / total, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(requiredShare);
});
