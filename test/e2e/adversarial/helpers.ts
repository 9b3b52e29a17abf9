// Helpers for the adversarial page tests: stored records written by hand, pages on any host name
// (routed, so no DNS is needed), an endpoint that records proofs, and the page's own errors.
import type {BrowserContext, Page} from '@playwright/test';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import type {IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {onPageError, siteHtml} from '../site.js';
import type {SiteOptions} from '../site.js';

const SECOND = 1000;
export const nowSeconds = () => Math.floor(Date.now() / SECOND);

let ids = 0;
/** A stored record as the cookie holds it, with its own consent id. */
export function record(granted: {performance: boolean; functional: boolean}, updatedAt = nowSeconds(), revision = 1) {
  const id = `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;
  const decisions = `essential:1|performance:${+granted.performance}|functional:${+granted.functional}`;
  return `1.${id}.${revision}.${decisions}.${updatedAt - 10}.${updatedAt}.en`;
}
export const ACCEPTED = {performance: true, functional: true};
export const REJECTED = {performance: false, functional: false};

/** The granted map a stored record holds, to compare with what a tab acts on. */
export function grantedIn(raw: string): Record<string, boolean> {
  return Object.fromEntries(
    raw
      .split('.')[3]
      .split('|')
      .map((pair) => [pair.split(':')[0], pair.endsWith(':1')])
  );
}

const BUNDLE = readFileSync(join(import.meta.dirname, '../../../dist/kelisim.js'), 'utf8');

/**
 * Opens a site page at `url` on any host (e.g. `https://www.orta.com.kz/`): the page and the
 * bundle are routed, so cookies are set for that host as on a real site.
 */
export async function openAt(page: Page, url: string, options: SiteOptions = {}): Promise<void> {
  const {origin, pathname} = new URL(url);
  await page.route(`${origin}/kelisim.js`, (route) => route.fulfill({contentType: 'text/javascript', body: BUNDLE}));
  await page.route(
    (target) => target.origin === origin && target.pathname === pathname,
    (route) => route.fulfill({contentType: 'text/html', body: siteHtml(options)})
  );
  await page.goto(url);
}

/** Every `kelisim` cookie the browser holds for `url`, with its domain and path. */
export async function consentCookies(context: BrowserContext, url: string, name = 'kelisim') {
  return (await context.cookies(url)).filter((cookie) => cookie.name === name);
}

/** Errors Kelisim logged, uncaught exceptions and unhandled rejections, as the page saw them. */
export interface Problems {
  kelisimErrors: string[];
  uncaught: string[];
}

export async function watchProblems(page: Page): Promise<Problems> {
  const problems: Problems = {kelisimErrors: [], uncaught: []};
  onPageError(page, (message) => problems.uncaught.push(message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('[kelisim]')) problems.kelisimErrors.push(message.text());
    if (message.text().includes('Uncaught')) problems.uncaught.push(message.text());
  });
  await page.addInitScript(() =>
    addEventListener('unhandledrejection', (event) => console.error(`Uncaught (in promise) ${event.reason}`))
  );
  return problems;
}

export interface Endpoint {
  url: string;
  received: Record<string, unknown>[];
  /** Holds every answer until `release()`, as a slow endpoint does. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** A local endpoint that records every proof posted to it. */
export async function endpoint(port = 0): Promise<Endpoint> {
  const received: Record<string, unknown>[] = [];
  let held: ServerResponse[] | undefined;
  const answer = (response: ServerResponse) => response.writeHead(204, {'access-control-allow-origin': '*'}).end();
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method === 'POST') received.push(JSON.parse(body));
      if (held) held.push(response);
      else answer(response);
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const {port: bound} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/consent`,
    received,
    hold: () => void (held = []),
    release: () => {
      for (const response of held ?? []) answer(response);
      held = undefined;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
