// Issue 11, item 7: an exception in one integration or listener is caught and reported; the
// choice is still stored, scripts still released, other listeners still run.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {banner, button, openSite, ran, watchPage} from '../site.js';
import {gatedInline, watchErrors} from './gate-helpers.js';

const BODY = gatedInline('performance', 'released') + gatedInline('functional', 'functional released');

/** Listens for decisions the ways a site does: `Kelisim.onChange` and the DOM event. */
const listen = (page: Page) =>
  page.evaluate(() => {
    const heard = ((window as unknown as {heard: string[]}).heard = [] as string[]);
    window.Kelisim!.onChange(() => heard.push('onChange'));
    document.addEventListener('kelisim-change', () => heard.push('event'));
  });
const heard = (page: Page) => page.evaluate(() => (window as unknown as {heard: string[]}).heard);
const stored = async (page: Page) =>
  (await page.context().cookies()).find((cookie) => cookie.name === 'kelisim')?.value ?? '';

const HOSTILE_PAGES = {
  'a <div id="ym"> with yandex-metrika': {element: 'yandex-metrika="12345678"', markup: '<div id="ym"></div>'},
  'a <div id="dataLayer"> with google-analytics': {
    element: 'google-analytics="G-TEST1234"',
    markup: '<div id="dataLayer"></div>',
  },
  'a <div id="gtag"> with google-analytics': {
    element: 'google-analytics="G-TEST1234"',
    markup: '<div id="gtag"></div>',
  },
  'a page gtag that throws': {
    element: 'google-analytics="G-TEST1234"',
    markup: "<script>window.gtag = function () { throw new Error('page gtag broke'); };</script>",
    reported: true,
  },
  'a Consent Mode default when dataLayer is a form': {
    element: 'google-consent-mode="basic"',
    markup: '<form name="dataLayer"></form>',
  },
};

test.describe('isolation', () => {
  // A clobbered global may be taken back (Metrika's stub replaces `<div id="ym">`) or fail and be
  // reported; a page's own function that throws is always reported.
  for (const [name, {element, markup, reported}] of Object.entries(
    HOSTILE_PAGES as Record<string, {element: string; markup: string; reported?: boolean}>
  )) {
    test(`${name}: the banner works, the choice is stored, scripts run, listeners hear it`, async ({page}) => {
      await watchPage(page);
      const errors = watchErrors(page);
      await openSite(page, {
        head: markup.startsWith('<script') ? markup : '',
        element: `${markup.startsWith('<script') ? '' : markup}<kelisim-consent ${element}></kelisim-consent>`,
        body: BODY,
      });
      await expect(banner(page)).toBeVisible();
      await listen(page);
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['released', 'functional released']));
      expect(await stored(page)).toMatch(/performance:1\|functional:1/);
      expect(await heard(page)).toEqual(['onChange', 'event']);
      expect(errors.uncaught).toEqual([]);
      if (reported) expect(errors.consoleErrors.some((text) => text.includes('[kelisim]'))).toBe(true);
    });
  }

  test('a returning visitor on a page that clobbers ym still gets the other scripts', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: BODY});
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toEqual(['released', 'functional released']);
    const errors = watchErrors(page);
    await openSite(page, {
      path: '/clobbered.html',
      element: '<div id="ym"></div><kelisim-consent revision="1" yandex-metrika="12345678"></kelisim-consent>',
      body: BODY,
    });
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['released', 'functional released']));
    expect(await page.evaluate(() => window.Kelisim!.getConsent().status)).toBe('current');
    expect(errors.uncaught).toEqual([]);
  });

  test('an onChange listener that throws is reported, and the others still run', async ({page}) => {
    await watchPage(page);
    const errors = watchErrors(page);
    // What the page's console is given, as text: a console message's own text names an Error
    // argument by its class alone in Firefox over WebDriver BiDi.
    await page.addInitScript(() => {
      const reported = ((window as unknown as {reported: string[]}).reported = [] as string[]);
      const error = console.error.bind(console);
      console.error = (...args: unknown[]) => {
        reported.push(args.map(String).join(' '));
        error(...args);
      };
    });
    await openSite(page, {body: BODY});
    await page.evaluate(() => {
      const heard = ((window as unknown as {heard: string[]}).heard = [] as string[]);
      window.Kelisim!.onChange(() => {
        throw new Error('listener broke');
      });
      window.Kelisim!.onChange(() => heard.push('second'));
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toEqual(['released', 'functional released']);
    expect(await heard(page)).toEqual(['second']);
    expect(await stored(page)).toMatch(/performance:1/);
    expect(errors.uncaught).toEqual([]);
    expect(errors.consoleErrors.join('\n')).toContain('[kelisim]');
    expect(await page.evaluate(() => (window as unknown as {reported: string[]}).reported.join('\n'))).toContain(
      'listener broke'
    );
  });
});
