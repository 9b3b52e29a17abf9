// Issue 11, item 4: a withdrawal leaves no analytics cookie behind, wherever it was set and
// however late the tag that sets it arrives.
import {expect, test} from '@playwright/test';
import type {Route} from '@playwright/test';
import {openSite, ran, settle, watchPage} from '../site.js';
import {acceptAndWaitForTags, cookieNames, element, origin} from './withdrawal.js';

test.describe('withdrawal leftovers', () => {
  test('clears cookies set on sub-paths of the page, on the host and the parent domain', async ({page}) => {
    await watchPage(page);
    await openSite(page, {origin, path: '/shop/item/site.html', element: element(), body: ''});
    await acceptAndWaitForTags(page);
    await page.evaluate(() => {
      document.cookie = '_ga_OLD=1; path=/shop';
      document.cookie = '_ym_isad=1; path=/shop/item; domain=.orta.test';
      document.cookie = 'site_cart=1; path=/shop';
      window.Kelisim!.rejectAll();
    });
    await expect.poll(() => cookieNames(page)).toEqual(['kelisim', 'site_cart']);
  });

  test('a vendor tag still loading when consent is withdrawn sets nothing once it arrives', async ({page}) => {
    const watch = await watchPage(page);
    const held: Route[] = [];
    await page.route(/(tag\.js|gtag\/js)/, (route) => void held.push(route));
    await openSite(page, {origin, element: element('reload-on-withdraw="false"'), body: ''});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => held.length).toBe(2);
    await page.evaluate(() => window.Kelisim!.rejectAll());
    watch.requests.length = 0;
    for (const route of held) await route.fallback();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['gtag.js', 'metrika tag.js']));
    await settle(page);
    expect(watch.requests.filter((url) => /\/watch\/|\/collect/.test(url))).toEqual([]);
    expect(await cookieNames(page)).toEqual(['kelisim']);
  });

  test("a site's own tag still loading when consent is withdrawn leaves no cookie", async ({page}) => {
    await watchPage(page);
    let hold: Route | undefined;
    await page.route('https://pixel.k-s.test/late.js', (route) => void (hold = route));
    const body = `<script type="text/plain" data-category="performance" data-src="https://pixel.k-s.test/late.js"></script>`;
    await openSite(page, {origin, element: element('reload-on-withdraw="false"'), body});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => hold !== undefined).toBe(true);
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await hold!.fulfill({
      contentType: 'text/javascript',
      body: `document.cookie = '_ga=GA1.1.9; path=/; domain=.orta.test'; (window.ran = window.ran || []).push('late.js');`,
    });
    await expect.poll(() => ran(page)).toContain('late.js');
    await expect.poll(() => cookieNames(page)).toEqual(['kelisim']);
  });
});
