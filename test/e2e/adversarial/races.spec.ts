// Item 13 of issue 11: two tabs deciding within the same instant converge on what the cookie
// finally holds. Each tab's announcements are held back until both have decided, so the two
// messages cross, as they do when two visitors' clicks land together.
import {expect, test} from '@playwright/test';
import type {BrowserContext, Page} from '@playwright/test';
import {openSite, watchPage} from '../site.js';
import {consentCookies, grantedIn, watchProblems} from './helpers.js';

const ELEMENT = '<kelisim-consent revision="1" reload-on-withdraw="false"></kelisim-consent>';

async function openTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const held: [BroadcastChannel, unknown][] = [];
    const post = BroadcastChannel.prototype.postMessage;
    const w = window as unknown as {hold: boolean; release: () => void};
    w.hold = false;
    BroadcastChannel.prototype.postMessage = function (message: unknown) {
      if (w.hold && String(this.name).startsWith('kelisim')) held.push([this, message]);
      else post.call(this, message);
    };
    w.release = () => {
      w.hold = false;
      for (const [channel, message] of held.splice(0)) post.call(channel, message);
    };
  });
  await watchPage(page);
  await openSite(page, {element: ELEMENT, body: ''});
  return page;
}

const view = (page: Page) =>
  page.evaluate(() => {
    const {record} = window.Kelisim!.getConsent();
    return {id: record?.id, granted: record?.granted, performance: window.Kelisim!.allowed('performance')};
  });

const decisions: [string, string, string][] = [
  ['accept all', 'reject all', 'acceptAll()'],
  ['accept performance', 'accept functional', "accept(['performance'])"],
];

for (const [firstName, secondName, firstCall] of decisions) {
  test(`${firstName} and ${secondName} in the same instant: both tabs end on what the cookie holds`, async ({
    context,
  }) => {
    const first = await openTab(context);
    const second = await openTab(context);
    const problems = await Promise.all([watchProblems(first), watchProblems(second)]);
    const secondCall = secondName === 'reject all' ? 'rejectAll()' : "accept(['functional'])";
    for (const page of [first, second]) await page.evaluate(() => ((window as unknown as {hold: boolean}).hold = true));
    await first.evaluate(`window.Kelisim.${firstCall}`);
    await second.evaluate(`window.Kelisim.${secondCall}`);
    await Promise.all(
      [first, second].map((page) => page.evaluate(() => (window as unknown as {release: () => void}).release()))
    );

    const cookie = async () => {
      const cookies = await consentCookies(context, first.url());
      return cookies.length === 1 ? cookies[0].value : `${cookies.length} cookies`;
    };
    const settled = async () => {
      const value = await cookie();
      const views = [await view(first), await view(second)];
      return views.every(
        (v) => v.id === value.split('.')[1] && JSON.stringify(v.granted) === JSON.stringify(grantedIn(value))
      );
    };
    await expect.poll(settled).toBe(true);
    // Focus re-reads the cookie: nothing moves once the tabs agree with it.
    for (const page of [first, second]) await page.evaluate(() => dispatchEvent(new Event('focus')));
    expect(await settled()).toBe(true);
    const [a, b] = [await view(first), await view(second)];
    expect(a.performance).toBe(b.performance);
    expect(problems.flatMap((p) => p.uncaught)).toEqual([]);
  });
}
