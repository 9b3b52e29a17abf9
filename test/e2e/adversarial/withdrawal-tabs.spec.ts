// Issue 11, item 4: a withdrawal made in another tab of the site is a full withdrawal here too.
import {expect, test} from '@playwright/test';
import {openSite, watchPage} from '../site.js';
import {acceptAndWaitForTags, element, expectFullWithdrawal, markWindow, origin} from './withdrawal.js';

test.describe('withdrawal in another tab', () => {
  for (const [way, call] of [
    ['rejects all', () => void window.Kelisim!.rejectAll()],
    ['resets', () => window.Kelisim!.reset()],
  ] as const) {
    test(`the other tab ${way}`, async ({context}) => {
      const here = await context.newPage();
      const watch = await watchPage(here);
      await openSite(here, {origin, element: element(), body: ''});
      await acceptAndWaitForTags(here);
      const there = await context.newPage();
      await watchPage(there);
      await openSite(there, {origin, element: element(), body: ''});
      await expect.poll(() => there.evaluate(() => window.Kelisim!.getConsent().status)).toBe('current');
      await markWindow(here);
      await there.evaluate(call);
      await expect.poll(() => here.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual(['essential']);
      await expectFullWithdrawal(here, watch.requests, way === 'resets' ? [] : ['kelisim']);
    });
  }
});
