// Playwright's `page`, as far as the page tests use it, over WebDriver classic, for WebKit where
// Playwright's own WebKit build cannot be installed. Requests pass through InterceptingProxy;
// what the page logs is captured inside it. Anything else marks the running test not applicable.
/* eslint-disable @typescript-eslint/no-explicit-any */
import {test} from 'playwright/test';
import {remote} from 'webdriverio';
import {webkitCapabilities} from '../../../scripts/browsers.mjs';
import {capture, inPage} from './in-page.js';
import type {Step} from './in-page.js';
import {InterceptingProxy, browserWithCertificate} from './proxy.js';
import type {Decision, ProxiedRequest, Reply} from './proxy.js';

/** Whether `source` parses as one expression (checked here, so that CSP pages need no eval). */
function isExpression(source: string) {
  try {
    new Function(`return (${source});`); // eslint-disable-line @typescript-eslint/no-implied-eval
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Marks the running test not applicable to this engine, saying why, and stops it. */
export const notApplicable = (why: string): never => {
  test.info().skip(true, why);
  throw new Error('unreachable');
};

/** A URL pattern as page.route takes it: a glob, a RegExp or a predicate. */
type UrlMatch = string | RegExp | ((url: URL) => boolean);
function matcher(pattern: UrlMatch, baseURL: string): (url: string) => boolean {
  if (typeof pattern === 'function') return (url) => pattern(new URL(url));
  if (pattern instanceof RegExp) return (url) => pattern.test(url);
  const glob = pattern.startsWith('/') ? new URL(pattern, baseURL).href : pattern;
  const source = glob
    .replace(/[.+^${}()|[\]\\?]/g, '\\$&')
    .replace(/\*\*\/?/g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '.*');
  const regex = new RegExp(`^${source}$`);
  return (url) => regex.test(url);
}

class Request {
  constructor(private request: ProxiedRequest) {}
  url() {
    return this.request.url;
  }
  method() {
    return this.request.method;
  }
  headers() {
    return this.request.headers;
  }
  postData() {
    return this.request.body.length ? this.request.body.toString('utf8') : null;
  }
  resourceType() {
    return this.request.headers.accept?.includes('text/html') ? 'document' : 'other';
  }
}

class Route {
  private decide!: (decision: Decision | 'fallback') => void;
  /** Settles when the handler fulfills, continues, aborts or falls back: it may do so long after it returned. */
  readonly decision = new Promise<Decision | 'fallback'>((resolve) => (this.decide = resolve));
  constructor(private proxied: ProxiedRequest) {}
  request() {
    return new Request(this.proxied);
  }
  async fulfill(options: {
    status?: number;
    contentType?: string;
    body?: string | Buffer;
    headers?: Record<string, string>;
    json?: unknown;
  }) {
    const body = options.json !== undefined ? JSON.stringify(options.json) : (options.body ?? '');
    const headers = {...options.headers};
    const contentType = options.contentType ?? (options.json !== undefined ? 'application/json' : undefined);
    if (contentType) headers['content-type'] = contentType;
    this.decide({status: options.status ?? 200, headers, body: Buffer.from(body)});
  }
  async continue() {
    this.decide('continue');
  }
  async abort() {
    this.decide('abort');
  }
  async fallback() {
    this.decide('fallback');
  }
}

/** Runs in the page: `Date` runs `offset` ms ahead, as after Playwright's clock.install({time}). */
function shiftDate(offset: number) {
  const RealDate = Date;
  const now = () => RealDate.now() + offset;
  function ShiftedDate(this: unknown, ...args: any[]) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new (RealDate as any)(...args) : new RealDate(now());
  }
  Object.assign(ShiftedDate, {now, parse: RealDate.parse, UTC: RealDate.UTC, prototype: RealDate.prototype});
  (window as any).Date = ShiftedDate;
}

/** Playwright's `Locator`: expect() recognises it by `_apiName` and calls `_expect`. */
export class Locator {
  readonly _apiName = 'Locator';
  constructor(
    readonly page: WebDriverPage,
    private steps: Step[]
  ) {}

  toString() {
    return `webdriver locator ${JSON.stringify(this.steps)}`;
  }
  private with(step: Step) {
    return new Locator(this.page, [...this.steps, step]);
  }
  locator(css: string) {
    return this.with({css});
  }
  getByRole(role: string, options: {name?: string | RegExp; exact?: boolean; checked?: boolean} = {}) {
    const name =
      options.name instanceof RegExp ? {source: options.name.source, flags: options.name.flags} : options.name;
    return this.with({role, name, exact: options.exact, checked: options.checked});
  }
  getByText(text: string | RegExp, options: {exact?: boolean} = {}) {
    return this.with({
      text: text instanceof RegExp ? {source: text.source, flags: text.flags} : text,
      exact: options.exact,
    });
  }
  filter(options: {hasText?: string | RegExp}) {
    if (options.hasText === undefined || Object.keys(options).length > 1)
      notApplicable('WebKit over WebDriver: locator.filter beyond hasText');
    const hasText =
      options.hasText instanceof RegExp
        ? {source: options.hasText.source, flags: options.hasText.flags}
        : options.hasText!;
    return this.with({hasText});
  }
  first() {
    return this.with({nth: 0});
  }
  last() {
    return this.with({nth: -1});
  }
  nth(index: number) {
    return this.with({nth: index});
  }

  /** Runs `fn(element, arg)` on the first match, waiting for one to exist (and `until` to hold). */
  private async onElement<T>(fn: string, arg?: unknown, until = 'true', timeout = 15_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const result = await this.page.run<{found: boolean; value?: T}>(
        `const engine = (${inPage})(); const element = engine.resolve(arg.steps)[0];
         if (!element || !(${until})) return {found: false};
         return {found: true, value: await (${fn})(element, arg.arg)};`,
        {steps: this.steps, arg}
      );
      if (result.found) return result.value as T;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${this}`);
      await sleep(100);
    }
  }

  count() {
    return this.page.run<number>(`return (${inPage})().resolve(arg.steps).length;`, {steps: this.steps});
  }
  evaluate<T>(fn: (element: any, arg: any) => T, arg?: unknown): Promise<T> {
    return this.onElement<T>(String(fn), arg);
  }
  textContent() {
    return this.onElement<string>('(element) => element.textContent');
  }
  innerText() {
    return this.onElement<string>('(element) => element.innerText');
  }
  getAttribute(name: string) {
    return this.onElement<string | null>('(element, name) => element.getAttribute(name)', name);
  }
  isVisible() {
    return this.page.run<boolean>(
      `const engine = (${inPage})(); const element = engine.resolve(arg.steps)[0]; return !!element && engine.visible(element);`,
      {steps: this.steps}
    );
  }
  isChecked() {
    return this.onElement<boolean>(`(element) => (${inPage})().isChecked(element)`);
  }
  boundingBox() {
    return this.onElement<{x: number; y: number; width: number; height: number}>(
      '(element) => { const r = element.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; }'
    );
  }
  focus() {
    return this.onElement<void>('(element) => element.focus()');
  }
  /**
   * A real click through WebDriver's pointer actions, at the middle of the element once it is
   * visible, enabled and the one the pointer would hit there (not under a modal, say).
   */
  async click(options: {timeout?: number} = {}) {
    const point = await this.onElement<{x: number; y: number}>(
      `(element) => { const r = element.getBoundingClientRect();
         return {x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2)}; }`,
      undefined,
      'engine.visible(element) && !engine.disabled(element) && engine.receivesPointer(element)',
      options.timeout
    );
    await this.page.pointerClick(point);
  }
  async setChecked(checked: boolean) {
    if ((await this.isChecked()) !== checked) await this.click();
  }
  check() {
    return this.setChecked(true);
  }
  uncheck() {
    return this.setChecked(false);
  }
  async waitFor(options: {state?: string; timeout?: number} = {}) {
    const state = options.state ?? 'visible';
    const expression =
      {visible: 'to.be.visible', hidden: 'to.be.hidden', attached: 'to.be.attached'}[state] ??
      notApplicable(`WebKit over WebDriver: waitFor ${state}`);
    const result = await this._expect(expression, {isNot: false, timeout: options.timeout ?? 15_000});
    if (!result.matches) throw new Error(`Timed out waiting for ${this} to be ${state}`);
  }

  /** What expect(locator).toXxx() calls: polls the check until it holds (or, for .not, fails). */
  async _expect(expression: string, options: any) {
    const deadline = Date.now() + (options.timeout ?? 5000);
    for (;;) {
      const result = await this.page.run<{matches: boolean; received?: unknown; unsupported?: string}>(
        `return (${inPage})().check(arg.steps, arg.expression, arg.options);`,
        {steps: this.steps, expression, options: {...options, signal: undefined}}
      );
      if (result.unsupported) notApplicable(`WebKit over WebDriver: ${result.unsupported}`);
      if (result.matches !== options.isNot || Date.now() > deadline) {
        return {
          matches: result.matches,
          received: {value: result.received},
          log: [],
          timedOut: result.matches === options.isNot,
        };
      }
      await sleep(100);
    }
  }
}

const KEYS: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  ' ': '\uE00D',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};

type Listener = (value: any) => void;

/** One page: a WebDriver session of MiniBrowser (kept for the worker, reset between tests). */
export class WebDriverPage {
  readonly _apiName = 'Page';
  private routes: {pattern: UrlMatch; match: (url: string) => boolean; handler: (route: Route) => unknown}[] = [];
  private listeners = new Map<string, Set<Listener>>();
  private initScripts: string[] = [];
  private origins = new Set<string>();
  private viewport = {width: 1280, height: 720};
  private currentUrl = 'about:blank';
  /** HTML documents that have passed through the proxy: each is numbered in `window.__kelisimDocument`. */
  private documents = 0;
  /** Whether a document since the last reset preloaded anything (see reset). */
  private preloaded = false;
  /** Playwright's clock as far as the tests use it: install({time}) moves Date in the next documents. */
  readonly clock = {
    install: ({time}: {time: number | Date}) => this.addInitScript(shiftDate, Number(time) - Date.now()),
  };
  readonly keyboard = {
    press: (combo: string) => this.press(combo),
    type: (text: string) => this.keys([...text]),
  };

  private constructor(
    private browser: WebdriverIO.Browser,
    private proxy: InterceptingProxy,
    private startSession: () => Promise<WebdriverIO.Browser>,
    readonly baseURL: string
  ) {}

  static async launch(options: {driverPort: number; binary: string; testPort: number; localHosts: string[]}) {
    const local = new Set(['127.0.0.1', ...options.localHosts]);
    // eslint-disable-next-line prefer-const -- the proxy's callbacks, made first, read it once it is set below
    let page: WebDriverPage | undefined;
    const proxy = new InterceptingProxy(
      (request) => page!.decide(request),
      (host) => local.has(host),
      (reply) => page!.inject(reply)
    );
    const proxyPorts = await proxy.listen();
    const startSession = () =>
      remote({
        hostname: '127.0.0.1',
        port: options.driverPort,
        logLevel: 'error',
        // A command the browser never answers fails the one test (not retried, and within its 60 s).
        connectionRetryTimeout: 40_000,
        connectionRetryCount: 0,
        capabilities: webkitCapabilities(browserWithCertificate(options.binary), {
          acceptInsecureCerts: true,
          // A script the page never answers (its document went away) fails in 10 s, not the default 30 s.
          timeouts: {script: 10_000},
          proxy: {
            proxyType: 'manual',
            httpProxy: `127.0.0.1:${proxyPorts.http}`,
            sslProxy: `127.0.0.1:${proxyPorts.https}`,
          },
        }),
      });
    page = new WebDriverPage(await startSession(), proxy, startSession, `http://127.0.0.1:${options.testPort}`);
    await page.setViewportSize(page.viewport);
    return page;
  }

  // --- requests -------------------------------------------------------------------------------

  /** context.setOffline: every request fails at the proxy, as with no network (navigator.onLine stays true). */
  offline = false;

  private async decide(proxied: ProxiedRequest): Promise<Decision> {
    if (this.offline) return 'abort';
    if (new URL(proxied.url).pathname === '/__kelisim_blank')
      return {
        status: 200,
        headers: {'content-type': 'text/html'},
        body: Buffer.from('<!doctype html><title>blank</title>'),
      };
    this.origins.add(new URL(proxied.url).origin);
    this.emit('request', new Request(proxied));
    for (const {match, handler} of [...this.routes].reverse()) {
      if (!match(proxied.url)) continue;
      const route = new Route(proxied);
      // A handler that throws falls back, as in Playwright; one that never decides holds the request.
      Promise.resolve(handler(route)).catch(() => route.fallback());
      const decision = await route.decision;
      if (decision !== 'fallback') return decision;
    }
    return 'continue';
  }

  /** Init scripts (and the capture of console messages and errors) go first into every HTML document. */
  private inject(reply: Reply): Reply {
    if (!/text\/html/.test(reply.headers['content-type'] ?? '')) return reply;
    const nonce = /'nonce-([^']+)'/.exec(reply.headers['content-security-policy'] ?? '')?.[1];
    const scripts = [`(${capture})(${++this.documents});`, ...this.initScripts]
      .map((source) => `<script${nonce ? ` nonce="${nonce}"` : ''}>${source}</script>`)
      .join('');
    const html = reply.body.toString('utf8');
    if (/\brel=["']?(?:module)?preload\b/i.test(html)) this.preloaded = true;
    const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
    return {...reply, body: Buffer.from(doctype + scripts + html.slice(doctype.length))};
  }

  async route(pattern: UrlMatch, handler: (route: Route) => unknown) {
    this.routes.push({pattern, match: matcher(pattern, this.baseURL), handler});
  }
  async unroute(pattern: UrlMatch) {
    this.routes = this.routes.filter((route) => route.pattern !== pattern);
  }
  async addInitScript(script: ((arg: any) => unknown) | string | {content?: string}, arg?: unknown) {
    const source =
      typeof script === 'function'
        ? `(${script})(${JSON.stringify(arg)});`
        : typeof script === 'string'
          ? script
          : (script.content ?? notApplicable('WebKit over WebDriver: addInitScript from a file'));
    this.initScripts.push(source);
  }

  // --- events ---------------------------------------------------------------------------------

  on(event: string, listener: Listener) {
    if (!['request', 'console', 'pageerror'].includes(event))
      notApplicable(`WebKit over WebDriver: page.on('${event}')`);
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
    return this;
  }
  off(event: string, listener: Listener) {
    this.listeners.get(event)?.delete(listener);
    return this;
  }
  private emit(event: string, value: unknown) {
    for (const listener of this.listeners.get(event) ?? []) listener(value);
  }
  private deliver(log: {event: string; type?: string; text?: string; message?: string}[]) {
    for (const entry of log) {
      if (entry.event === 'pageerror') this.emit('pageerror', Object.assign(new Error(entry.message), {name: 'Error'}));
      else this.emit('console', {type: () => entry.type, text: () => entry.text});
    }
  }

  // --- scripts --------------------------------------------------------------------------------

  /** Runs `body` (async function body; `arg` in scope) in the page; delivers what the page logged. */
  async run<T>(body: string, arg?: unknown): Promise<T> {
    // The value goes as JSON text, '' for undefined: WebDriver would turn undefined into null.
    const script = `const done = arguments[arguments.length - 1]; const arg = arguments[0];
      const drain = () => (window.__kelisimLog ? window.__kelisimLog.splice(0) : []);
      (async () => { ${body} })().then(
        (value) => done({value: value === undefined ? '' : (JSON.stringify(value) ?? ''), log: drain()}),
        (error) => done({error: String(error && error.stack ? error.message + '\\n' + error.stack : error), log: drain()}));`;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- WebDriver returns unknown JSON
    const result = (await this.browser.executeAsync(script, arg ?? null)) as {
      value?: string;
      error?: string;
      log: any[];
    };
    this.deliver(result?.log ?? []);
    if (result?.error) throw new Error(result.error);
    return (result?.value ? JSON.parse(result.value) : undefined) as T;
  }

  /** A string is an expression, as in Playwright, or else a script (axe-core's source) run for its effect. */
  evaluate<T>(fn: ((arg: any) => T) | string, arg?: unknown): Promise<Awaited<T>> {
    const body = typeof fn !== 'string' ? `return await (${fn})(arg);` : isExpression(fn) ? `return (${fn});` : fn;
    return this.run(body, arg);
  }

  // --- navigation -----------------------------------------------------------------------------

  private async drain() {
    await this.run('return undefined;').catch(() => undefined);
  }
  async goto(url: string) {
    await this.drain();
    const target = new URL(url, this.baseURL).href;
    await this.browser.url(target);
    this.currentUrl = await this.browser.getUrl();
    // What the page logged while loading is reported before goto returns, as in Playwright.
    await this.drain();
    return null;
  }
  async reload() {
    await this.drain();
    await this.browser.refresh();
    this.currentUrl = await this.browser.getUrl();
    await this.drain();
    return null;
  }
  url() {
    return this.currentUrl;
  }
  async title() {
    return this.browser.getTitle();
  }
  async content() {
    return this.browser.getPageSource();
  }
  async waitForTimeout(ms: number) {
    await sleep(ms);
  }
  /** 'networkidle' as Playwright means it: no request through the proxy for 500 ms. */
  async waitForLoadState(state = 'load', options: {timeout?: number} = {}) {
    const deadline = Date.now() + (options.timeout ?? 30_000);
    for (let quiet = 0; quiet < 500; quiet += 50) {
      if (this.proxy.inFlight > 0) quiet = -50;
      if (state !== 'networkidle' && quiet >= 0) break;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for '${state}'`);
      await sleep(50);
    }
    await this.waitForFunction('document.readyState === "complete"', undefined, options);
  }
  async waitForFunction(expression: string | ((arg: any) => unknown), arg?: unknown, options: {timeout?: number} = {}) {
    const deadline = Date.now() + (options.timeout ?? 15_000);
    for (;;) {
      const done = await this.evaluate(expression as any, arg).catch(() => false);
      if (done) return done;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
      await sleep(100);
    }
  }
  /**
   * 'load' is a new document finished loading (the page reloads itself, in these tests). It waits
   * for the proxy to deliver the next HTML document before asking the page anything, so that it
   * sends no WebDriver command while the test is still clicking.
   */
  async waitForEvent(event: string, options: {timeout?: number} = {}) {
    if (event !== 'load') notApplicable(`WebKit over WebDriver: page.waitForEvent('${event}')`);
    const after = this.documents;
    const deadline = Date.now() + (options.timeout ?? 30_000);
    let quietSince = 0;
    for (;;) {
      if (this.proxy.inFlight > 0 || this.documents <= after) quietSince = Date.now();
      // Only once the new document is in and its requests have been quiet for a while: WebKitWebDriver
      // may never answer a script sent while the page is changing documents.
      if (this.documents > after && Date.now() - quietSince >= 300) {
        const loaded = await this.browser
          .execute(
            (after: number) => document.readyState === 'complete' && (window as any).__kelisimDocument > after,
            after
          )
          .catch(() => false);
        if (loaded) break;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the page's next 'load'`);
      await sleep(50);
    }
    this.currentUrl = await this.browser.getUrl();
    return this;
  }
  async waitForURL(expected: string | RegExp | ((url: URL) => boolean), options: {timeout?: number} = {}) {
    const match = matcher(expected, this.baseURL);
    const deadline = Date.now() + (options.timeout ?? 15_000);
    while (!match((this.currentUrl = await this.browser.getUrl()))) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the URL ${expected}`);
      await sleep(100);
    }
  }
  /** The only frame reachable: what axe-core and expect(page).toHaveURL/toHaveTitle call on it. */
  mainFrame() {
    return {
      evaluate: this.evaluate.bind(this),
      waitForURL: (predicate: (url: URL) => boolean, options: {timeout?: number}) =>
        this.waitForURL(predicate, options),
      _expect: (expression: string, options: any) => new Locator(this, [])._expect(expression, options),
    };
  }
  frames() {
    return [this.mainFrame()];
  }
  context() {
    return new WebDriverContext(this);
  }

  // --- input ----------------------------------------------------------------------------------

  locator(css: string) {
    return new Locator(this, [{css}]);
  }
  /** A same-origin frame, searched from inside the page (a cross-origin one finds nothing). */
  frameLocator(css: string) {
    return {locator: (inner: string) => new Locator(this, [{css}, {frame: true}, {css: inner}])};
  }
  /** A value kept in the page, to pass to later scripts: `handle.evaluate(fn)` runs fn(value). */
  async evaluateHandle(fn: (arg: any) => unknown, arg?: unknown) {
    const id = await this.run<number>(
      `const handles = (window.__kelisimHandles ??= []); handles.push(await (${fn})(arg)); return handles.length - 1;`,
      arg
    );
    return {
      evaluate: (inner: (value: any, arg: any) => unknown, innerArg?: unknown) =>
        this.run(`return await (${inner})(window.__kelisimHandles[${id}], arg);`, innerArg),
      jsonValue: () => this.run(`return window.__kelisimHandles[${id}];`),
      dispose: async () => undefined,
    };
  }
  emulateMedia(): never {
    return notApplicable(
      'WebKit over WebDriver: WebDriver classic has no media emulation (MiniBrowser takes its colour scheme and motion settings at launch)'
    );
  }
  getByRole(role: string, options?: {name?: string | RegExp; exact?: boolean; checked?: boolean}) {
    return new Locator(this, []).getByRole(role, options);
  }
  getByText(text: string | RegExp, options?: {exact?: boolean}) {
    return new Locator(this, []).getByText(text, options);
  }
  async click(selector: string) {
    await this.locator(selector).click();
  }
  async pointerClick({x, y}: {x: number; y: number}) {
    await this.browser.performActions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: {pointerType: 'mouse'},
        actions: [
          {type: 'pointerMove', duration: 0, origin: 'viewport', x, y},
          {type: 'pointerDown', button: 0},
          {type: 'pointerUp', button: 0},
        ],
      },
    ]);
    await this.browser.releaseActions();
    await this.drain();
  }
  private async keys(keys: string[]) {
    await this.browser.performActions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          ...keys.map((value) => ({type: 'keyDown', value})),
          ...keys.reverse().map((value) => ({type: 'keyUp', value})),
        ],
      },
    ]);
    await this.browser.releaseActions();
    await this.drain();
  }
  private async press(combo: string) {
    await this.keys(
      combo
        .split('+')
        .map((key) => KEYS[key] ?? (key.length === 1 ? key : notApplicable(`WebKit over WebDriver: the key ${key}`)))
    );
  }

  viewportSize() {
    return this.viewport;
  }
  /** Sizes the window so that the page's own viewport is the size asked for. */
  async setViewportSize(size: {width: number; height: number}) {
    this.viewport = size;
    const inner = () => this.browser.execute(() => [innerWidth, innerHeight]);
    await this.browser.setWindowSize(size.width, size.height);
    const [width, height] = await inner();
    await this.browser.setWindowSize(2 * size.width - width, 2 * size.height - height);
    const reached = await inner();
    if (reached[0] !== size.width || reached[1] !== size.height)
      notApplicable(
        `WebKit over WebDriver: MiniBrowser's window cannot give a ${size.width}×${size.height} viewport (it gives ${reached.join('×')})`
      );
  }

  // --- cookies --------------------------------------------------------------------------------

  async cookies(urls?: string | string[]) {
    const wanted = urls === undefined ? undefined : [urls].flat().map((url) => new URL(url).hostname);
    const cookies = await this.browser.getAllCookies();
    return cookies
      .map((cookie) => ({
        name: cookie.name,
        value: cookie.value,
        domain: cookie.domain ?? new URL(this.currentUrl).hostname,
        path: cookie.path ?? '/',
        expires: cookie.expiry ?? -1,
        httpOnly: !!cookie.httpOnly,
        secure: !!cookie.secure,
        sameSite: (cookie.sameSite ?? 'Lax') as 'Lax' | 'Strict' | 'None',
      }))
      .filter(
        (cookie) =>
          !wanted ||
          wanted.some(
            (host) =>
              host === cookie.domain.replace(/^\./, '') ||
              host.endsWith(cookie.domain.startsWith('.') ? cookie.domain : `.${cookie.domain}`)
          )
      );
  }
  /** WebDriver sets cookies for the current document only: visit the cookie's origin first. */
  async addCookies(
    cookies: {
      name: string;
      value: string;
      url?: string;
      domain?: string;
      path?: string;
      expires?: number;
      secure?: boolean;
      httpOnly?: boolean;
      sameSite?: 'Lax' | 'Strict' | 'None';
    }[]
  ) {
    for (const cookie of cookies) {
      const origin = cookie.url
        ? new URL(cookie.url).origin
        : `http://${cookie.domain!.replace(/^\./, '')}:${new URL(this.baseURL).port}`;
      if (!this.currentUrl.startsWith(origin)) await this.goto(`${origin}/__kelisim_blank`);
      await this.browser.addCookie({
        name: cookie.name,
        value: cookie.value,
        path: cookie.path ?? '/',
        ...(cookie.domain && {domain: cookie.domain}),
        ...(cookie.expires !== undefined && cookie.expires > 0 && {expiry: Math.round(cookie.expires)}),
        secure: cookie.secure,
        httpOnly: cookie.httpOnly,
        ...(cookie.sameSite && {sameSite: cookie.sameSite}),
      });
    }
  }
  /** WebDriver clears what the current document sees: each origin the page reached is visited (HTTPS ones too). */
  async clearCookies() {
    for (const origin of this.origins) {
      await this.browser.url(`${origin}/__kelisim_blank`).catch(() => undefined);
      await this.browser.deleteAllCookies().catch(() => undefined);
      await this.browser
        .execute(() => {
          localStorage.clear();
          sessionStorage.clear();
        })
        .catch(() => undefined);
    }
  }

  /** Between tests: no routes, listeners, init scripts, cookies, storage or preloaded files from the last one. */
  async reset() {
    this.offline = false;
    this.routes = [];
    this.listeners.clear();
    this.initScripts = [];
    await this.clearCookies();
    this.origins.clear();
    const newSession = this.preloaded;
    if (newSession) {
      // WebKit keeps what a page preloaded in its memory cache, no-store or not, and hands it to the
      // next page without a request (no route sees it): only a new session forgets it.
      this.preloaded = false;
      await this.endSession();
      this.browser = await this.startSession();
    } else await this.browser.url('about:blank');
    this.currentUrl = 'about:blank';
    if (newSession || this.viewport.width !== 1280 || this.viewport.height !== 720)
      await this.setViewportSize({width: 1280, height: 720});
  }

  /** Ends the browser's session; a browser that no longer answers is left to end with its driver. */
  private async endSession() {
    await Promise.race([this.browser.deleteSession().catch(() => undefined), sleep(10_000)]);
  }

  /** Ends the session and the proxy: the worker is done. */
  async close() {
    await this.endSession();
    this.proxy.close();
  }
}

/** The page's context: cookies and requests; a second page or new context is not available. */
class WebDriverContext {
  readonly _apiName = 'BrowserContext';
  /** What expect(page).toHaveURL reads a relative URL against. */
  readonly _options: {baseURL: string};
  constructor(private page: WebDriverPage) {
    this._options = {baseURL: page.baseURL};
  }
  cookies(urls?: string | string[]) {
    return this.page.cookies(urls);
  }
  addCookies(cookies: Parameters<WebDriverPage['addCookies']>[0]) {
    return this.page.addCookies(cookies);
  }
  clearCookies() {
    return this.page.clearCookies();
  }
  async setOffline(offline: boolean) {
    this.page.offline = offline;
  }
  newPage(): never {
    return notApplicable(
      'WebKit over WebDriver: no second tab (context.newPage): the one proxy that routes requests cannot tell tabs apart'
    );
  }
  on(event: string, listener: Listener) {
    this.page.on(event, listener);
    return this;
  }
  route(pattern: UrlMatch, handler: (route: Route) => unknown) {
    return this.page.route(pattern, handler);
  }
  addInitScript(script: Parameters<WebDriverPage['addInitScript']>[0], arg?: unknown) {
    return this.page.addInitScript(script, arg);
  }
  pages() {
    return [this.page];
  }
}

/** Makes any part of Playwright's API the adapter lacks mark the test not applicable, naming it. */
export function orNotApplicable<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object || property === 'then' || property === 'toJSON') {
        const value = Reflect.get(object, property, receiver);
        if (property === 'context' && typeof value === 'function')
          return () => orNotApplicable(value.call(object), 'context');
        return typeof value === 'function' ? value.bind(object) : value;
      }
      return () => notApplicable(`WebKit over WebDriver: ${name}.${String(property)}()`);
    },
  });
}
