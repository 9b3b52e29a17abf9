// Every scenario with analytics hosts routed to stubs and every request counted against what the
// visitor had allowed at that moment. The matrix is printed at the end; "not allowed" must be 0.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {GATED_SCRIPTS, SPLIT, banner, button, openSite, settle, watchPage} from './site.js';
import type {SiteOptions} from './site.js';

const CATEGORY_OF_HOST: Record<string, string> = {
  'mc.yandex.ru': 'performance',
  'www.googletagmanager.com': 'performance',
  'www.google-analytics.com': 'performance',
  'pixel.k-s.test': 'performance',
  'www.youtube.com': 'functional',
};

const BODY = `${GATED_SCRIPTS}
<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/leak"></iframe>
<img alt="" data-category="performance" data-src="https://pixel.k-s.test/p.gif">`;

interface Row {
  scenario: string;
  allowed: number;
  notAllowed: string[];
}
const matrix: Row[] = [];

/** Counts each tracked request as allowed or not by what `granted` holds when it is made. */
async function audit(page: Page) {
  await watchPage(page);
  const state = {granted: new Set<string>(), allowed: 0, notAllowed: [] as string[]};
  page.context().on('request', (request) => {
    const category = CATEGORY_OF_HOST[new URL(request.url()).hostname];
    if (!category) return;
    if (state.granted.has(category)) state.allowed++;
    else state.notAllowed.push(request.url());
  });
  return state;
}

async function scenario(name: string, page: Page, run: (state: Awaited<ReturnType<typeof audit>>) => Promise<void>) {
  const state = await audit(page);
  await run(state);
  await settle(page);
  matrix.push({scenario: name, allowed: state.allowed, notAllowed: state.notAllowed});
  expect(state.notAllowed, `${name}: requests the visitor had not allowed`).toEqual([]);
  return state;
}

const open = (page: Page, options: SiteOptions = {}) => openSite(page, {body: BODY, ...options});
const storedRecord = (updatedAt: number, revision = 1) =>
  `1.0b8f6a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b.${revision}.essential:1|performance:1|functional:1.${updatedAt}.${updatedAt}.en`;

test.describe('leak-proof scenarios', () => {
  test.describe.configure({mode: 'serial'});

  test.afterAll(() => {
    const lines = [
      '| scenario | allowed requests | not allowed |',
      '|---|---|---|',
      ...matrix.map((row) => `| ${row.scenario} | ${row.allowed} | ${row.notAllowed.length} |`),
    ];
    console.log(`\nLeak-proof matrix\n${lines.join('\n')}\n`);
  });

  test('first visit', async ({page}) => {
    await scenario('first visit', page, async () => {
      await open(page);
      await expect(banner(page)).toBeVisible();
    });
  });

  test('accept all', async ({page}) => {
    const state = await scenario('accept all', page, async (state) => {
      await open(page);
      await settle(page);
      state.granted = new Set(['performance', 'functional']);
      await button(page, 'accept-button').click();
      await expect.poll(() => state.allowed).toBeGreaterThanOrEqual(4);
    });
    expect(state.allowed).toBeGreaterThan(0);
  });

  test('reject all', async ({page}) => {
    await scenario('reject all', page, async () => {
      await open(page);
      await button(page, 'reject-button').click();
      await page.reload();
    });
  });

  test('partial: functional only', async ({page}) => {
    const state = await scenario('partial (functional only)', page, async (state) => {
      await open(page);
      state.granted = new Set(['functional']);
      await button(page, 'settings-button').click();
      await page.getByRole('switch', {name: 'Functional cookies'}).check();
      await page.getByRole('button', {name: 'Save choice'}).click();
      await expect.poll(() => state.allowed).toBe(1);
      // The video's load ends first: Firefox over BiDi has failed a reload that cut it short (NS_ERROR_ABORT).
      await settle(page);
      await page.reload();
      await expect(page.locator('iframe')).toHaveAttribute('src', 'https://www.youtube.com/embed/leak');
    });
    expect(state.allowed).toBeGreaterThanOrEqual(1);
  });

  test('withdraw', async ({page}) => {
    await scenario('withdraw', page, async (state) => {
      state.granted = new Set(['performance', 'functional']);
      await open(page);
      await button(page, 'accept-button').click();
      await expect.poll(() => state.allowed).toBeGreaterThanOrEqual(4);
      // Let the tags' own hits, sent while allowed, arrive before the withdrawal is counted.
      await settle(page);
      state.granted = new Set(['functional']);
      const reloaded = page.waitForEvent('load');
      await page.getByRole('link', {name: 'Cookie settings'}).click();
      await page.getByRole('switch', {name: 'Performance cookies'}).uncheck();
      await page.getByRole('button', {name: 'Save choice'}).click();
      await reloaded;
    });
  });

  test('revision bump', async ({page, baseURL}) => {
    await scenario('revision bump', page, async () => {
      await page
        .context()
        .addCookies([{name: 'kelisim', value: storedRecord(Math.floor(Date.now() / 1000)), url: baseURL}]);
      await open(page, {revision: 2});
      await expect(banner(page)).toBeVisible();
    });
  });

  test('expired record', async ({page, baseURL}) => {
    await scenario('expired record', page, async () => {
      const longAgo = Math.floor(Date.now() / 1000) - 366 * 86_400;
      await page.context().addCookies([{name: 'kelisim', value: storedRecord(longAgo), url: baseURL}]);
      await open(page);
      await expect(banner(page)).toBeVisible();
    });
  });

  test('malformed cookie', async ({page, baseURL}) => {
    await scenario('malformed cookie', page, async () => {
      const forged = storedRecord(Math.floor(Date.now() / 1000)).replace('0b8f6a4e', 'zzzzzzzz');
      await page.context().addCookies([{name: 'kelisim', value: forged, url: baseURL}]);
      await open(page);
      await expect(banner(page)).toBeVisible();
    });
  });

  test('scripts added after load by an SPA', async ({page}) => {
    await scenario('SPA-added scripts', page, async () => {
      await open(page, {body: ''});
      await button(page, 'reject-button').click();
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.type = 'text/plain';
        script.dataset.category = 'performance';
        script.dataset.src = 'https://mc.yandex.ru/metrika/tag.js';
        const frame = document.createElement('iframe');
        frame.dataset.category = 'functional';
        frame.dataset.src = 'https://www.youtube.com/embed/spa';
        document.body.append(script, frame);
      });
    });
  });

  test('double inclusion', async ({page}) => {
    await scenario('double inclusion', page, async () => {
      await open(page, {head: '<script src="/kelisim.js"></script>'});
      await button(page, 'reject-button').click();
    });
  });

  test('split build, returning visitor who rejected', async ({page}) => {
    await scenario('split build, rejected', page, async () => {
      await open(page, {script: SPLIT});
      await button(page, 'reject-button').click();
      await page.reload();
    });
  });

  test('CSP page', async ({page}) => {
    await scenario('CSP page', page, async () => {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
        <script src="/kelisim.js"></script></head><body><kelisim-consent></kelisim-consent>
        ${BODY.replaceAll('<script ', '<script nonce="n0nce" ')}</body></html>`;
      await page.route('**/csp.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: {'content-security-policy': "default-src 'self'; script-src 'self' 'nonce-n0nce'; style-src 'self'"},
          body: html,
        })
      );
      await page.goto('/csp.html');
      await expect(banner(page)).toBeVisible();
      await button(page, 'reject-button').click();
    });
  });
});
