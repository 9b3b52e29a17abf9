// dist/kelisim.mjs: the start-up module runs without Lit; the UI chunk is fetched only when
// something must be shown.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {SPLIT, banner, button, expectAnalyticsRan, openSite, ran, settle, watchPage} from './site.js';

function watchChunks(page: Page): string[] {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/') && path.endsWith('.mjs')) chunks.push(path);
  });
  return chunks;
}

async function acceptOnce(page: Page): Promise<void> {
  await openSite(page, {script: SPLIT});
  await button(page, 'accept-button').click();
  await expect(banner(page)).toHaveCount(0);
}

test.describe('the split build', () => {
  test('a first visit loads the UI chunk, shows the banner and releases scripts on Accept all', async ({page}) => {
    const watch = await watchPage(page);
    const chunks = watchChunks(page);
    await openSite(page, {script: SPLIT});
    await expect(banner(page)).toBeVisible();
    // The texts are fetched alongside the UI, not after it.
    expect(chunks.slice(0, 3)).toEqual(['/dist/kelisim.mjs', '/dist/kelisim-en.mjs', '/dist/kelisim-ui.mjs']);
    await settle(page);
    // The dialog's chunk comes once the banner is up, ahead of a click on Settings.
    expect(chunks.slice(3)).toEqual(['/dist/kelisim-preferences.mjs']);
    expect(watch.requests).toEqual([]);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
    expect(watch.errors).toEqual([]);
  });

  test("a Russian page fetches only the Russian texts, alongside the UI, and the switch fetches Kazakh's", async ({
    page,
  }) => {
    const watch = await watchPage(page);
    const chunks = watchChunks(page);
    await openSite(page, {script: SPLIT, lang: 'ru'});
    const title = page.locator('kelisim-consent [part~="banner"] [part~="title"]');
    await expect(title).toHaveText('Мы используем файлы cookie');
    await settle(page);
    expect(chunks).toEqual([
      '/dist/kelisim.mjs',
      '/dist/kelisim-ru.mjs',
      '/dist/kelisim-ui.mjs',
      '/dist/kelisim-preferences.mjs',
    ]);
    await page.getByRole('button', {name: 'Қазақша'}).click();
    await expect(title).toHaveText('Біз cookie файлдарын қолданамыз');
    expect(chunks.slice(4)).toEqual(['/dist/kelisim-kk.mjs']);
    expect(watch.errors).toEqual([]);
  });

  test("the README's modulepreload links fetch the UI and the page's texts once, alongside start-up", async ({
    page,
  }) => {
    const watch = await watchPage(page);
    const chunks = watchChunks(page);
    const head = ['ui', 'ru'].map((name) => `<link rel="modulepreload" href="/dist/kelisim-${name}.mjs">`).join('');
    await openSite(page, {script: SPLIT, lang: 'ru', head});
    await expect(page.locator('kelisim-consent [part~="banner"] [part~="title"]')).toHaveText(
      'Мы используем файлы cookie'
    );
    await settle(page);
    expect(chunks.sort()).toEqual([
      '/dist/kelisim-preferences.mjs',
      '/dist/kelisim-ru.mjs',
      '/dist/kelisim-ui.mjs',
      '/dist/kelisim.mjs',
    ]);
    expect(watch.errors).toEqual([]);
  });

  test('lost Russian texts are reported, and English stands in', async ({page}) => {
    const watch = await watchPage(page);
    await page.route('**/dist/kelisim-ru.mjs', (route) => route.abort());
    await openSite(page, {script: SPLIT, lang: 'ru'});
    await expect(page.locator('kelisim-consent [part~="banner"] [part~="title"]')).toHaveText('We use cookies');
    expect(watch.warnings.join('\n')).toContain('The "ru" texts could not be loaded');
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
  });

  test('with no texts at all, no banner shows and nothing runs', async ({page}) => {
    const watch = await watchPage(page);
    // Not served at all (a site that copied only some of dist/): a 404 fails the import at once in every engine.
    for (const language of ['ru', 'en'])
      await page.route(`**/dist/kelisim-${language}.mjs`, (route) => route.fulfill({status: 404}));
    await openSite(page, {script: SPLIT, lang: 'ru'});
    await settle(page);
    // WebKit's WebDriver page hands console messages over with its next call into the page (ran).
    await expect
      .poll(async () => (await ran(page), watch.warnings.join('\n')))
      .toContain('The "en" texts could not be loaded');
    await expect(banner(page)).toHaveCount(0);
    expect(watch.requests).toEqual([]);
    expect(await ran(page)).toEqual([]);
  });

  test("a lost dialog chunk is reported on Settings, and the banner's buttons still decide", async ({page}) => {
    const watch = await watchPage(page);
    await page.route('**/dist/kelisim-preferences.mjs', (route) => route.abort());
    await openSite(page, {script: SPLIT});
    await button(page, 'settings-button').click();
    await expect.poll(() => watch.warnings.join('\n')).toContain('The preferences dialog could not be loaded');
    await expect(page.locator('kelisim-consent [part~="dialog"]')).toHaveCount(0);
    await button(page, 'accept-button').click();
    await expectAnalyticsRan(page, watch);
  });

  test('a returning visitor runs the analytics without fetching the UI', async ({page}) => {
    const watch = await watchPage(page);
    await acceptOnce(page);
    const chunks = watchChunks(page);
    watch.requests.length = 0;
    await page.reload();
    await expectAnalyticsRan(page, watch);
    await settle(page);
    expect(chunks).toEqual(['/dist/kelisim.mjs']);
    expect(await page.evaluate(() => customElements.get('kelisim-consent'))).toBeUndefined();
    expect(await page.evaluate(() => window.Kelisim!.getConsent().status)).toBe('current');
  });

  test('the footer link fetches the UI and opens the dialog', async ({page}) => {
    await watchPage(page);
    await acceptOnce(page);
    await page.reload();
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    await expect(page.locator('kelisim-consent [part~="dialog"]')).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
  });

  test('a blocked embed fetches the embed gate, then the UI for its placeholder', async ({page}) => {
    await watchPage(page);
    await openSite(page, {script: SPLIT, body: ''});
    await page.evaluate(() => window.Kelisim!.accept(['performance']));
    // A chunk the first page asked for late (WebKit's proxy) must not count for the next page.
    await settle(page);
    const chunks = watchChunks(page);
    const body =
      '<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>';
    await openSite(page, {script: SPLIT, body, path: '/video.html'});
    await expect(page.locator('kelisim-placeholder [part~="allow-button"]')).toHaveText('Allow and show');
    // The placeholder's element is a chunk of its own, which needs the UI's Lit.
    expect(chunks).toEqual([
      '/dist/kelisim.mjs',
      '/dist/kelisim-embed-gate.mjs',
      '/dist/kelisim-en.mjs',
      '/dist/kelisim-ui.mjs',
      '/dist/kelisim-placeholder.mjs',
    ]);
  });

  test("a lost placeholder chunk is reported once for all the page's embeds, which stay blocked", async ({page}) => {
    const watch = await watchPage(page);
    await page.route('**/dist/kelisim-placeholder.mjs', (route) => route.abort());
    const video = (id: string) =>
      `<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/${id}"></iframe>`;
    await openSite(page, {script: SPLIT, body: video('a') + video('b')});
    await expect(banner(page)).toBeVisible();
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.dataset.category = 'functional';
      frame.dataset.src = 'https://www.youtube.com/embed/c';
      document.body.append(frame);
    });
    await settle(page);
    // WebKit's WebDriver page hands console messages over with its next call into the page (ran).
    await expect
      .poll(async () => (await ran(page), watch.warnings.filter((text) => text.includes('placeholders'))))
      .toEqual([expect.stringContaining('The placeholders of blocked embeds could not be loaded')]);
    await expect(page.locator('iframe[src]')).toHaveCount(0);
    expect(watch.requests).toEqual([]);
  });

  test('an allowed embed gets its src from the embed gate without the UI', async ({page}) => {
    await watchPage(page);
    await openSite(page, {script: SPLIT, body: ''});
    await page.evaluate(() => window.Kelisim!.accept(['functional']));
    // A chunk the first page asked for late (WebKit's proxy) must not count for the next page.
    await settle(page);
    const chunks = watchChunks(page);
    const body =
      '<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>';
    await openSite(page, {script: SPLIT, body, path: '/video.html'});
    await expect(page.locator('iframe')).toHaveAttribute('src', 'https://www.youtube.com/embed/x');
    expect(chunks).toEqual(['/dist/kelisim.mjs', '/dist/kelisim-embed-gate.mjs']);
  });

  test('the API works before the UI is loaded', async ({page}) => {
    await watchPage(page);
    await acceptOnce(page);
    await page.reload();
    const granted = await page.evaluate(() => {
      window.Kelisim!.accept(['functional']);
      return window.Kelisim!.getConsent().granted;
    });
    expect(granted).toEqual(['essential', 'functional']);
  });
});
