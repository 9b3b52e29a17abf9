// Issue 13, item 2: the gate leaves the nodes a framework rendered where they are, so its
// virtual DOM still finds them, and runs a copy from <head>, once.
import {expect, test} from '@playwright/test';
import type {JSHandle} from '@playwright/test';
import {GATED_SCRIPTS, button, expectAnalyticsRan, openSite, ran, settle, watchPage} from '../site.js';

const APP = `<div id="app"><p>first</p>${GATED_SCRIPTS}<p>last</p></div>`;

/** What a virtual DOM would check of its own nodes: the same nodes, still under their parent, still inert. */
const ownNodes = (originals: JSHandle<Element[]>) =>
  originals.evaluate((nodes) =>
    nodes.map((node) => ({parent: node.parentElement?.id, type: node.getAttribute('type')}))
  );

test.describe('gated scripts rendered by a framework', () => {
  test('stay in place, inert and marked as handled; the copies run once from <head>', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {body: APP});
    const originals = await page.evaluateHandle(() => [...document.querySelectorAll('#app script')]);
    const childCount = () => page.evaluate(() => document.getElementById('app')!.childNodes.length);
    const before = await childCount();
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);

    expect(await ownNodes(originals)).toEqual(Array(4).fill({parent: 'app', type: 'text/plain'}));
    expect(await childCount()).toBe(before);
    expect(await originals.evaluate((nodes) => nodes.every((node) => node.hasAttribute('data-kelisim-released')))).toBe(
      true
    );
    const copies = await page.evaluate(() => ({
      head: document.head.querySelectorAll('script[data-category]:not([type])').length,
      body: document.body.querySelectorAll('script[data-category]:not([type])').length,
    }));
    expect(copies).toEqual({head: 4, body: 0});
    expect(watch.errors).toEqual([]);
  });

  test('a re-render that moves, inserts before or removes them throws nothing and runs nothing again', async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await openSite(page, {body: APP, element: '<kelisim-consent reload-on-withdraw="false"></kelisim-consent>'});
    const originals = await page.evaluateHandle(() => [...document.querySelectorAll('#app script')]);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);

    // What React's reconciler and Vue's patcher do with the nodes they created.
    await originals.evaluate((nodes) => {
      const app = document.getElementById('app')!;
      app.insertBefore(document.createElement('span'), nodes[1]);
      app.append(nodes[0]);
      for (const node of nodes.slice(2)) app.removeChild(node);
    });
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await page.evaluate(() => window.Kelisim!.accept(['functional']));
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await settle(page);
    expect(await ran(page)).toEqual(['metrika tag.js', 'ym 123 init {}', 'gtag.js']);
    expect(watch.errors).toEqual([]);
  });

  test('a returning visitor runs each once, and the rendered markup is unchanged for hydration', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {body: APP});
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
    await page.reload();
    await expectAnalyticsRan(page, watch);
    await settle(page);
    expect(await ran(page)).toEqual(['metrika tag.js', 'ym 123 init {}', 'gtag.js']);
    // A server-rendered tree must match what the framework renders: nothing added or removed inside it.
    const tags = await page.evaluate(() => [...document.getElementById('app')!.children].map((node) => node.tagName));
    expect(tags).toEqual(['P', 'SCRIPT', 'SCRIPT', 'SCRIPT', 'SCRIPT', 'P']);
    expect(watch.errors).toEqual([]);
  });
});
