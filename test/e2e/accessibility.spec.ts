import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {banner, button, openSite, watchPage} from './site.js';

const element = (attributes = '') =>
  `<kelisim-consent policy-url="/privacy" revision="1" ${attributes}></kelisim-consent>`;
const dialog = (page: Page) => page.locator('kelisim-consent [part~="dialog"]');

/** Waits until the banner's entrance animation is over, so colours are measured at full opacity. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .querySelector('kelisim-consent')!
        .shadowRoot!.getAnimations()
        .map((a) => a.finished)
    )
  );
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page})
    // WebKit over WebDriver has one page, so axe runs whole in it (the same rules; these pages have no frames).
    .setLegacyMode(test.info().project.name === 'webkit')
    .include('kelisim-consent')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`
  );
}

/** The `part` (or text) of the deepest focused element, through shadow roots. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'body';
    return active.getAttribute('part') ?? active.textContent?.trim() ?? '';
  });
}

async function tabTo(page: Page, part: string, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if ((await focused(page)).split(' ').includes(part)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${part}; focus is on ${await focused(page)}`);
}

test.describe('axe-core finds no WCAG 2.2 AA violation', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    for (const theme of ['light', 'dark']) {
      test(`in the banner and the dialog, ${lang}, ${theme}`, async ({page}) => {
        await watchPage(page);
        await openSite(page, {lang, element: element(`theme="${theme}"`), body: ''});
        await expect(banner(page)).toBeVisible();
        await animationsDone(page);
        expect(await axeViolations(page)).toEqual([]);
        await button(page, 'settings-button').click();
        await expect(dialog(page)).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test.describe('keyboard', () => {
  test('the whole flow works with the keyboard alone', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: ''});

    // Switch language.
    await tabTo(page, 'language-button');
    await page.keyboard.press('Enter');
    await expect(page.locator('kelisim-consent [part~="title"]')).toHaveText('Біз cookie файлдарын қолданамыз');

    // Open settings, toggle a category, save.
    await tabTo(page, 'settings-button');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    await tabTo(page, 'switch');
    await page.keyboard.press('Space');
    await tabTo(page, 'save-button');
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeHidden();
    expect(await page.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual(['essential', 'performance']);

    // Reopen from the footer link; Escape closes and gives focus back to the link.
    await page.getByRole('link', {name: 'Cookie settings'}).focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    expect(await focused(page)).not.toBe('Cookie settings');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    expect(await focused(page)).toBe('Cookie settings');
  });

  test('Accept all and Reject all are reached and pressed by keyboard', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: ''});
    await tabTo(page, 'reject-button');
    await page.keyboard.press('Enter');
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.Kelisim!.getConsent().granted)).toEqual(['essential']);
  });

  test('the dialog keeps focus inside and returns it to the opener', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: ''});
    await button(page, 'settings-button').focus();
    await page.keyboard.press('Enter');
    await expect(dialog(page)).toBeVisible();
    const seen = new Set<string>();
    for (let presses = 0; presses < 15; presses++) {
      await page.keyboard.press('Tab');
      seen.add(await focused(page));
    }
    // Only the dialog's controls take focus; past the last one the browser's own UI may (body here;
    // WebKit reports that stop as the modal dialog itself, between the last control and the first).
    const outside = [...seen].filter((part) => !['body', 'dialog'].includes(part) && !/button|switch/.test(part));
    expect(outside).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('button settings-button');
  });
});

test.describe('modal attribute', () => {
  test('blocks the page until the visitor decides, and Escape does not dismiss it', async ({page}) => {
    await watchPage(page);
    await openSite(page, {element: element('modal'), body: ''});
    await expect(banner(page)).toBeVisible();
    expect(
      await page.evaluate(() => document.querySelector('kelisim-consent')!.shadowRoot!.querySelector('dialog')!.open)
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(banner(page)).toBeVisible();
    await expect(page.getByRole('link', {name: 'Cookie settings'})).not.toBeInViewport({ratio: 2});
    const clickThrough = await page
      .getByRole('link', {name: 'Cookie settings'})
      .click({timeout: 1000})
      .then(
        () => 'clicked',
        () => 'blocked'
      );
    expect(clickThrough).toBe('blocked');
    await button(page, 'accept-button').click();
    await expect(banner(page)).toHaveCount(0);
  });

  test('without it the page stays usable under the banner', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: ''});
    await page.getByRole('link', {name: 'Cookie settings'}).click();
    await expect(dialog(page)).toBeVisible();
  });
});

test.describe('controls', () => {
  test('every target is at least 44×44 CSS px', async ({page}) => {
    await watchPage(page);
    await openSite(page, {body: ''});
    const sizes = async () =>
      page.evaluate(() =>
        [...document.querySelector('kelisim-consent')!.shadowRoot!.querySelectorAll('button, label')]
          .filter((node) => (node as HTMLElement).offsetParent !== null)
          .map((node) => {
            const box = node.getBoundingClientRect();
            return {part: node.getAttribute('part'), width: box.width, height: box.height};
          })
          // Layout may land a hair under a whole pixel.
          .filter(({width, height}) => width < 43.99 || height < 43.99)
      );
    await animationsDone(page);
    expect(await sizes()).toEqual([]);
    await button(page, 'settings-button').click();
    expect(await sizes()).toEqual([]);
  });

  test('switches are labelled, and essential is locked on as always active', async ({page}) => {
    await watchPage(page);
    await openSite(page, {lang: 'ru', body: ''});
    await button(page, 'settings-button').click();
    const essential = page.getByRole('switch', {name: 'Необходимые файлы cookie'});
    await expect(essential).toBeChecked();
    await expect(essential).toBeDisabled();
    await expect(dialog(page).getByText('Всегда включены')).toBeVisible();
    await expect(page.getByRole('switch', {name: 'Функциональные файлы cookie'})).not.toBeChecked();
  });
});

test.describe('layout', () => {
  test('the banner overlays the page: no layout shift from showing it or deciding', async ({page}) => {
    await watchPage(page);
    await page.addInitScript(() => {
      (window as unknown as {cls: number}).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {value: number})[]) {
          (window as unknown as {cls: number}).cls += entry.value;
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await openSite(page, {body: '<p>Some page text that the banner must not push around.</p>'.repeat(20)});
    await expect(banner(page)).toBeVisible();
    await button(page, 'accept-button').click();
    await expect(banner(page)).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as {cls: number}).cls)).toBe(0);
  });

  for (const width of [320, 640]) {
    test(`at ${width} px wide (${width === 640 ? '200% zoom of 1280' : 'small phone'}) nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({width, height: 640});
      await watchPage(page);
      const longWords = {
        texts: {kk: {bannerTitle: 'Жекешелендірілгендіктеріңізденсіздерменбіздерменмысалы'}},
      };
      await openSite(page, {
        lang: 'kk',
        element: `<kelisim-consent><script type="application/json">${JSON.stringify(longWords)}</script></kelisim-consent>`,
        body: '',
      });
      await expect(banner(page)).toBeVisible();
      const overflow = () =>
        page.evaluate(() => {
          const root = document.querySelector('kelisim-consent')!.shadowRoot!;
          const wide = [...root.querySelectorAll('*')].filter((node) => node.scrollWidth > node.clientWidth + 1);
          return {page: document.documentElement.scrollWidth, wide: wide.map((node) => node.getAttribute('part'))};
        });
      expect(await overflow()).toEqual({page: width, wide: []});
      await button(page, 'settings-button').click();
      expect(await overflow()).toEqual({page: width, wide: []});
    });
  }
});

test.describe('theming', () => {
  const colours = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(
        document.querySelector('kelisim-consent')!.shadowRoot!.querySelector('[part~="banner"]')!
      );
      return {background: style.backgroundColor, color: style.color};
    });

  test('theme="dark" and theme="auto" under a dark system use the dark palette', async ({page}) => {
    await watchPage(page);
    await openSite(page, {element: element('theme="dark"'), body: ''});
    const dark = await colours(page);
    expect(dark.background).toBe('rgb(22, 27, 36)');
    await page.emulateMedia({colorScheme: 'dark'});
    await openSite(page, {element: element('theme="auto"'), body: '', path: '/auto.html'});
    expect(await colours(page)).toEqual(dark);
    await page.emulateMedia({colorScheme: 'light'});
    expect((await colours(page)).background).toBe('rgb(255, 255, 255)');
  });

  test('role-named custom properties set on the page restyle the banner', async ({page}) => {
    await watchPage(page);
    await openSite(page, {
      head: '<style>:root { --kelisim-bg: rgb(1, 2, 3); --kelisim-fg: rgb(250, 250, 250); }</style>',
      body: '',
    });
    expect(await colours(page)).toEqual({background: 'rgb(1, 2, 3)', color: 'rgb(250, 250, 250)'});
  });

  test('position places the banner, and a wrong theme or position warns', async ({page}) => {
    const watch = await watchPage(page);
    await openSite(page, {element: element('position="top" theme="neon"'), body: ''});
    await expect(banner(page)).toBeVisible();
    await animationsDone(page);
    expect((await banner(page).boundingBox())!.y).toBeLessThan(20);
    expect(watch.warnings.join('\n')).toContain('theme="neon"');
    await page.evaluate(() => document.querySelector('kelisim-consent')!.setAttribute('position', 'bottom-right'));
    await animationsDone(page);
    const box = (await banner(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(viewport.width - (box.x + box.width)).toBeLessThan(20);
    expect(box.width).toBeLessThanOrEqual(24 * 16);
  });

  test('styles live in the shadow root: no style attributes in Kelisim markup', async ({page}) => {
    await watchPage(page);
    const body = `<iframe width="560" height="315" title="Video" data-category="functional" data-src="https://www.youtube.com/embed/x"></iframe>`;
    await openSite(page, {body});
    await button(page, 'settings-button').click();
    const styled = await page.evaluate(() =>
      ['kelisim-consent', 'kelisim-placeholder'].flatMap((tag) => {
        const host = document.querySelector(tag)!;
        return [host, ...host.shadowRoot!.querySelectorAll('*')]
          .filter((node) => node.hasAttribute('style'))
          .map((n) => n.tagName);
      })
    );
    expect(styled).toEqual([]);
  });

  test('respects prefers-reduced-motion', async ({page}) => {
    await page.emulateMedia({reducedMotion: 'reduce'});
    await watchPage(page);
    await openSite(page, {body: ''});
    await expect(banner(page)).toBeVisible();
    expect(
      await page.evaluate(() => document.querySelector('kelisim-consent')!.shadowRoot!.getAnimations().length)
    ).toBe(0);
  });
});
