// Helpers for the gate, embed, isolation, lifecycle, nonce and reload page tests: console errors
// apart from uncaught ones, and a local host whose responses the test hands out when it chooses.
import type {Page, Route} from '@playwright/test';
import {onPageError} from '../site.js';

/** A script that records its name in `window.ran` when it runs. */
export const logs = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;

/** An inline gated script that logs `name`. */
export const gatedInline = (category: string, name: string, attributes = '') =>
  `<script type="text/plain" data-category="${category}" ${attributes}>${logs(name)}</script>`;

/** An external gated script from the held host that logs `name`. */
export const gatedExternal = (category: string, name: string, attributes = '') =>
  `<script type="text/plain" data-category="${category}" data-src="${HELD}/${name}.js" ${attributes}></script>`;

export const HELD = 'https://held.k-s.test';

export interface Held {
  /** Paths requested from the held host, in order. */
  requested: string[];
  /** Answers a held request (or all later ones to that path) with a script that logs its name. */
  answer(name: string): Promise<void>;
}

/**
 * Routes the held host: a path listed in `hold` waits until `answer(name)`, one listed in `never`
 * is never answered, every other one is answered at once with a script that logs its name.
 */
export async function holdHost(page: Page, hold: string[] = [], never: string[] = []): Promise<Held> {
  const requested: string[] = [];
  const waiting = new Map<string, Route>();
  const answered = new Set<string>();
  const fulfill = (route: Route, name: string) =>
    route.fulfill({contentType: 'text/javascript', body: logs(name)}).catch(() => {});
  await page.route(`${HELD}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1).replace(/\.js$/, '');
    requested.push(name);
    if (never.includes(name)) return;
    if (hold.includes(name) && !answered.has(name)) waiting.set(name, route);
    else return fulfill(route, name);
  });
  return {
    requested,
    async answer(name) {
      answered.add(name);
      const route = waiting.get(name);
      waiting.delete(name);
      if (route) await fulfill(route, name);
    },
  };
}

/** Console errors and uncaught exceptions, kept apart: a caught problem is the former only. */
export function watchErrors(page: Page): {consoleErrors: string[]; uncaught: string[]} {
  const watch = {consoleErrors: [] as string[], uncaught: [] as string[]};
  onPageError(page, (message) => watch.uncaught.push(message));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  return watch;
}

/** Records each `securitypolicyviolation` into `window.violations`. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as {violations: string[]}).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as {violations: string[]}).violations.push(`${event.violatedDirective} ${event.blockedURI}`)
    );
  });
}

export const violations = (page: Page) => page.evaluate(() => (window as unknown as {violations: string[]}).violations);
