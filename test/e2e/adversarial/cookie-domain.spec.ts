// Item 14 of issue 11: a cookie-domain the browser will not store (a foreign domain, a public
// suffix) is refused with a console error and the host-only cookie is used instead.
import {expect, test} from '@playwright/test';
import {banner, button, settle, watchPage} from '../site.js';
import {consentCookies, openAt, watchProblems} from './helpers.js';

const url = 'https://www.orta.com.kz/';
const element = (domain: string) => `<kelisim-consent revision="1" cookie-domain="${domain}"></kelisim-consent>`;

for (const [domain, why] of [
  ['example.com', 'a foreign domain'],
  ['com.kz', 'a public suffix'],
  ['kz', 'a top-level domain'],
  ['ww.orta.com.kz', 'not a parent of the host'],
]) {
  test(`cookie-domain="${domain}" (${why}) is refused with an error; the choice is kept host-only`, async ({
    page,
    context,
  }) => {
    await watchPage(page);
    const problems = await watchProblems(page);
    await openAt(page, url, {element: element(domain), body: ''});
    await button(page, 'reject-button').click();
    expect(problems.kelisimErrors).toHaveLength(1);
    expect(problems.kelisimErrors[0]).toContain(`cookie-domain="${domain}"`);
    const cookies = await consentCookies(context, url);
    expect(cookies.map((cookie) => cookie.domain)).toEqual(['www.orta.com.kz']);
    await page.reload();
    await settle(page);
    await expect(banner(page)).toHaveCount(0);
    expect(await page.evaluate(() => window.Kelisim!.getConsent().status)).toBe('current');
    expect(problems.uncaught).toEqual([]);
  });
}

test('a cookie-domain the browser stores is used as it is, without an error', async ({page, context}) => {
  await watchPage(page);
  const problems = await watchProblems(page);
  await openAt(page, url, {element: element('orta.com.kz'), body: ''});
  await button(page, 'reject-button').click();
  expect((await consentCookies(context, url)).map((cookie) => cookie.domain)).toEqual(['.orta.com.kz']);
  expect(await consentCookies(context, 'https://shop.orta.com.kz/')).toHaveLength(1);
  expect(problems.kelisimErrors).toEqual([]);
});
