import {expect, test} from '@playwright/test';
import {onPageError} from './site.js';

test.describe('demo/index.html', () => {
  test('shows the fake counters not running, then running after Accept all', async ({page}) => {
    const errors: string[] = [];
    onPageError(page, (message) => errors.push(message));
    await page.goto('/');
    await expect(page.locator('#status-metrika')).toHaveText('not running');
    await expect(page.locator('#status-ga')).toHaveText('not running');
    await page.getByRole('button', {name: 'Барлығын қабылдау'}).click();
    await expect(page.locator('#status-metrika')).toContainText('running');
    await expect(page.locator('#status-ga')).toContainText('config G-DEMO1234');
    await expect(page.locator('#status-chat')).toHaveText('running');
    await expect(page.locator('#status-consent')).toContainText('current: essential, performance, functional');
    expect(errors).toEqual([]);
  });
});

test('the demo server answers a malformed URL with 400 and keeps serving', async ({browserName}) => {
  // A server-side check: one engine is enough.
  test.skip(browserName !== 'chromium', 'checks the Node server, not the browser');
  const port = process.env.KELISIM_TEST_PORT ?? 4317;
  expect((await fetch(`http://127.0.0.1:${port}/%E0%A4%A`)).status).toBe(400);
  expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
});
