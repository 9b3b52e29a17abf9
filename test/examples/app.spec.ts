// Each example app (examples/<name>), built for production, used as a visitor would: the banner,
// Accept and Reject, the gated script its framework rendered, and the app re-rendering and
// navigating around what Kelisim released. KELISIM_EXAMPLE names the app.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';

const example = process.env.KELISIM_EXAMPLE ?? 'react';
// Next.js renders on the server per request, Astro when it builds.
const serverRendered = example === 'next' || example === 'astro';

/** Page errors and console errors, where frameworks report failed renders and hydration. */
function errorsOn(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** How often the framework-rendered gated script ran in this document. */
const runs = (page: Page) => page.evaluate(() => (window as {exampleAnalytics?: number}).exampleAnalytics ?? 0);

const embedRequests = (page: Page) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/embed.html')) requests.push(request.url());
  });
  return requests;
};

const accept = (page: Page) => page.getByRole('button', {name: 'Accept all'}).click();
const counter = (page: Page) => page.locator('#count');

test('the gated script runs only after Accept, and re-renders and navigation stay clean', async ({page}) => {
  const errors = errorsOn(page);
  const embeds = embedRequests(page);
  await page.goto('/');
  await expect(page.getByRole('region', {name: 'We use cookies'})).toBeVisible();
  await expect(page.locator('#status')).toHaveText('Analytics not allowed');
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  expect(await runs(page)).toBe(0);
  expect(embeds).toEqual([]);

  await accept(page);
  await expect(page.locator('#status')).toHaveText('Analytics allowed');
  await expect.poll(() => runs(page)).toBe(1);
  await expect(page.locator('iframe[title="Embed"]')).toHaveAttribute('src', '/embed.html');
  expect(embeds).toHaveLength(1);

  // Re-render around the released script; the counter's note is inserted before it.
  await counter(page).click();
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 3 times');
  expect(await runs(page)).toBe(1);

  // Away (the script's view unmounts) and back (a new gated script mounts and runs once).
  await page.getByRole('link', {name: 'About'}).click();
  await expect(page.getByRole('heading', {name: 'About'})).toBeVisible();
  // What the framework rendered went with its view: no released copy is left behind in it.
  await expect(page.locator('main script')).toHaveCount(0);
  await page.getByRole('link', {name: 'Home'}).click();
  await expect(page.locator('#status')).toHaveText('Analytics allowed');
  await expect.poll(() => runs(page)).toBe(2);
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  expect(await runs(page)).toBe(2);
  expect(errors).toEqual([]);
});

test('Reject keeps the gated script and the embed from loading; the footer link reopens the choice', async ({page}) => {
  const errors = errorsOn(page);
  const embeds = embedRequests(page);
  await page.goto('/');
  await page.getByRole('button', {name: 'Reject all'}).click();
  await expect(page.getByRole('region', {name: 'We use cookies'})).toBeHidden();
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  await page.locator('[data-kelisim="preferences"]').click();
  await expect(page.getByRole('dialog', {name: 'Cookie settings'})).toBeVisible();
  await page.reload();
  await expect(page.locator('#status')).toHaveText('Analytics not allowed');
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  expect(await runs(page)).toBe(0);
  expect(embeds).toEqual([]);
  expect(errors).toEqual([]);
});

test("a returning visitor's choice releases the script once, with no error on load or re-render", async ({page}) => {
  await page.goto('/');
  await accept(page);
  await expect.poll(() => runs(page)).toBe(1);
  const errors = errorsOn(page);
  await page.reload();
  await expect(page.locator('#status')).toHaveText('Analytics allowed');
  await expect.poll(() => runs(page)).toBe(1);
  await expect(page.getByRole('region', {name: 'We use cookies'})).toBeHidden();
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  expect(await runs(page)).toBe(1);
  expect(errors).toEqual([]);
});

test('the server renders the element and the gated script, and the page hydrates', async ({page, request}) => {
  test.skip(!serverRendered, 'rendered in the browser only');
  const html = await (await request.get('/')).text();
  expect(html).toContain('<kelisim-consent');
  expect(html).toMatch(/<script type="text\/plain" data-category="performance"/);
  const errors = errorsOn(page);
  await page.goto('/');
  // The counter only counts once the framework has hydrated it.
  await counter(page).click();
  await expect(counter(page)).toHaveText('Clicked 1 times');
  expect(errors).toEqual([]);
});
