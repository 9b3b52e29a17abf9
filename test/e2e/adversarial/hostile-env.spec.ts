// Item 11 of issue 11: where document.cookie or storage throws (a sandboxed iframe, storage
// blocked), the visitor is treated as undecided, the banner works, the choice is kept in memory
// for the page and one clear error is logged. Never an uncaught exception.
import {expect, test} from '@playwright/test';
import type {Frame, Page} from '@playwright/test';
import {port} from '../../../playwright.config.js';
import {banner, button, openSite, ran, settle, watchPage} from '../site.js';
import {endpoint, watchProblems} from './helpers.js';

const GATED = `<script type="text/plain" data-category="performance">(window.ran = window.ran || []).push('performance')</script>`;
const state = (target: Page | Frame) =>
  target.evaluate(() => ({
    status: window.Kelisim!.getConsent().status,
    performance: window.Kelisim!.allowed('performance'),
    ran: (window as unknown as {ran?: string[]}).ran ?? [],
  }));

test('in a sandboxed iframe without allow-same-origin the banner works and the choice holds for the page', async ({
  page,
  browserName,
}) => {
  test.skip(
    browserName === 'webkit',
    "WebKit over WebDriver: an opaque-origin srcdoc frame is out of the page's reach, and its console (Kelisim's error) has no capture script"
  );
  const problems = await watchProblems(page);
  const frameHtml = `<!doctype html><html lang="en"><head><script src="http://127.0.0.1:${port}/kelisim.js"></script></head>
    <body><kelisim-consent revision="1"></kelisim-consent>${GATED}</body></html>`;
  const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body>
    <iframe title="Sandboxed" sandbox="allow-scripts" width="800" height="500" srcdoc="${frameHtml.replaceAll('"', '&quot;')}"></iframe></body></html>`;
  await page.route('**/sandbox.html', (route) => route.fulfill({contentType: 'text/html', body: html}));
  await page.goto('/sandbox.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('kelisim-consent [part~="banner"]')).toBeVisible();
  const inner = page.frames()[1];
  expect(await state(inner)).toEqual({status: 'missing', performance: false, ran: []});
  // Pressed by keyboard: over WebDriver BiDi, Playwright cannot place a mouse click in a frame of
  // an opaque origin (Firefox), and a visitor may decide either way.
  await frame.locator('kelisim-consent [part~="banner"] [part~="accept-button"]').press('Enter');
  await expect(frame.locator('kelisim-consent [part~="banner"]')).toHaveCount(0);
  await expect.poll(() => state(inner)).toEqual({status: 'current', performance: true, ran: ['performance']});
  expect(problems.uncaught).toEqual([]);
  expect(problems.kelisimErrors).toHaveLength(1);
  expect(problems.kelisimErrors[0]).toMatch(/cookie/i);
});

test.describe('document.cookie and storage blocked on the page', () => {
  test.beforeEach(async ({page}) => {
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(Document.prototype, 'cookie', {get: blocked, set: blocked, configurable: true});
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {get: blocked, configurable: true});
    });
  });

  test('the visitor is undecided, the banner works, the choice holds for the page with one error', async ({page}) => {
    const proofs = await endpoint();
    await watchPage(page);
    const problems = await watchProblems(page);
    await openSite(page, {
      element: `<kelisim-consent revision="1" reload-on-withdraw="false" consent-endpoint="${proofs.url}"></kelisim-consent>`,
      body: GATED,
    });
    await expect(banner(page)).toBeVisible();
    expect(await state(page)).toEqual({status: 'missing', performance: false, ran: []});
    await button(page, 'reject-button').click();
    await expect(banner(page)).toHaveCount(0);
    expect(await state(page)).toEqual({status: 'current', performance: false, ran: []});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => state(page)).toEqual({status: 'current', performance: true, ran: ['performance']});
    await expect.poll(() => proofs.received.length).toBe(2);
    expect(problems.uncaught).toEqual([]);
    expect(problems.kelisimErrors).toHaveLength(1);
    expect(problems.kelisimErrors[0]).toMatch(/cookie/i);
    // Withdrawing clears cookies, which throws here too; it must stay inside Kelisim.
    await page.evaluate(() => window.Kelisim!.rejectAll());
    expect(await state(page)).toMatchObject({status: 'current', performance: false});
    await page.evaluate(() => window.Kelisim!.reset());
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(problems.uncaught).toEqual([]);
    await proofs.close();
  });
});

test('cookies the browser silently drops: the choice holds for the page, with one error', async ({page}) => {
  await page.addInitScript(() =>
    Object.defineProperty(Document.prototype, 'cookie', {get: () => '', set: () => {}, configurable: true})
  );
  await watchPage(page);
  const problems = await watchProblems(page);
  await openSite(page, {element: '<kelisim-consent revision="1"></kelisim-consent>', body: GATED});
  await button(page, 'accept-button').click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => ran(page)).toEqual(['performance']);
  expect(await state(page)).toEqual({status: 'current', performance: true, ran: ['performance']});
  expect(problems.uncaught).toEqual([]);
  expect(problems.kelisimErrors).toHaveLength(1);
  expect(problems.kelisimErrors[0]).toMatch(/cookie/i);
});
