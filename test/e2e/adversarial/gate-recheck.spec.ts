// Issue 11, item 2: a queued gated script runs only if its category is still allowed when its
// turn comes; a withdrawal empties the queue.
import {expect, test} from '@playwright/test';
import {button, openSite, ran, watchPage} from '../site.js';
import {gatedExternal, gatedInline, holdHost} from './gate-helpers.js';

const ELEMENT = '<kelisim-consent reload-on-withdraw="false"></kelisim-consent>';

test.describe('the gate re-checks consent at each release', () => {
  test('an inline script waiting for its loader does not run once its category is withdrawn', async ({page}) => {
    await watchPage(page);
    const held = await holdHost(page, ['loader']);
    await openSite(page, {
      element: ELEMENT,
      body:
        gatedExternal('performance', 'loader') +
        gatedInline('performance', 'init after loader') +
        gatedExternal('performance', 'second') +
        gatedInline('functional', 'functional widget'),
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => held.requested).toEqual(['loader']);
    await page.evaluate(() => window.Kelisim!.accept(['functional']));
    await held.answer('loader');
    // The functional script comes last: once it ran, the queue before it was settled.
    await expect.poll(() => ran(page)).toContain('functional widget');
    expect(await ran(page)).toEqual(['loader', 'functional widget']);
    expect(held.requested).toEqual(['loader']);
  });

  test('an external script queued behind another is not fetched once its category is withdrawn', async ({page}) => {
    await watchPage(page);
    const held = await holdHost(page, ['first']);
    await openSite(page, {
      element: ELEMENT,
      body:
        gatedExternal('performance', 'first') +
        gatedExternal('performance', 'queued') +
        gatedExternal('functional', 'last'),
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => held.requested).toContain('first');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await page.evaluate(() => window.Kelisim!.accept(['functional']));
    await held.answer('first');
    await expect.poll(() => ran(page)).toContain('last');
    expect(held.requested).not.toContain('queued');
    expect(await ran(page)).toEqual(['first', 'last']);
  });

  test('what was withdrawn while queued runs once when granted again', async ({page}) => {
    await watchPage(page);
    const held = await holdHost(page, ['first']);
    await openSite(page, {
      element: ELEMENT,
      body: gatedExternal('performance', 'first') + gatedInline('performance', 'init'),
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => held.requested).toContain('first');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await held.answer('first');
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => ran(page)).toContain('init');
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    expect((await ran(page)).filter((name) => name === 'init')).toEqual(['init']);
  });
});
