// Languages a site adds: through the JSON child or Kelisim.addLanguage, offered by the switch,
// with the keys they lack reported and shown in English, and stored with the decision.
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {ALL_IN_ONE, SPLIT, banner, button, openSite, watchPage} from './site.js';

const title = (page: Page) => page.locator('kelisim-consent [part~="banner"] [part~="title"]');
const switchButtons = (page: Page) => page.locator('kelisim-consent [part~="banner"] [part~="language-button"]');

const kkLatn = {$language: 'Qazaqşa', bannerTitle: 'Biz cookie faildaryn qoldanamyz', acceptAll: 'Bärin qabyldau'};

// The split build fetches English (for the keys the language lacks) as a chunk of its own.
for (const [build, script] of [
  ['all-in-one', ALL_IN_ONE],
  ['split', SPLIT],
] as const) {
  test(`a language from the JSON child shows, is offered by the switch, reports its missing keys and is stored (${build})`, async ({
    page,
    context,
  }) => {
    const watch = await watchPage(page);
    await openSite(page, {
      script,
      lang: 'kk-Latn',
      element: `<kelisim-consent policy-url="/privacy" revision="1">
      <script type="application/json">${JSON.stringify({languages: {'kk-Latn': kkLatn}})}</script>
    </kelisim-consent>`,
    });
    await expect(title(page)).toHaveText(kkLatn.bannerTitle);
    await expect(button(page, 'accept-button')).toHaveText(kkLatn.acceptAll);
    // A key the site did not translate is shown in English, never as the raw key.
    await expect(button(page, 'reject-button')).toHaveText('Reject all');
    await expect(switchButtons(page)).toHaveText(['Қазақша', 'Русский', 'English', 'Qazaqşa']);
    await expect(switchButtons(page).last()).toHaveAttribute('aria-pressed', 'true');
    const report = watch.warnings.find((warning) => warning.includes('"kk-Latn" has no text for'));
    expect(report).toContain('rejectAll');
    expect(report).toContain('embedAllow');
    expect(report).not.toContain('bannerTitle');

    await page.getByRole('button', {name: 'Русский'}).click();
    await expect(title(page)).toHaveText('Мы используем файлы cookie');
    await page.getByRole('button', {name: 'Qazaqşa'}).click();
    await button(page, 'reject-button').click();
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'kelisim');
    expect(decodeURIComponent(cookie.value)).toMatch(/\.kk-Latn$/);

    await page.reload();
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.Kelisim!.getConsent().record?.lang)).toBe('kk-Latn');
    expect(watch.errors).toEqual([]);
  });
}

test('Kelisim.addLanguage adds a language before start-up; a bad tag is refused', async ({page}) => {
  const watch = await watchPage(page);
  await openSite(page, {
    lang: 'uz',
    head: `<script>
      Kelisim.addLanguage('uz', {$language: "O'zbekcha", bannerTitle: 'Biz cookie-fayllardan foydalanamiz'});
      Kelisim.addLanguage('not a tag', {});
    </script>`,
  });
  await expect(title(page)).toHaveText('Biz cookie-fayllardan foydalanamiz');
  await expect(switchButtons(page).last()).toHaveText("O'zbekcha");
  expect(watch.warnings.join('\n')).toMatch(/"uz" has no text for .*acceptAll/);
  expect(watch.errors.join('\n')).toContain('"not a tag"');
});
