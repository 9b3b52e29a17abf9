// Issue 11, item 3: an external gated script that can never fire load or error does not hold
// back the scripts after it.
import {expect, test} from '@playwright/test';
import {button, openSite, ran, watchPage} from '../site.js';
import {gatedExternal, gatedInline, holdHost} from './gate-helpers.js';

test.describe('the gate never stalls', () => {
  const cases = {
    'a nomodule script in a module browser': 'nomodule',
    'a data-type that is not JavaScript': 'data-type="text/x-template"',
    'a data-type with parameters': 'data-type="text/javascript; charset=utf-8"',
  };
  for (const [name, attributes] of Object.entries(cases)) {
    test(`${name} is skipped and what follows runs in order`, async ({page}) => {
      const watch = await watchPage(page);
      const held = await holdHost(page);
      await openSite(page, {
        body:
          gatedExternal('performance', 'before') +
          gatedExternal('performance', 'never', attributes) +
          gatedExternal('performance', 'after') +
          gatedInline('performance', 'inline after'),
      });
      await button(page, 'accept-button').click();
      await expect.poll(() => ran(page)).toEqual(['before', 'after', 'inline after']);
      expect(held.requested).not.toContain('never');
      expect(watch.errors).toEqual([]);
    });
  }

  test('a host that never answers times out after data-timeout ms, then the rest runs in order', async ({page}) => {
    await watchPage(page);
    const held = await holdHost(page, [], ['silent']);
    await openSite(page, {
      body:
        gatedExternal('performance', 'silent', 'data-timeout="300"') +
        gatedExternal('performance', 'after') +
        gatedInline('performance', 'inline after'),
    });
    await button(page, 'accept-button').click();
    await expect.poll(() => held.requested).toContain('silent');
    await expect.poll(() => ran(page)).toEqual(['after', 'inline after']);
  });

  test('a host that never answers times out by default too', async ({page}) => {
    await watchPage(page);
    const held = await holdHost(page, [], ['silent']);
    await openSite(page, {body: gatedExternal('performance', 'silent') + gatedInline('performance', 'inline after')});
    await button(page, 'accept-button').click();
    await expect.poll(() => held.requested).toContain('silent');
    await expect.poll(() => ran(page), {timeout: 15_000}).toEqual(['inline after']);
  });

  test('a script whose host fails goes on to the next', async ({page}) => {
    await watchPage(page);
    await holdHost(page);
    // Registered last, so it answers before the held host's catch-all.
    await page.route('https://held.k-s.test/broken.js', (route) => route.fulfill({status: 500, body: ''}));
    await openSite(page, {body: gatedExternal('performance', 'broken') + gatedInline('performance', 'after')});
    await button(page, 'accept-button').click();
    await expect.poll(() => ran(page)).toEqual(['after']);
  });
});
