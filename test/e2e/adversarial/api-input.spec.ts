// Item 10 of issue 11: the page's API takes untrusted input. Categories match exactly, anything
// unknown or not a string is refused with a console error and grants nothing, a polluted
// Object.prototype grants nothing, getConsent() hands out copies, and a cookie-name that names an
// Object.prototype member is refused.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {banner, button, openSite, ran, settle, watchPage} from '../site.js';
import {consentCookies, watchProblems} from './helpers.js';

const ELEMENT = '<kelisim-consent revision="1" reload-on-withdraw="false"></kelisim-consent>';
const granted = (page: Page) => page.evaluate(() => window.Kelisim!.getConsent().granted);

test.describe('arguments of the API', () => {
  const refused: [string, (kelisim: NonNullable<Window['Kelisim']>) => unknown][] = [
    [
      "accept('performance functional'), a string where a list belongs",
      (k) => k.accept('performance functional' as never),
    ],
    ["accept('performance')", (k) => k.accept('performance' as never)],
    ["accept(['perf']), a prefix", (k) => k.accept(['perf'])],
    ["accept(['performance', 'marketing']), one unknown", (k) => k.accept(['performance', 'marketing'])],
    ["accept([' performance']), not exact", (k) => k.accept([' performance'])],
    ['accept([42])', (k) => k.accept([42 as never])],
    ["accept([{toString: () => 'performance'}])", (k) => k.accept([{toString: () => 'performance'} as never])],
    ["accept([['performance']])", (k) => k.accept([['performance'] as never])],
    ['accept(null)', (k) => k.accept(null as never)],
    ["accept({0: 'performance', length: 1})", (k) => k.accept({0: 'performance', length: 1} as never)],
  ];
  for (const [name, call] of refused) {
    test(`${name} is refused with a console error and grants nothing`, async ({page}) => {
      const watch = await watchPage(page);
      const problems = await watchProblems(page);
      await openSite(page, {element: ELEMENT});
      await page.evaluate(`(${call.toString()})(window.Kelisim)`);
      expect(problems.kelisimErrors).toHaveLength(1);
      expect(problems.uncaught).toEqual([]);
      expect(await granted(page)).toEqual(['essential']);
      await expect(banner(page)).toBeVisible();
      await settle(page);
      expect(watch.requests).toEqual([]);
      expect(await ran(page)).toEqual([]);
    });
  }

  test('allowed() matches exactly and refuses what is not a string', async ({page}) => {
    await watchPage(page);
    const problems = await watchProblems(page);
    await openSite(page, {
      element: '<kelisim-consent revision="1" categories="performance functional marketing"></kelisim-consent>',
    });
    await button(page, 'accept-button').click();
    const answers = await page.evaluate(() => {
      const allowed = window.Kelisim!.allowed as (category: unknown) => boolean;
      return [
        allowed('performance'),
        allowed('perf'),
        allowed('performancex'),
        allowed('Performance'),
        allowed('market'),
        allowed(['performance']),
        allowed({toString: () => 'performance'}),
        allowed(undefined),
        allowed('constructor'),
        allowed('__proto__'),
      ];
    });
    expect(answers).toEqual([true, false, false, false, false, false, false, false, false, false]);
    expect(problems.uncaught).toEqual([]);
    // Each non-string argument is one error; unknown names are errors too.
    expect(problems.kelisimErrors.length).toBe(9);
  });
});

test.describe('a polluted Object.prototype', () => {
  test.beforeEach(async ({page}) => {
    await page.addInitScript(() => {
      // As a careless deep merge of `{"__proto__": {"performance": true}}` leaves it: enumerable.
      for (const key of ['performance', 'functional', 'marketing', 'analytics']) {
        (Object.prototype as Record<string, unknown>)[key] = true;
      }
    });
  });

  test('grants nothing before a decision, nor through a placeholder that allows another category', async ({page}) => {
    const watch = await watchPage(page);
    const problems = await watchProblems(page);
    await openSite(page, {
      element: ELEMENT,
      body: `<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>
        <script type="text/plain" data-category="performance">(window.ran = window.ran || []).push('performance')</script>
        <script type="text/plain" data-category="marketing">(window.ran = window.ran || []).push('marketing')</script>`,
    });
    await expect(banner(page)).toBeVisible();
    expect(
      await page.evaluate(() => [window.Kelisim!.allowed('performance'), window.Kelisim!.allowed('marketing')])
    ).toEqual([false, false]);
    await page.locator('kelisim-placeholder').locator('[part~="allow-button"]').click();
    await expect(page.locator('iframe')).toBeVisible();
    expect(await granted(page)).toEqual(['essential', 'functional']);
    expect(await page.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(watch.requests.filter((url) => !url.startsWith('https://www.youtube.com/'))).toEqual([]);
    expect(problems.uncaught).toEqual([]);
  });
});

test.describe('what the API hands out', () => {
  test('getConsent() and change details are copies that cannot change the stored choice', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: ELEMENT});
    await page.evaluate(() => {
      window.Kelisim!.onChange((change) => {
        change.record.granted.performance = true;
        change.granted.push('performance');
      });
    });
    await button(page, 'reject-button').click();
    await page.evaluate(() => {
      const state = window.Kelisim!.getConsent();
      state.record!.granted.performance = true;
      state.record!.granted.functional = true;
      state.granted.push('performance');
    });
    expect(await page.evaluate(() => window.Kelisim!.allowed('performance'))).toBe(false);
    expect(await page.evaluate(() => window.Kelisim!.getConsent())).toMatchObject({
      granted: ['essential'],
      record: {granted: {essential: true, performance: false, functional: false}},
    });
    // The gate asks the same state: nothing it holds back is released.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>more</p>'));
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(watch.requests).toEqual([]);
  });
});

test.describe('cookie-name', () => {
  for (const name of ['__proto__', 'constructor', 'hasOwnProperty']) {
    test(`cookie-name="${name}" is refused with a console error; the choice is kept under "kelisim"`, async ({
      page,
      context,
    }) => {
      await watchPage(page);
      const problems = await watchProblems(page);
      await openSite(page, {element: `<kelisim-consent revision="1" cookie-name="${name}"></kelisim-consent>`});
      await expect(banner(page)).toBeVisible();
      await button(page, 'reject-button').click();
      expect(problems.kelisimErrors.join('\n')).toContain(`cookie-name="${name}"`);
      expect(problems.uncaught).toEqual([]);
      expect(await consentCookies(context, page.url())).toHaveLength(1);
      await page.reload();
      await settle(page);
      await expect(banner(page)).toHaveCount(0);
      expect(await page.evaluate(() => window.Kelisim!.getConsent().status)).toBe('current');
    });
  }
});
