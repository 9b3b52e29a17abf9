// Issue 11, item 8: under `require-trusted-types-for 'script'`, with the README's CSP line,
// Kelisim renders, releases gated scripts and loads the vendors' tags without a TypeError.
import {expect, test} from '@playwright/test';
import {ALL_IN_ONE, GATED_SCRIPTS, SPLIT, banner, button, ran, siteHtml, watchPage} from '../site.js';
import {recordViolations, violations, watchErrors} from './gate-helpers.js';

/** The line the README gives. */
const CSP = "require-trusted-types-for 'script'; trusted-types kelisim lit-html";

for (const [build, script] of [
  ['all-in-one', ALL_IN_ONE],
  ['split', SPLIT],
]) {
  test(`Trusted Types with the ${build} build: banner, gated scripts, embeds and vendor tags work`, async ({page}) => {
    const watch = await watchPage(page);
    const errors = watchErrors(page);
    await recordViolations(page);
    const html = siteHtml({
      script,
      element: '<kelisim-consent yandex-metrika="12345678" google-analytics="G-TEST1234"></kelisim-consent>',
      body: `${GATED_SCRIPTS}<iframe title="Video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>`,
    });
    await page.route('**/tt.html', (route) =>
      route.fulfill({contentType: 'text/html', headers: {'content-security-policy': CSP}, body: html})
    );
    await page.goto('/tt.html');
    await expect(banner(page)).toBeVisible();
    await button(page, 'accept-button').click();
    // The gated scripts (inline and external) and Kelisim's own Metrika and GA loaders all ran.
    await expect
      .poll(() => ran(page))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^ym 12345678 init/), 'ym 123 init {}', 'gtag.js']));
    await expect(page.locator('iframe[title="Video"]')).toHaveAttribute('src', 'https://www.youtube.com/embed/x');
    expect(watch.requests).toContain('https://mc.yandex.ru/metrika/tag.js');
    expect(watch.requests).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST1234');
    expect(await violations(page)).toEqual([]);
    expect(errors.uncaught).toEqual([]);
    expect(errors.consoleErrors).toEqual([]);
  });
}
