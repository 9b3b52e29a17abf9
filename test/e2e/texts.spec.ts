// The texts from the language review (issue 15): the banner names the site's own categories,
// placeholders name several categories the language's way and never leave `{service}` empty,
// and a missing policy link is warned about.
import {expect, test} from '@playwright/test';
import {banner, openSite, watchPage} from './site.js';

const marketing = `<script type="application/json">{"texts": {
  "en": {"marketingTitle": "Marketing cookies", "marketingDescription": "Ads."},
  "ru": {"marketingTitle": "Маркетинговые файлы cookie", "marketingDescription": "Реклама."},
  "kk": {"marketingTitle": "Маркетингтік cookie файлдары", "marketingDescription": "Жарнама."}}}</script>`;
const element = (categories: string) =>
  `<kelisim-consent policy-url="/privacy" categories="${categories}">${marketing}</kelisim-consent>`;

test.describe('texts', () => {
  for (const [lang, expected] of [
    [
      'en',
      'We use performance cookies and marketing cookies only with your consent, which you can withdraw at any time.',
    ],
    ['ru', 'Мы используем аналитические файлы cookie и маркетинговые файлы cookie только с вашего согласия'],
    [
      'kk',
      'Мына cookie файлдарын тек сіздің келісіміңізбен қолданамыз: өнімділікті бағалауға арналған cookie файлдары және маркетингтік cookie файлдары. Келісіміңізді кез келген уақытта кері қайтарып ала аласыз.',
    ],
  ]) {
    test(`the ${lang} banner names the categories the site has and says consent can be withdrawn`, async ({page}) => {
      await watchPage(page);
      await openSite(page, {lang, element: element('performance marketing'), body: ''});
      await expect(banner(page).locator('[part~="text"]')).toContainText(expected);
    });
  }

  test('a banner with three categories besides essential lists them with commas and the language\'s "and"', async ({
    page,
  }) => {
    await watchPage(page);
    await openSite(page, {lang: 'kk', element: element('performance functional marketing'), body: ''});
    await expect(banner(page).locator('[part~="text"]')).toContainText(
      'өнімділікті бағалауға арналған cookie файлдары, функционалды cookie файлдары және маркетингтік cookie файлдары.'
    );
  });

  test('a placeholder names several categories with the language\'s "and", and an unnamed service generically', async ({
    page,
  }) => {
    await watchPage(page);
    const body = `<iframe title="Map" data-category="functional marketing" data-service=" " data-src="https://www.youtube.com/embed/x"></iframe>`;
    await openSite(page, {lang: 'ru', element: element('functional marketing'), body});
    await expect(page.locator('kelisim-placeholder [part~="placeholder-text"]')).toHaveText(
      'Это содержимое заблокировано, пока вы не разрешите «Функциональные файлы cookie и Маркетинговые файлы cookie».'
    );
  });

  test('warns when no policy-url is set', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: '<kelisim-consent></kelisim-consent>', body: ''});
    await expect(banner(page)).toBeVisible();
    expect(watch.warnings.join('\n')).toContain('No policy-url');
  });
});
