import { expect, test } from '@playwright/test';
import { newStaff, sendFeedback, signInAt } from './support/inbox.ts';
import { marker } from './support/stored-feedback.ts';

// What strangers type reaches the people who run the company: it must show as text, run nothing,
// load nothing, and leave the page's strict CSP with nothing to report.
const payloads = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3">',
  '<svg><script>window.__xss=4</script></svg>',
  'javascript:window.__xss=5',
  '<a href="javascript:window.__xss=6">click me</a>',
  '<iframe src="javascript:window.__xss=7"></iframe>',
  '<body onload=window.__xss=8>',
  '<input autofocus onfocus=window.__xss=9>',
  '<details open ontoggle=window.__xss=10>',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:window.__xss=12)">',
  '"><script>window.__xss=13</script>',
  "'><img src=x onerror=window.__xss=14>",
  "{{constructor.constructor('window.__xss=15')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose
  '${window.__xss=16}',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=17>',
  '<object data="javascript:window.__xss=18">',
  '<embed src="data:text/html,<script>parent.__xss=19</script>">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<img src="https://evil.example/track.gif">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form action=https://evil.example><button>Go</button></form>',
  'Invoice \u202Egnp.exe',
  '<scr<script>ipt>window.__xss=25</scr</script>ipt>',
  '%3Cscript%3Ewindow.__xss=26%3C/script%3E',
  '&lt;script&gt;window.__xss=27&lt;/script&gt;',
  '<template><script>window.__xss=28</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=29>">',
  '<base href="https://evil.example/">',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '＜script＞window.__xss=32＜/script＞',
  '<video><source onerror="window.__xss=34">',
  '<marquee onstart=window.__xss=35>',
  'Zalgo t̸̢̛e̵̡͝x̴̨̛t̷̢͝ and emoji 👩🏽‍💻 and RTL שלום',
];

test(`${payloads.length} hostile messages show as text in the list and in each message, and nothing runs`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const run = marker('hostile');
  const references: string[] = [];
  for (const payload of payloads) {
    references.push(
      await sendFeedback(baseURL as string, { service: 'web-hosting', subject: payload, message: `${payload} ${run}` }),
    );
  }
  // A huge message, close to the limit, made of markup.
  const huge = `${'<b>bold</b><i onmouseover=window.__xss=99>'.repeat(110)} ${run}`.slice(0, 4990);
  const hugeReference = await sendFeedback(baseURL as string, {
    service: 'web-hosting',
    subject: 'A huge message',
    message: huge,
  });

  const origin = new URL(baseURL as string).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  page.on('dialog', (dialog) => {
    elsewhere.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  });
  const pageState = () =>
    page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss,
      violations: (window as unknown as { __violations: string[] }).__violations,
    }));

  const email = await newStaff('security', ['--services', 'web-hosting']);
  await signInAt(page, `/inbox/?q=${encodeURIComponent(run)}`, email);
  const list = page.getByRole('table');
  for (const payload of payloads) await expect(list.getByRole('link', { name: payload, exact: true })).toBeVisible();
  expect(await list.locator('tbody script, tbody img, tbody svg, tbody iframe, tbody style, tbody b').count()).toBe(0);
  expect(await pageState()).toEqual({ xss: undefined, violations: [] });

  for (const [index, reference] of references.entries()) {
    await page.goto(`/inbox/feedback/?reference=${reference}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(payloads[index] as string);
    await expect(page.locator('.inbox-message')).toHaveText(`${payloads[index]} ${run}`);
    expect(await page.locator('.inbox-detail script, .inbox-detail img, .inbox-detail iframe').count()).toBe(0);
    expect(await pageState()).toEqual({ xss: undefined, violations: [] });
  }
  await page.goto(`/inbox/feedback/?reference=${hugeReference}`);
  await expect(page.locator('.inbox-message')).toHaveText(huge);
  await page.locator('.inbox-message').hover();
  expect(await pageState()).toEqual({ xss: undefined, violations: [] });
  expect(elsewhere).toEqual([]);
});
