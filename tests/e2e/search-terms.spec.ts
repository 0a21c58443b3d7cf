import { expect, test } from '@playwright/test';

for (const javaScriptEnabled of [true, false]) {
  test(`a guide’s search terms are for the index only: not shown, not read out, not printed (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/en/guides/recovery-email/');
    const article = page.locator('article.guide');
    // They are there, for Pagefind: the article's keywords.
    await expect(article.locator('meta[itemprop="keywords"]')).toHaveAttribute('content', /forgot password, /);
    await expect(page.locator('#search-terms')).toBeHidden();
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      await expect(page.locator('#search-terms')).toBeHidden();
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered for this medium is the point
      expect(await article.innerText()).not.toContain('forgot password');
      expect(await article.ariaSnapshot()).not.toContain('forgot password');
    }
    await context.close();
  });
}
