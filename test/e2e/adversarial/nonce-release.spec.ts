// Issue 11, item 15: released scripts carry their own nonce, else the one Kelisim's script was
// loaded with, so a strict nonce CSP runs them.
import {expect, test} from '@playwright/test';
import {CSP_BLOCKS_EVALUATE, button, ran, settle, watchPage} from '../site.js';
import {gatedInline, recordViolations, violations} from './gate-helpers.js';

const NONCE = 'kelisim-own-nonce';
const CSP = `script-src 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'`;

test.describe('nonces', () => {
  for (const [build, script] of [
    ['all-in-one', `<script src="/kelisim.js" nonce="${NONCE}"></script>`],
    ['split', `<script type="module" src="/dist/kelisim.mjs" nonce="${NONCE}"></script>`],
  ]) {
    test(`with the ${build} build, gated scripts without a nonce run with Kelisim's`, async ({page, browserName}) => {
      test.skip(browserName === 'firefox', CSP_BLOCKS_EVALUATE);
      const watch = await watchPage(page);
      await recordViolations(page);
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nonce</title>${script}</head><body>
        <kelisim-consent></kelisim-consent>
        ${gatedInline('performance', 'own nonce', `nonce="${NONCE}"`)}
        ${gatedInline('performance', 'no nonce')}
        <script type="text/plain" data-category="performance" data-src="https://mc.yandex.ru/metrika/tag.js"></script>
        </body></html>`;
      await page.route('**/nonce.html', (route) =>
        route.fulfill({contentType: 'text/html', headers: {'content-security-policy': CSP}, body: html})
      );
      await page.goto('/nonce.html');
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['own nonce', 'no nonce', 'metrika tag.js']);
      await settle(page);
      expect(await violations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
});
