import { expect, test } from '@playwright/test';
import { localeCodes } from '../../src/i18n/locales.ts';
import { dictionaries, useTranslations } from '../../src/i18n/t.ts';
import { readGuides } from '../fixtures/guide-files.ts';
import { searchCases } from '../fixtures/search-queries.ts';
import {
  isPagefindRequest,
  listedGuides,
  resultOptions,
  searchBox,
  searchDialog,
  searchFromKeyboard,
  searchStatus,
  waitForResults,
} from '../fixtures/search-ui.ts';

for (const locale of localeCodes) {
  const t = dictionaries[locale];
  const say = useTranslations(locale);

  test.describe(`search in ${locale}`, () => {
    for (const { query, kind, finds } of searchCases[locale]) {
      test(`“${query}” (${kind}) finds ${finds} in the first three`, async ({ page }) => {
        await page.goto(`/${locale}/`);
        await searchFromKeyboard(page, query);
        const guides = await listedGuides(page);
        expect(guides.slice(0, 3), `results: ${guides.join(', ')}`).toContain(finds);
        // Only guides of the reader's language.
        const hrefs = await resultOptions(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/guides/`));
      });
    }

    test('works from the keyboard alone: shortcut, arrows, Enter, Esc', async ({ page }) => {
      const firstCase = searchCases[locale][0];
      if (!firstCase) throw new Error(`tests/fixtures/search-queries.ts has no query for ${locale}`);
      const { query } = firstCase;
      await page.goto(`/${locale}/guides/organizations/`);
      const opener = page.getByRole('button', { name: t['search.button'] });
      await expect(opener).toHaveAttribute('aria-keyshortcuts', /Control\+K/);

      await searchFromKeyboard(page, query);
      const box = searchBox(page);
      const options = resultOptions(page);
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');
      await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? '');
      await expect(box).toHaveAttribute('aria-expanded', 'true');
      // The first query of each language finds a guide and its sections: there is always a second option.
      expect(await options.count()).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
      await page.keyboard.press('ArrowUp');
      await expect(options.first()).toHaveAttribute('aria-selected', 'true');

      // Esc closes and gives focus back (to the search button: focus was on the page itself).
      await page.keyboard.press('Escape');
      await expect(searchDialog(page)).toBeHidden();
      await expect(opener).toBeFocused();
      await expect(opener).toHaveAttribute('aria-expanded', 'false');

      // Ctrl+K opens it again, with the query kept; Enter opens the highlighted guide.
      await page.keyboard.press('Control+K');
      await expect(box).toBeFocused();
      await expect(box).toHaveValue(query);
      const first = new URL((await options.first().getAttribute('href')) ?? '', page.url()).pathname;
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL((url) => url.pathname === first);
      expect(first).toMatch(new RegExp(`^/${locale}/guides/[^/]+/$`));
      await expect(page.locator('article mark.search-highlight').first()).toBeVisible();
    });

    test('when nothing matches, it says so, offers the topics and the feedback form with the query', async ({
      page,
    }) => {
      const query = 'qwxzv';
      await page.goto(`/${locale}/`);
      await searchFromKeyboard(page, query);
      await expect(searchStatus(page)).toHaveText(say('search.noResults', { query }));
      await expect(resultOptions(page)).toHaveCount(0);
      const topics = searchDialog(page).locator('.search-topics a');
      await expect(topics).toHaveCount(6);
      await expect(topics.first()).toHaveAttribute('href', `/${locale}/topics/account/`);
      const suggest = searchDialog(page).getByRole('link', {
        name: say('search.suggestGuide', { query }),
      });
      await expect(suggest).toHaveAttribute('href', `/${locale}/feedback/?suggest=${query}`);
    });

    test('when no guide has every word, it searches with fewer and says so, in the announced status', async ({
      page,
    }) => {
      const query = 'logo qwxzv';
      await page.goto(`/${locale}/`);
      await searchFromKeyboard(page, query);
      await expect(searchStatus(page)).toHaveText(say('search.relaxed', { relaxed: 'logo', query }));
      expect((await listedGuides(page))[0]).toBe('customize-organization');
      // The results work from the keyboard as any others.
      await expect(resultOptions(page).first()).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('ArrowDown');
      await expect(resultOptions(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    });

    test('a guide’s own title finds it first, whatever the other guides’ search terms', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page.keyboard.press('/');
      const guides = readGuides(locale);
      expect(guides).toHaveLength(10);
      for (const { title, slug } of guides) {
        await searchBox(page).fill('');
        await expect(searchStatus(page)).toHaveText(t['search.hint']);
        await searchBox(page).fill(title);
        await waitForResults(page, title);
        expect((await listedGuides(page))[0], title).toBe(slug);
      }
    });

    test('nothing of Pagefind is downloaded before search opens', async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`/${locale}/guides/payment-profiles/`, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 800);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(300);
      expect(requests.filter(isPagefindRequest)).toEqual([]);
      // The UI's code waits for the first open (its few lines of CSS come with the page's stylesheets).
      expect(requests.filter((url) => /SearchPanel[^/]*\.js$/.test(url))).toEqual([]);

      await page.getByRole('button', { name: t['search.button'] }).click();
      await page.keyboard.type('logo');
      await expect(resultOptions(page).first()).toBeVisible();
      expect(requests.filter(isPagefindRequest).length).toBeGreaterThan(0);
    });
  });
}
