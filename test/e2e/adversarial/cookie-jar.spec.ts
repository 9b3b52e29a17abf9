// Item 1 of issue 11: one choice whatever the cookie jar holds. Several `kelisim` cookies can be
// visible at once (host-only and on a parent domain after a cookie-domain change, one on a longer
// Path); the newest record wins, on a tie the more restrictive, and every write or clear removes
// the other variants.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {port} from '../../../playwright.config.js';
import {banner, openSite, ran, settle, watchPage} from '../site.js';
import {ACCEPTED, REJECTED, consentCookies, nowSeconds, record} from './helpers.js';

const origin = `http://www.orta.test:${port}`;
const withDomain = (extra = '') =>
  `<kelisim-consent cookie-domain="orta.test" revision="1" reload-on-withdraw="false" ${extra}></kelisim-consent>`;
const allowed = (page: Page) => page.evaluate(() => window.Kelisim!.allowed('performance'));
/** A cookie written the way an earlier release or configuration of the site could have. */
const hostOnly = (value: string, path = '/') => ({name: 'kelisim', value, domain: 'www.orta.test', path});
const parent = (value: string, path = '/') => ({name: 'kelisim', value, domain: '.orta.test', path});

test.describe('several consent cookies at once', () => {
  test('a rejection after the site changed cookie-domain wins over the older host-only acceptance, after a reload', async ({
    page,
    context,
  }) => {
    const watch = await watchPage(page);
    await context.addCookies([hostOnly(record(ACCEPTED, nowSeconds() - 3600))]);
    await openSite(page, {origin, element: withDomain()});
    await expect.poll(() => ran(page)).toContain('gtag.js');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    watch.requests.length = 0;
    await page.reload();
    await settle(page);
    expect(await allowed(page)).toBe(false);
    expect(await ran(page)).toEqual([]);
    expect(watch.requests).toEqual([]);
    const cookies = await consentCookies(context, origin);
    expect(cookies.map((cookie) => cookie.domain)).toEqual(['.orta.test']);
  });

  for (const hostOnlyFirst of [true, false]) {
    const order = hostOnlyFirst ? 'host-only cookie first' : 'parent-domain cookie first';
    test(`the newest record wins, whatever order document.cookie lists them in (${order})`, async ({page, context}) => {
      const watch = await watchPage(page);
      const older = hostOnly(record(ACCEPTED, nowSeconds() - 3600));
      const newer = parent(record(REJECTED));
      // The browser lists cookies of one path in the order they were created.
      for (const cookie of hostOnlyFirst ? [older, newer] : [newer, older]) await context.addCookies([cookie]);
      await openSite(page, {origin, element: withDomain()});
      await settle(page);
      await expect(banner(page)).toHaveCount(0);
      expect(await allowed(page)).toBe(false);
      expect(await ran(page)).toEqual([]);
      expect(watch.requests).toEqual([]);
    });

    test(`on a tie the more restrictive record wins (${order})`, async ({page, context}) => {
      const watch = await watchPage(page);
      const time = nowSeconds();
      const accepted = hostOnly(record(ACCEPTED, time));
      const rejected = parent(record(REJECTED, time));
      for (const cookie of hostOnlyFirst ? [accepted, rejected] : [rejected, accepted])
        await context.addCookies([cookie]);
      await openSite(page, {origin, element: withDomain()});
      await settle(page);
      expect(await allowed(page)).toBe(false);
      expect(await ran(page)).toEqual([]);
      expect(watch.requests).toEqual([]);
    });
  }

  test('a rejection removes an acceptance left on a longer Path', async ({page, context}) => {
    const watch = await watchPage(page);
    await context.addCookies([hostOnly(record(ACCEPTED, nowSeconds() - 60), '/shop')]);
    await openSite(page, {origin, path: '/shop/site.html', element: withDomain()});
    await expect.poll(() => ran(page)).toContain('gtag.js');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    expect((await consentCookies(context, `${origin}/shop/site.html`)).map((c) => `${c.domain}${c.path}`)).toEqual([
      '.orta.test/',
    ]);
    watch.requests.length = 0;
    await page.reload();
    await settle(page);
    expect(await allowed(page)).toBe(false);
    expect(await ran(page)).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  test('reset() removes every variant: host-only, parent domain, / and a longer path', async ({page, context}) => {
    await watchPage(page);
    const time = nowSeconds() - 60;
    await context.addCookies([
      hostOnly(record(ACCEPTED, time)),
      parent(record(ACCEPTED, time)),
      hostOnly(record(ACCEPTED, time), '/shop'),
      parent(record(ACCEPTED, time), '/shop/'),
    ]);
    await openSite(page, {origin, path: '/shop/site.html', element: withDomain()});
    await page.evaluate(() => window.Kelisim!.reset());
    expect(await consentCookies(context, `${origin}/shop/site.html`)).toEqual([]);
    await page.reload();
    await expect(banner(page)).toBeVisible();
    expect(await allowed(page)).toBe(false);
  });

  test('a withdrawal in one tab survives focus, a tab switch and a reload in the other', async ({context}) => {
    await context.addCookies([hostOnly(record(ACCEPTED, nowSeconds() - 3600))]);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await watchPage(first);
    await watchPage(second);
    await openSite(first, {origin, element: withDomain()});
    await openSite(second, {origin, element: withDomain()});
    expect(await allowed(second)).toBe(true);
    await first.evaluate(() => window.Kelisim!.rejectAll());
    await expect.poll(() => allowed(second)).toBe(false);
    await second.evaluate(() => {
      dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await allowed(second)).toBe(false);
    await second.bringToFront();
    await first.bringToFront();
    await second.bringToFront();
    expect(await allowed(second)).toBe(false);
    await second.reload();
    await settle(second);
    expect(await allowed(second)).toBe(false);
    expect(await ran(second)).toEqual([]);
  });
});
