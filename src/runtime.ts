import {ConsentManager} from './core/consent-manager.js';
import {ChangeSource, ConsentStatus} from './core/types.js';
import type {CategoryId, ConsentChange} from './core/types.js';
import {checkPage} from './dev-checks.js';
import {dispatch} from './events.js';
import type {ConsentState} from './events.js';
import {GATED_EMBED, createEmbedGate} from './gating/embed-gate.js';
import {GATED_SCRIPT, createScriptGate} from './gating/script-gate.js';
import {watchAdded} from './gating/watch.js';
import {languageOf} from './i18n/language.js';
import {removeCookies} from './integrations/cookie-cleanup.js';
import {createProofSender, proofOf} from './integrations/consent-proof.js';
import {startIntegrations} from './integrations/integrations.js';
import {DEV} from './internal/dev-mode.js';
import {error, warn} from './internal/warn.js';
import {uuid} from './internal/uuid.js';
import {readCookieRules, readSiteConfig} from './site-config.js';
import type {SiteConfig} from './site-config.js';
import {cookieStore} from './storage/cookie-store.js';
import {startTabSync} from './tab-sync.js';

/** What the runtime needs of the element that shows the banner: `<kelisim-consent>` once upgraded. */
export interface ConsentUI extends HTMLElement {
  /** The language the banner shows now; stored with each decision. */
  readonly language: string;
  /** A text in the current language, the site's own if it gave one, with `{placeholders}` filled. */
  text(key: string, values?: Record<string, string>): string;
  /** Shows or hides the banner after the stored choice changed outside the UI. */
  refresh(): void;
  showPreferences(): void;
}

/**
 * One per page: the manager over the consent cookie, the gates, the vendor integrations and
 * the footer-link handler. It imports no Lit: a returning visitor's scripts are released
 * without the UI, which is loaded only when something must be shown.
 */
export interface Runtime {
  config: SiteConfig;
  manager: ConsentManager;
  /** The `<kelisim-consent>` element: where the config is read and the events are fired. */
  host: HTMLElement;
  /** The upgraded element, once the UI is loaded. */
  ui?: ConsentUI;
  decide(choice: Partial<Record<CategoryId, boolean>>, source: ChangeSource): ConsentChange;
  /** Grants every category, or only `essential`. */
  decideAll(granted: boolean, source: ChangeSource): ConsentChange;
  /** Grants these categories on top of what is granted now (a placeholder's "Allow and show"). */
  allow(categories: CategoryId[]): ConsentChange;
  state(): ConsentState;
  /** Runs `action` with the UI, loading it first if it is not there yet. */
  withUI(action: (ui: ConsentUI) => void): void;
  /** Makes `ui` the page's banner and runs what waited for it. */
  attach(ui: ConsentUI): void;
  /** Forgets the choice here and in the site's other tabs, and shows the banner again. */
  reset(): void;
}

let current: Runtime | undefined;
/** The element the script-tag builds add when the page has none (yet); the page's own replaces it. */
let standIn: HTMLElement | undefined;
let loadUI: () => Promise<unknown>;

/** Kelisim's own script, while a script-tag build runs: its nonce is the one released scripts get. */
const ownScript = typeof document === 'object' ? (document.currentScript as HTMLScriptElement | null) : null;

export const currentRuntime = (): Runtime | undefined => current;

/**
 * Starts Kelisim for the page with the config on `host`. `loadUI` brings the element's
 * definition in (a separate chunk in the split build) when the banner, the dialog or a
 * placeholder must show.
 */
export function startRuntime(host: HTMLElement, load: () => Promise<unknown>): Runtime {
  if (current) return current;
  loadUI = load;
  const config = readSiteConfig(host);
  if (DEV) checkPage(host, config);
  const store = cookieStore({name: config.cookieName, expiresDays: config.expiresDays, domain: config.cookieDomain});
  const manager = new ConsentManager(config, store, {now: Date.now, newId: uuid, warn});
  const unknown = new Set<CategoryId>();
  const allowed = (category: CategoryId) => {
    if (!config.categories.includes(category) && !unknown.has(category)) {
      unknown.add(category);
      warn(`data-category="${category}" is not one of ${config.categories.join(', ')}; what it marks never runs.`);
    }
    // A runtime the page's own element replaced releases nothing more.
    return current === runtime && manager.allowed(category);
  };
  const nonce = ownScript?.nonce || document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
  let afterDecision = () => {};
  safely(() => (afterDecision = startIntegrations(config, manager, nonce)));
  const waiting: ((ui: ConsentUI) => void)[] = [];

  const runtime: Runtime = {
    config,
    manager,
    host,
    decide: (choice, source) => manager.decide(choice, source, runtime.ui?.language ?? languageOf(runtime.host)),
    decideAll: (granted, source) =>
      runtime.decide(Object.fromEntries(config.categories.map((id) => [id, granted])), source),
    allow: (categories) =>
      runtime.decide(Object.fromEntries([...manager.granted(), ...categories].map((id) => [id, true])), ChangeSource.SAVE),
    state: () => ({status: manager.status, granted: manager.granted(), record: manager.record}),
    withUI(action) {
      // A framework may have removed the element: the banner or dialog needs one in the page.
      if (!runtime.host.isConnected) {
        const other = document.querySelector('kelisim-consent');
        if (other) runtime.host = other;
        else document.body.append(runtime.host);
      }
      if (runtime.ui) return action(runtime.ui);
      if (waiting.push(action) === 1) loadUI().catch((error) => warn(`The banner could not be loaded: ${error}`));
    },
    attach(ui) {
      runtime.host = runtime.ui = ui;
      for (const action of waiting.splice(0)) action(ui);
    },
    reset() {
      manager.reset();
      announce();
      runtime.withUI((ui) => ui.refresh());
    },
  };
  current = runtime;
  const announce = startTabSync(manager, `kelisim:${config.cookieName}`, () => runtime.ui?.refresh());
  const proofs = config.consentEndpoint ? createProofSender(config.consentEndpoint, config.cookieName) : undefined;
  proofs?.retryUnsent();

  const scripts = createScriptGate(document, allowed, nonce);
  const embeds = createEmbedGate(document, allowed, () => runtime.withUI(() => {}));
  const release = () => {
    if (current !== runtime) return;
    void scripts.release();
    safely(embeds.release);
  };
  // Single-page apps add gated scripts and embeds after start-up; one observer catches both.
  watchAdded(document, `${GATED_SCRIPT}, ${GATED_EMBED}`, release);
  // The split build sees a late `<kelisim-consent>` only here: it has no element class to tell it.
  if (host === standIn) {
    watchAdded(document, 'kelisim-consent', () => {
      for (const element of document.querySelectorAll<HTMLElement>('kelisim-consent')) takeOver(element);
    });
  }
  manager.subscribe((change) => {
    if (current !== runtime) return;
    // Each step on its own: a page that broke a vendor's globals must not stop the rest.
    safely(afterDecision);
    release();
    runtime.ui?.refresh();
    if (change.source !== ChangeSource.SYNC) {
      announce();
      proofs?.send(proofOf(change, new Date(), location.href));
    }
    // Before the page's listeners get the change, which they could alter.
    const withdrawn = change.changed.filter((id) => !change.granted.includes(id));
    // Listeners on the document still hear of it while a framework has the element out of the page.
    dispatch(runtime.host.isConnected ? runtime.host : document, 'kelisim-change', change);
    if (withdrawn.length) safely(() => withdraw(runtime, withdrawn));
  });
  document.addEventListener('click', openPreferencesFromLinks);
  release();
  dispatch(host, 'kelisim-ready', runtime.state());
  const gpc = (navigator as Navigator & {globalPrivacyControl?: boolean}).globalPrivacyControl === true;
  if (config.gpc === 'reject' && gpc && manager.status !== ConsentStatus.CURRENT) {
    runtime.decideAll(false, ChangeSource.GPC);
  }
  if (manager.status !== ConsentStatus.CURRENT) runtime.withUI((ui) => ui.refresh());
  return runtime;
}

/**
 * The runtime a connecting `<kelisim-consent>` is to serve (it then calls `attach`), started
 * first where the element came before it (the all-in-one builds). A second element on the page
 * is told it is ignored.
 */
export function runtimeFor(ui: ConsentUI): Runtime | undefined {
  takeOver(ui);
  const runtime = current ?? startRuntime(ui, () => Promise.resolve());
  // Frameworks remove and re-create elements; a new one takes over from a detached one.
  if (runtime.host === ui || !runtime.host.isConnected) return runtime;
  warn('Only one <kelisim-consent> acts on a page; this one is ignored.');
  return undefined;
}

/**
 * Adds a `<kelisim-consent>` to a page that has none (yet), so that its gated scripts still get a
 * banner; the page's own element replaces it if it comes later.
 */
export function addStandIn(): HTMLElement {
  document.body.append((standIn = document.createElement('kelisim-consent')));
  return standIn;
}

/**
 * The page's own `<kelisim-consent>`, added after the script-tag build put a stand-in in its place
 * (a framework renders it after DOMContentLoaded), brings its own configuration: Kelisim starts
 * again on it and the stand-in goes.
 */
function takeOver(host: HTMLElement): void {
  const replaced = standIn;
  if (!replaced || host === replaced || current?.host !== replaced) return;
  current = standIn = undefined;
  startRuntime(host, loadUI);
  replaced.remove();
}

/** Runs `action`, reporting what it throws instead of letting it stop what comes after. */
function safely(action: () => void): void {
  try {
    action();
  } catch (problem) {
    error(problem);
  }
}

/**
 * A tag that already runs cannot be unloaded: remove the withdrawn categories' cookies, then
 * reload once (unless the site turned that off) so nothing keeps collecting.
 */
function withdraw(runtime: Runtime, categories: CategoryId[]): void {
  const rules = readCookieRules(runtime.host);
  removeCookies(categories.flatMap((id) => rules[id] ?? []), runtime.config.cookieName);
  if (runtime.config.reloadOnWithdraw) {
    // A page reached by POST would send its form again; with its history entry replaced by its own
    // URL, the reload is a GET.
    history.replaceState(history.state, '');
    location.reload();
  }
}

/** Any `data-kelisim="preferences"` element (a footer "Cookie settings" link) opens the dialog. */
function openPreferencesFromLinks(event: MouseEvent): void {
  const opener = event.target instanceof Element && event.target.closest('[data-kelisim="preferences"]');
  if (!opener || !current) return;
  event.preventDefault();
  current.withUI((ui) => ui.showPreferences());
}
