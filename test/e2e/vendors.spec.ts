// The add-on vendors (dist/kelisim-vendors.js), each through its own consent API: nothing
// before consent, the vendor's consent call on grant and on revoke, its cookies cleared.
// Adding a vendor is one entry here.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {openSite, ran, settle, watchPage} from './site.js';

const stub = readFileSync(join(import.meta.dirname, 'stubs', 'vendors.js'), 'utf8');
const ADDON = '<script src="/dist/kelisim-vendors.js"></script>';

interface Case {
  vendor: string;
  attribute: string;
  /** The loader request consent releases. */
  loader: string;
  /** Calls the tag logs on grant, and then on revoke. */
  granted: string[];
  revoked: string[];
  cookies: string[];
}

const CASES: Case[] = [
  {
    vendor: 'Meta Pixel',
    attribute: 'meta-pixel="1234567890123456"',
    loader: 'https://connect.facebook.net/en_US/fbevents.js',
    granted: ['fbq consent grant', 'fbq init 1234567890123456', 'fbq track PageView'],
    revoked: ['fbq consent revoke'],
    cookies: ['_fbp'],
  },
  {
    vendor: 'TikTok Pixel',
    attribute: 'tiktok-pixel="C1234567890ABCDEFGHI"',
    loader: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C1234567890ABCDEFGHI&lib=ttq',
    granted: ['ttq holdConsent', 'ttq grantConsent', 'ttq page'],
    revoked: ['ttq revokeConsent'],
    cookies: ['_ttp'],
  },
  {
    vendor: 'Microsoft Clarity',
    attribute: 'microsoft-clarity="abcdef1234"',
    loader: 'https://www.clarity.ms/tag/abcdef1234',
    granted: ['clarity consentv2 {"ad_Storage":"granted","analytics_Storage":"granted"}'],
    revoked: ['clarity consentv2 {"ad_Storage":"denied","analytics_Storage":"denied"}'],
    cookies: ['_clck'],
  },
  {
    vendor: 'Google Ads',
    attribute: 'google-ads="AW-123456789"',
    loader: 'https://www.googletagmanager.com/gtag/js?id=AW-123456789',
    granted: ['gtag.js'],
    revoked: [],
    cookies: ['_gcl_au'],
  },
];

const cookieNames = async (page: Page) => (await page.context().cookies()).map((cookie) => cookie.name).sort();

async function openVendorSite(page: Page, attribute: string, where: {head?: string; body?: string} = {head: ADDON}) {
  const watch = await watchPage(page);
  for (const host of ['connect.facebook.net', 'analytics.tiktok.com', 'www.clarity.ms', 'top-fwz1.mail.ru']) {
    await page.route(`https://${host}/**`, (route) => {
      watch.requests.push(route.request().url());
      return route.fulfill({contentType: 'text/javascript', body: stub});
    });
  }
  await openSite(page, {
    head: where.head,
    element: `<kelisim-consent categories="performance functional marketing" ${attribute}></kelisim-consent>`,
    body: where.body ?? '',
  });
  return watch;
}

for (const vendor of CASES) {
  test(`${vendor.vendor}: nothing before consent, its consent call on grant and revoke, cookies cleared`, async ({
    page,
  }) => {
    const watch = await openVendorSite(page, vendor.attribute);
    await settle(page);
    expect(watch.requests).toEqual([]);
    expect(await ran(page)).toEqual([]);

    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => watch.requests).toContain(vendor.loader);
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(vendor.granted));
    await expect.poll(() => cookieNames(page)).toEqual([...vendor.cookies, 'kelisim'].sort());

    await page.evaluate(() => ((window as unknown as {mark: boolean}).mark = true));
    const before = (await ran(page)).length;
    await page.evaluate(() => window.Kelisim!.rejectAll());
    expect((await ran(page)).slice(before)).toEqual(vendor.revoked);
    await expect.poll(() => cookieNames(page)).toEqual(['kelisim']);
    // Its own revoke (or Consent Mode, for Google) stops it: no reload was needed.
    expect(await page.evaluate(() => (window as unknown as {mark?: boolean}).mark)).toBe(true);
  });
}

test('VK Ads has no opt-out: withdrawal clears its cookie and reloads once', async ({page}) => {
  const watch = await openVendorSite(page, 'vk-ads="3456789"');
  await settle(page);
  expect(watch.requests).toEqual([]);
  await page.evaluate(() => window.Kelisim!.acceptAll());
  await expect.poll(() => watch.requests).toContain('https://top-fwz1.mail.ru/js/code.js');
  await expect.poll(() => ran(page)).toEqual(['tmr pageView 3456789']);
  await expect.poll(() => cookieNames(page)).toEqual(['kelisim', 'tmr_lvid']);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.Kelisim!.rejectAll());
  await reloaded;
  expect(await cookieNames(page)).toEqual(['kelisim']);
  await settle(page);
  expect(await ran(page)).toEqual([]);
});

test('the add-on may come after the element, and a vendor may sit in another category', async ({page}) => {
  const watch = await openVendorSite(page, 'meta-pixel="1234567890123456" meta-pixel-category="functional"', {
    body: ADDON,
  });
  await page.evaluate(() => window.Kelisim!.accept(['functional']));
  await expect.poll(() => watch.requests).toContain('https://connect.facebook.net/en_US/fbevents.js');
  await expect.poll(() => ran(page)).toContain('fbq consent grant');
});
