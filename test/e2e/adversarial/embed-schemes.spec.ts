// Issue 11, item 6: embeds, pixels and gated scripts get only http(s) URLs.
import {expect, test} from '@playwright/test';
import {button, openSite, settle, watchPage} from '../site.js';
import {watchErrors} from './gate-helpers.js';

const HOSTILE = [
  'javascript:parent.__xss=1',
  ' JaVaScRiPt:parent.__xss=1',
  'java\tscript:parent.__xss=1',
  'data:text/html,<script>parent.__xss=1</script>',
  'vbscript:msgbox(1)',
  'blob:http://127.0.0.1/x',
  'file:///etc/passwd',
];

test.describe('embeds release only http(s) URLs', () => {
  for (const url of HOSTILE) {
    test(`data-src="${url}" is refused with a console error`, async ({page}) => {
      await watchPage(page);
      const errors = watchErrors(page);
      const escape = (value: string) => value.replaceAll('"', '&quot;').replaceAll('<', '&lt;');
      const escaped = escape(url);
      const scriptUrl = escape(url.replace('text/html,<script>', 'text/javascript,').replace('</script>', ''));
      await openSite(page, {
        body: `<iframe title="hostile" id="frame" data-category="functional" data-src="${escaped}"></iframe>
          <img alt="" id="pixel" data-category="performance" data-src="${escaped}">
          <iframe title="Video" id="video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>
          <script type="text/plain" data-category="performance" data-src="${scriptUrl}"></script>`,
      });
      await button(page, 'accept-button').click();
      await expect(page.locator('#video')).toHaveAttribute('src', 'https://www.youtube.com/embed/x');
      await settle(page);
      expect(await page.locator('#frame').getAttribute('src')).toBeNull();
      expect(await page.locator('#pixel').getAttribute('src')).toBeNull();
      expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('script[data-category]:not([type])').length)).toBe(0);
      expect(
        errors.consoleErrors.filter((text) => text.includes('[kelisim]') && text.includes('refused'))
      ).toHaveLength(3);
      expect(errors.uncaught).toEqual([]);
    });
  }

  test('a data: script URL is refused too', async ({page}) => {
    await watchPage(page);
    const errors = watchErrors(page);
    await openSite(page, {
      body: `<script type="text/plain" data-category="performance" data-src="data:text/javascript,window.__xss=1"></script>
        <script type="text/plain" data-category="performance" src="data:text/javascript,window.__xss=2"></script>`,
    });
    await button(page, 'accept-button').click();
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as {__xss?: number}).__xss)).toBeUndefined();
    expect(errors.consoleErrors.filter((text) => text.includes('refused'))).toHaveLength(2);
  });

  test('relative and protocol-relative URLs resolve to http(s) and are released', async ({page}) => {
    await watchPage(page);
    await openSite(page, {
      body: `<img alt="" id="relative" data-category="performance" data-src="/pixel.gif">
        <iframe title="Video" id="video" data-category="functional" data-src="//www.youtube.com/embed/x"></iframe>`,
    });
    await button(page, 'accept-button').click();
    await expect(page.locator('#relative')).toHaveAttribute('src', '/pixel.gif');
    await expect(page.locator('#video')).toHaveAttribute('src', '//www.youtube.com/embed/x');
  });
});
