import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {SPLIT, banner, button, hosts, openSite, ran, settle, watchPage} from './site.js';
import {port} from '../../playwright.config.js';

/** The site's own gtag snippet, gated: Consent Mode's default must come before it. */
const SELF_GTAG = `<script type="text/plain" data-category="performance">
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  gtag('config', 'G-SELF1234');
</script>`;
/** The dataLayer once the visitor accepts: the default first, then the update, then the site's commands. */
const SELF_GTAG_AFTER_ACCEPT = [
  'consent default analytics_storage=denied',
  'consent update analytics_storage=granted',
  'js',
  'config G-SELF1234',
];

const GOOGLE = 'google-analytics="G-TEST1234"';
const METRIKA = 'yandex-metrika="12345678"';

const element = (attributes: string) =>
  `<kelisim-consent policy-url="/privacy" revision="1" ${attributes}></kelisim-consent>`;

/** The dataLayer as readable commands: `consent default analytics_storage=denied`, `js`, `config G-…`. */
function dataLayer(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ((window as unknown as {dataLayer?: IArguments[]}).dataLayer ?? []).map((args) => {
      const [command, target, value] = [...args];
      if (command === 'consent') return `consent ${target} analytics_storage=${value.analytics_storage}`;
      return command === 'config' ? `config ${target}` : String(command);
    })
  );
}

test.describe('loaders by id, basic consent mode', () => {
  test('nothing of Google or Yandex is requested before consent; only the denied default is written', async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await openSite(page, {element: element(`${METRIKA} ${GOOGLE}`), body: ''});
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(watch.requests).toEqual([]);
    expect(await dataLayer(page)).toEqual(['consent default analytics_storage=denied']);
    const defaults = await page.evaluate(() => (window as unknown as {dataLayer: IArguments[]}).dataLayer[0][2]);
    expect(defaults).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
      wait_for_update: 500,
    });
  });

  test('Accept all updates consent, then loads both tags with their ids and options', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {
      element: element(`${METRIKA} ${GOOGLE} yandex-metrika-options='{"webvisor":true,"clickmap":true}'`),
      body: '',
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toContain('gtag.js');
    await expect.poll(() => ran(page)).toContain('ym 12345678 init {"webvisor":true,"clickmap":true}');
    expect(await dataLayer(page)).toEqual([
      'consent default analytics_storage=denied',
      'consent update analytics_storage=granted',
      'js',
      'config G-TEST1234',
    ]);
    expect(watch.requests).toContain('https://mc.yandex.ru/metrika/tag.js?id=12345678');
    expect(watch.requests).toContain('https://www.googletagmanager.com/gtag/js?id=G-TEST1234');
    await expect.poll(() => watch.requests.some((url) => url.includes('gcs=G111'))).toBe(true);
  });

  test('a returning visitor who accepted gets default, update, then the tags, with no click', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: element(`${METRIKA} ${GOOGLE}`), body: ''});
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toContain('gtag.js');
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['gtag.js', 'metrika tag.js']));
    expect(await dataLayer(page)).toEqual([
      'consent default analytics_storage=denied',
      'consent update analytics_storage=granted',
      'js',
      'config G-TEST1234',
    ]);
    await expect(banner(page)).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  });

  test('Reject all writes a denied update and requests nothing', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: element(`${METRIKA} ${GOOGLE}`), body: ''});
    await button(page, 'reject-button').click();
    await settle(page);
    expect(watch.requests).toEqual([]);
    expect(await dataLayer(page)).toEqual([
      'consent default analytics_storage=denied',
      'consent update analytics_storage=denied',
    ]);
  });

  test('marketing maps to the ad_* types when the site has that category', async ({page}) => {
    await watchPage(page);
    await openSite(page, {element: element(`${GOOGLE} categories="performance functional marketing"`), body: ''});
    await page.evaluate(() => window.Kelisim!.accept(['marketing', 'functional']));
    const update = await page.evaluate(() => (window as unknown as {dataLayer: IArguments[]}).dataLayer[1][2]);
    expect(update).toEqual({
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
  });
});

test.describe('consent mode options', () => {
  test('google-consent-options adds region defaults before the global one, and the set commands', async ({page}) => {
    await watchPage(page);
    const options = `{"regions": {"US,CA": {"analytics_storage": "granted"}}, "ads_data_redaction": true, "url_passthrough": true}`;
    await openSite(page, {element: element(`${GOOGLE} google-consent-options='${options}'`), body: ''});
    const commands = await page.evaluate(() =>
      (window as unknown as {dataLayer: IArguments[]}).dataLayer.map((args) => JSON.stringify([...args]))
    );
    expect(commands.map((command) => JSON.parse(command))).toEqual([
      [
        'consent',
        'default',
        expect.objectContaining({analytics_storage: 'granted', ad_storage: 'denied', region: ['US', 'CA']}),
      ],
      ['consent', 'default', expect.objectContaining({analytics_storage: 'denied', ad_storage: 'denied'})],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
    expect(JSON.parse(commands[1])[2]).not.toHaveProperty('region');
  });
});

test.describe('advanced consent mode', () => {
  test('loads Google at once under denied defaults: cookieless pings, no cookies, until consent', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: element(`${METRIKA} ${GOOGLE} google-consent-mode="advanced"`), body: ''});
    await expect.poll(() => watch.requests.some((url) => url.includes('gcs=G100'))).toBe(true);
    expect(await dataLayer(page)).toEqual(['consent default analytics_storage=denied', 'js', 'config G-TEST1234']);
    expect(hosts(watch)).toEqual(['www.google-analytics.com', 'www.googletagmanager.com']);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('_ga');

    await button(page, 'accept-button').click();
    await expect.poll(async () => (await page.context().cookies()).map((cookie) => cookie.name)).toContain('_ga');
    expect((await dataLayer(page)).slice(3)).toEqual(['consent update analytics_storage=granted']);
  });
});

test.describe('a site that loads gtag itself', () => {
  test("google-consent-mode writes the default before the site's own gated snippet runs", async ({page}) => {
    await watchPage(page);
    await openSite(page, {element: element('google-consent-mode'), body: SELF_GTAG});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    expect(await dataLayer(page)).toEqual(SELF_GTAG_AFTER_ACCEPT);
  });

  test('warns when Google commands were queued before Kelisim', async ({page}) => {
    const watch = await watchPage(page);
    const head = `<script>window.dataLayer = [['config', 'G-EARLY']];</script>`;
    await openSite(page, {element: element('google-consent-mode'), body: '', head});
    expect(watch.warnings.join('\n')).toContain('before the consent default');
  });
});

test.describe('clean-up on withdrawal', () => {
  const origin = `http://www.orta.test:${port}`;
  const names = async (page: Page) => (await page.context().cookies(origin)).map((cookie) => cookie.name).sort();

  test('removes GA and Metrika cookies on the host and the parent domain; their opt-outs stop them without a reload', async ({
    page,
  }) => {
    const watch = await watchPage(page);
    await openSite(page, {origin, element: element(`${METRIKA} ${GOOGLE}`), body: ''});
    await button(page, 'accept-button').click();
    await expect.poll(() => names(page)).toEqual(['_ga', '_ga_TEST1234', '_ym_d', '_ym_uid', 'kelisim']);
    const domains = (await page.context().cookies(origin)).filter((c) => c.name.startsWith('_')).map((c) => c.domain);
    expect(new Set(domains)).toEqual(new Set(['.orta.test']));
    // A host-only analytics cookie and a cookie of the site's own, which must survive.
    await page.evaluate(() => {
      document.cookie = '_gid=GA1.1.1; path=/';
      document.cookie = 'site_theme=dark; path=/';
      (window as unknown as {mark: boolean}).mark = true;
    });

    // Let the tags' own hits, sent while allowed, arrive before the withdrawal is counted.
    await settle(page);
    watch.requests.length = 0;
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    const dialog = page.locator('kelisim-consent [part~="dialog"]');
    await dialog.getByRole('switch', {name: 'Performance cookies'}).uncheck();
    await dialog.getByRole('button', {name: 'Save choice'}).click();

    await expect.poll(() => names(page)).toEqual(['kelisim', 'site_theme']);
    expect(await page.evaluate(() => (window as unknown as {mark?: boolean}).mark)).toBe(true);
    await page.evaluate(() => history.pushState({}, '', '/after'));
    await settle(page);
    expect(watch.requests).toEqual([]);
    await expect(banner(page)).toHaveCount(0);
  });

  test('reloads once when a tag without an opt-out ran: VK Ads, or a gated script of the site', async ({page}) => {
    await watchPage(page);
    const body = '<script type="text/plain" data-category="performance">window.own = true;</script>';
    await openSite(page, {origin, element: element(METRIKA), body});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await expect.poll(() => page.evaluate(() => (window as unknown as {own?: boolean}).own)).toBe(true);
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.Kelisim!.rejectAll());
    await reloaded;
    expect(await page.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual(['essential']);
    expect(await names(page)).toEqual(['kelisim']);
  });

  test('with reload-on-withdraw="false" it removes the cookies and stays', async ({page}) => {
    await watchPage(page);
    await openSite(page, {origin, element: element(`${METRIKA} reload-on-withdraw="false"`), body: ''});
    await button(page, 'accept-button').click();
    await expect.poll(() => names(page)).toEqual(['_ym_d', '_ym_uid', 'kelisim']);
    await page.evaluate(() => {
      (window as unknown as {marker: boolean}).marker = true;
      window.Kelisim!.rejectAll();
    });
    expect(await names(page)).toEqual(['kelisim']);
    expect(await page.evaluate(() => (window as unknown as {marker?: boolean}).marker)).toBe(true);
  });

  test("removes the site's own patterns for its own category", async ({page}) => {
    await watchPage(page);
    const config = '<script type="application/json">{"cookies": {"marketing": ["_fbp", "ads_*"]}}</script>';
    await openSite(page, {
      origin,
      element: `<kelisim-consent categories="performance marketing" reload-on-withdraw="false">${config}</kelisim-consent>`,
      body: '',
    });
    await page.evaluate(() => {
      window.Kelisim!.acceptAll();
      document.cookie = '_fbp=fb.1; path=/; domain=.orta.test';
      document.cookie = 'ads_id=1; path=/';
      window.Kelisim!.accept(['performance']);
    });
    expect(await names(page)).toEqual(['kelisim']);
  });
});

test.describe('embeds and pixels', () => {
  const body = `
    <iframe width="560" height="315" title="Video" data-category="functional"
      data-src="https://www.youtube.com/embed/abc123"></iframe>
    <img alt="" width="1" height="1" data-category="performance" data-src="https://pixel.k-s.test/p.gif">`;

  test('stay without src until consent; the placeholder says what is blocked and allows it', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {body, lang: 'ru'});
    const placeholder = page.locator('kelisim-placeholder');
    await expect(placeholder).toContainText('youtube.com');
    await expect(placeholder).toContainText('Функциональные файлы cookie');
    await expect(page.locator('iframe')).toBeHidden();
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();
    expect(await page.locator('img').getAttribute('src')).toBeNull();
    await settle(page);
    expect(watch.requests).toEqual([]);

    await placeholder.getByRole('button', {name: 'Разрешить и показать'}).click();
    await expect(page.locator('iframe')).toBeVisible();
    await expect(placeholder).toHaveCount(0);
    await expect.poll(() => watch.requests).toEqual(['https://www.youtube.com/embed/abc123']);
    expect(await page.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual(['essential', 'functional']);
    expect(await page.locator('img').getAttribute('src')).toBeNull();
    await expect(banner(page)).toHaveCount(0);

    await page.evaluate(() => window.Kelisim!.accept(['functional', 'performance']));
    await expect.poll(() => watch.requests).toContain('https://pixel.k-s.test/p.gif');
  });

  test('the placeholder follows the language switch', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body, lang: 'kk'});
    const placeholder = page.locator('kelisim-placeholder');
    await expect(placeholder.getByRole('button')).toHaveText(['Рұқсат беру және көрсету', 'Тек осы жолы көрсету']);
    await page.getByRole('button', {name: 'English'}).click();
    await expect(placeholder.getByRole('button')).toHaveText(['Allow and show', 'Show just this once']);
  });
});

test.describe('single-page apps', () => {
  test('spa mode sends a Metrika hit and a GA page view per navigation, only while consent holds', async ({
    page,
    baseURL,
  }) => {
    await watchPage(page);
    await openSite(page, {element: element(`${METRIKA} ${GOOGLE} spa reload-on-withdraw="false"`), body: ''});
    await page.evaluate(() => history.pushState({}, '', '/before-consent'));
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toContain('gtag.js');
    await page.evaluate(() => history.pushState({}, '', '/catalog'));
    await expect.poll(() => ran(page)).toContain('gtag event page_view');
    // The counter is deferred, so Kelisim sends the page view of the page it started on.
    expect(await ran(page)).toContain(
      'ym 12345678 init {"clickmap":true,"trackLinks":true,"accurateTrackBounce":true,"defer":true}'
    );
    const hits = (await ran(page)).filter((line) => line.includes(' hit '));
    expect(hits).toEqual([`ym 12345678 hit ${baseURL}/before-consent`, `ym 12345678 hit ${baseURL}/catalog`]);

    await page.evaluate(() => window.Kelisim!.rejectAll());
    const before = (await ran(page)).length;
    await page.evaluate(() => history.pushState({}, '', '/after-withdrawal'));
    await page.waitForTimeout(100);
    expect((await ran(page)).length).toBe(before);
  });
});

test.describe('the split build fetches the integrations only when needed', () => {
  const integrationChunks = (page: Page) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/dist/kelisim-start-integrations.mjs')) chunks.push(request.url());
    });
    return chunks;
  };

  test('a returning visitor of a site with Metrika and GA gets default, update, then the tags', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {script: SPLIT, element: element(`${METRIKA} ${GOOGLE}`), body: ''});
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toContain('gtag.js');
    const chunks = integrationChunks(page);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(['gtag.js', 'metrika tag.js']));
    expect(await dataLayer(page)).toEqual([
      'consent default analytics_storage=denied',
      'consent update analytics_storage=granted',
      'js',
      'config G-TEST1234',
    ]);
    expect(chunks).toHaveLength(1);
    expect(watch.errors).toEqual([]);
  });

  test("google-consent-mode's default still comes before the site's own gated snippet", async ({page}) => {
    await watchPage(page);
    await openSite(page, {script: SPLIT, element: element('google-consent-mode'), body: SELF_GTAG});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await page.reload();
    await expect.poll(() => dataLayer(page)).toEqual(SELF_GTAG_AFTER_ACCEPT);
  });

  test('if the integrations chunk is lost, the gated scripts still run as granted, with an error', async ({page}) => {
    const watch = await watchPage(page);
    const body = `<script type="text/plain" data-category="performance">window.ran = ['site snippet'];</script>`;
    await openSite(page, {script: SPLIT, element: element('google-consent-mode'), body});
    await page.evaluate(() => window.Kelisim!.acceptAll());
    await page.route('**/dist/kelisim-start-integrations.mjs', (route) => route.abort());
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['site snippet']);
    expect(watch.errors.length).toBeGreaterThan(0);
  });

  test('a site without vendors fetches them only for a withdrawal, which still removes the GA cookies', async ({
    page,
  }) => {
    await watchPage(page);
    const chunks = integrationChunks(page);
    await openSite(page, {script: SPLIT, body: ''});
    await page.evaluate(() => window.Kelisim!.accept(['performance', 'functional']));
    await page.reload();
    await settle(page);
    expect(chunks).toEqual([]);
    await page.evaluate(() => (document.cookie = '_ga=GA1.1.1; path=/'));
    await page.evaluate(() => window.Kelisim!.accept(['functional']));
    await expect.poll(() => page.evaluate(() => document.cookie)).not.toContain('_ga=');
    expect(chunks).toHaveLength(1);
  });
});
