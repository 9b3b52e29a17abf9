// Item 12 of issue 11: proof of consent. The payload names the page by origin and path only, the
// queue of unsent proofs belongs to one cookie-name, each decision is delivered at most once, and
// a blocked endpoint neither breaks the page nor loses the proof: a later page sends it.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {port} from '../../../playwright.config.js';
import {button, siteHtml, watchPage} from '../site.js';
import {endpoint, openAt, watchProblems} from './helpers.js';
import type {Endpoint} from './helpers.js';

const origin = `http://127.0.0.1:${port}`;
const element = (proofs: Endpoint, extra = '') =>
  `<kelisim-consent revision="1" reload-on-withdraw="false" consent-endpoint="${proofs.url}" ${extra}></kelisim-consent>`;
const sources = (proofs: Endpoint) => proofs.received.map((proof) => proof.source);
/** Decides once more through the API and waits for that proof: what came before it has arrived. */
async function sentinel(page: Page, proofs: Endpoint) {
  const before = proofs.received.length;
  await page.evaluate(() => window.Kelisim!.rejectAll());
  await expect.poll(() => sources(proofs).slice(before)).toContain('api');
}

test('the proof names the page by origin and path only: no query string, no fragment', async ({page}) => {
  const proofs = await endpoint();
  await watchPage(page);
  await openAt(page, `${origin}/account/site.html?email=visitor%40mail.kz&token=s3cret#reset=abc`, {
    element: element(proofs),
  });
  await button(page, 'accept-button').click();
  await expect.poll(() => proofs.received.length).toBe(1);
  expect(proofs.received[0].url).toBe(`${origin}/account/site.html`);
  expect(JSON.stringify(proofs.received)).not.toMatch(/visitor|s3cret|reset/);
  await proofs.close();
});

test("a proof waits for its own site's endpoint: the queue is per cookie-name", async ({page}) => {
  await page.addInitScript(() => (navigator.sendBeacon = () => false));
  const first = await endpoint();
  const firstPort = Number(new URL(first.url).port);
  await first.close();
  const problems = await watchProblems(page);
  await watchPage(page);
  await openAt(page, `${origin}/a/site.html`, {element: element(first, 'cookie-name="site_a"'), body: ''});
  await button(page, 'accept-button').click();
  await expect.poll(() => page.evaluate(() => JSON.stringify(localStorage))).toContain('accept-all');

  const second = await endpoint();
  await openAt(page, `${origin}/b/site.html`, {element: element(second, 'cookie-name="site_b"'), body: ''});
  await button(page, 'reject-button').click();
  await expect.poll(() => sources(second)).toContain('reject-all');
  await sentinel(page, second);
  expect(sources(second)).toEqual(['reject-all', 'api']);

  const restarted = await endpoint(firstPort);
  await openAt(page, `${origin}/a/site.html`, {element: element(restarted, 'cookie-name="site_a"'), body: ''});
  await sentinel(page, restarted);
  expect(sources(restarted)).toEqual(['accept-all', 'api']);
  expect(problems.uncaught).toEqual([]);
  await Promise.all([second.close(), restarted.close()]);
});

test('each decision is delivered at most once, even while an earlier proof is still in flight', async ({page}) => {
  // A browser refuses beacons over its quota; Kelisim then uses fetch, which can be slow.
  await page.addInitScript(() => (navigator.sendBeacon = () => false));
  const proofs = await endpoint();
  const problems = await watchProblems(page);
  await watchPage(page);
  const seeded = {schema: 1, id: '00000000-0000-4000-8000-0000000000aa', source: 'save', url: `${origin}/before`};
  await page.route('**/blank.html', (route) =>
    route.fulfill({contentType: 'text/html', body: '<!doctype html><title>blank</title>'})
  );
  await page.goto('/blank.html');
  await page.evaluate((body) => localStorage.setItem('kelisim:unsent', JSON.stringify([body])), JSON.stringify(seeded));

  proofs.hold();
  await openAt(page, `${origin}/site.html`, {element: element(proofs), body: ''});
  await expect.poll(() => sources(proofs)).toEqual(['save']);
  await button(page, 'accept-button').click();
  await expect.poll(() => sources(proofs)).toContain('accept-all');
  // Both requests are still unanswered when the page goes: the page sees them fail.
  await page.reload();
  proofs.release();
  await sentinel(page, proofs);
  expect(sources(proofs)).toEqual(['save', 'accept-all', 'api']);
  expect(problems.uncaught).toEqual([]);
  await proofs.close();
});

test.describe('a blocked endpoint', () => {
  test('CSP connect-src: no unhandled rejection, and the proof is sent from a later page', async ({page}) => {
    const proofs = await endpoint();
    const problems = await watchProblems(page);
    await watchPage(page);
    await page.route('**/csp-site.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: {'content-security-policy': "connect-src 'self'"},
        body: siteHtml({element: element(proofs), body: ''}),
      })
    );
    await page.goto('/csp-site.html');
    await button(page, 'accept-button').click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kelisim:unsent') ?? '')).toContain('accept-all');
    expect(proofs.received).toEqual([]);
    expect(problems.uncaught).toEqual([]);

    await openAt(page, `${origin}/site.html`, {element: element(proofs), body: ''});
    await sentinel(page, proofs);
    expect(sources(proofs)).toEqual(['accept-all', 'api']);
    expect(problems.uncaught).toEqual([]);
    await proofs.close();
  });

  test('a sendBeacon that throws: no unhandled rejection, the proof is delivered once', async ({page}) => {
    await page.addInitScript(() => {
      navigator.sendBeacon = () => {
        throw new TypeError('Beacons are blocked on this page');
      };
    });
    const proofs = await endpoint();
    const problems = await watchProblems(page);
    await watchPage(page);
    await openAt(page, `${origin}/site.html`, {element: element(proofs), body: ''});
    await button(page, 'accept-button').click();
    await sentinel(page, proofs);
    await page.reload();
    await sentinel(page, proofs);
    expect(sources(proofs)).toEqual(['accept-all', 'api', 'api']);
    expect(problems.uncaught).toEqual([]);
    await proofs.close();
  });

  test('offline: the proof is kept and sent once from a later page', async ({page, context, browserName}) => {
    test.skip(
      browserName === 'firefox',
      'context.setOffline needs WebDriver BiDi emulation.setNetworkConditions, which stock Firefox ESR 140 lacks'
    );
    const proofs = await endpoint();
    const problems = await watchProblems(page);
    await watchPage(page);
    await openAt(page, `${origin}/site.html`, {element: element(proofs), body: ''});
    await context.setOffline(true);
    await button(page, 'accept-button').click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('kelisim:unsent') ?? '')).toContain('accept-all');
    await context.setOffline(false);
    await page.reload();
    await sentinel(page, proofs);
    expect(sources(proofs)).toEqual(['accept-all', 'api']);
    expect(problems.uncaught).toEqual([]);
    await proofs.close();
  });
});
