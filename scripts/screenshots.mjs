// `npm run screenshots`: the banner and the dialog in kk, ru and en, light and dark, desktop and
// mobile, over the demo page, into docs/screenshots/. Run after `npm run build`.
import {mkdirSync} from 'node:fs';
import {chromium} from 'playwright';
import {chromiumLaunchOptions} from '../test/browsers.js';
import {serve} from './serve.mjs';

const out = 'docs/screenshots';
const devices = {desktop: {width: 1280, height: 800}, mobile: {width: 390, height: 844}};
const darkPage = '<style>body { background: #0e1117; color: #d7dce5; } a { color: #8ab4f8; }</style>';

mkdirSync(out, {recursive: true});
const server = await serve(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumLaunchOptions);

for (const [device, viewport] of Object.entries(devices)) {
  const context = await browser.newContext({viewport, reducedMotion: 'reduce'});
  for (const lang of ['kk', 'ru', 'en']) {
    for (const theme of ['light', 'dark']) {
      const page = await context.newPage();
      await page.route(`${base}/`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text())
          .replace('<html lang="kk">', `<html lang="${lang}">`)
          .replace('<kelisim-consent ', `<kelisim-consent theme="${theme}" `)
          .replace('</head>', `${theme === 'dark' ? darkPage : ''}</head>`);
        await route.fulfill({response, body: html});
      });
      await page.goto(`${base}/`);
      await page.locator('kelisim-consent [part~="banner"]').waitFor();
      await page.screenshot({path: `${out}/banner-${lang}-${theme}-${device}.png`});
      await page.locator('kelisim-consent [part~="settings-button"]').click();
      await page.locator('kelisim-consent [part~="dialog"]').waitFor();
      await page.screenshot({path: `${out}/dialog-${lang}-${theme}-${device}.png`});
      await page.close();
    }
  }
  await context.close();
}
await browser.close();
server.close();
console.log(`Screenshots written to ${out}/`);
