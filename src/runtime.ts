import {ConsentManager} from './core/consent-manager.js';
import {ChangeSource, ConsentStatus, ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentChange, ServiceId} from './core/types.js';
import {checkPage} from './dev-checks.js';
import {dispatch} from './events.js';
import type {ConsentState} from './events.js';
import {GATED_SCRIPT, createScriptGate} from './gating/script-gate.js';
import {GATED_EMBED} from './gating/selectors.js';
import {watchAdded} from './gating/watch.js';
import {languageOf} from './i18n/language.js';
import {loadLocale} from './i18n/load-locale.js';
import {BUILT_IN_ATTRIBUTES} from './integrations/vendors/built-in.js';
import {DEV} from './internal/dev-mode.js';
import {onDemand} from './internal/on-demand.js';
import {error, warn} from './internal/warn.js';
import {uuid} from './internal/uuid.js';
import {loadEmbedGate, loadIntegrations} from './bundled-modules.js';
import {readSiteConfig} from './site-config.js';
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
  /** Registers the element of blocked embeds' placeholders, in the split build a chunk of its own. */
  showPlaceholders(): void;
  /** Renders again, e.g. with a language the site just added. */
  requestUpdate(): void;
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
  /** Records a choice; `refused` lists services switched off inside granted categories. */
  decide(choice: Partial<Record<CategoryId, boolean>>, source: ChangeSource, refused?: ServiceId[]): ConsentChange;
  /** Grants every category, or only `essential`. */
  decideAll(granted: boolean, source: ChangeSource): ConsentChange;
  /** Grants these categories, and `service` if it was switched off, on top of what is granted now (a placeholder's "Allow and show"). */
  allow(categories: CategoryId[], service?: ServiceId): ConsentChange;
  /** Shows the embed behind a placeholder for this page view only, granting nothing. */
  loadOnce(placeholder: Element): void;
  /**
   * Whether a category (with `service`, that service) may run on this page now: as the stored
   * choice says, unless a newer runtime replaced this one, or this one serves a stand-in in which
   * nothing was decided yet (see `provisional`).
   */
  allowed(category: CategoryId, service?: ServiceId): boolean;
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
  if (!config.policyUrl)
    warn('No policy-url is set: the banner links to no privacy policy, which visitors need to decide.');
  const store = cookieStore({name: config.cookieName, expiresDays: config.expiresDays, domain: config.cookieDomain});
  const manager = new ConsentManager(config, store, {now: Date.now, newId: uuid, warn});
  // A stand-in carries none of the site's configuration: a stored choice cannot be checked against
  // the site's revision, categories or expiry, so only a decision made in its own banner releases.
  let provisional = host === standIn;
  if (provisional && manager.status === ConsentStatus.CURRENT) {
    warn('No <kelisim-consent> on the page: the stored choice waits for one, which holds the configuration.');
  }
  const allowed = (category: CategoryId, service?: ServiceId) => {
    if (!config.categories.includes(category)) {
      warn(`data-category="${category}" is not one of ${config.categories.join(', ')}; what it marks never runs.`);
    }
    return runtime.allowed(category, service);
  };
  const nonce = ownScript?.nonce || document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
  const waiting: ((ui: ConsentUI) => void)[] = [];

  const runtime: Runtime = {
    config,
    manager,
    host,
    decide: (choice, source, refused) =>
      manager.decide(choice, source, runtime.ui?.language ?? languageOf(runtime.host), refused),
    decideAll: (granted, source) =>
      runtime.decide(Object.fromEntries(config.categories.map((id) => [id, granted])), source),
    allow: (categories, service) =>
      runtime.decide(
        Object.fromEntries([...manager.granted(), ...categories].map((id) => [id, true])),
        ChangeSource.SAVE,
        manager.refused().filter((id) => id !== service)
      ),
    loadOnce: (placeholder) => withEmbeds((embeds) => embeds.loadOnce(placeholder)),
    allowed: (category, service) =>
      manager.allowed(category, service) && (category === ESSENTIAL || (current === runtime && !provisional)),
    state: () => ({
      status: manager.status,
      granted: config.categories.filter((id) => runtime.allowed(id)),
      record: manager.record,
    }),
    withUI(action) {
      // A framework may have removed the element: the banner or dialog needs one in the page.
      if (!runtime.host.isConnected) {
        const other = document.querySelector('kelisim-consent');
        if (other) runtime.host = other;
        else document.body.append(runtime.host);
      }
      if (runtime.ui) return action(runtime.ui);
      if (waiting.push(action) > 1) return;
      // The texts are fetched alongside the UI, not after it.
      void loadLocale(languageOf(runtime.host));
      loadUI().catch((error) => warn(`The banner could not be loaded: ${error}`));
    },
    attach(ui) {
      runtime.host = runtime.ui = ui;
      for (const action of waiting.splice(0)) action(ui);
    },
    reset() {
      manager.reset();
      announce();
      settle(true);
      runtime.withUI((ui) => ui.refresh());
    },
  };
  current = runtime;
  /** The vendor integrations (a chunk of their own in the split build), started on first use. */
  const withIntegrations = onDemand(
    loadIntegrations,
    // Each step on its own: a page that broke a vendor's globals must not stop the rest.
    ({startVendors}) => safely(() => startVendors(config, manager, () => runtime.host, nonce)),
    (problem) => {
      error(problem);
      // Without them (a chunk the network lost), the page's gated scripts still run as granted.
      holding = false;
      release();
    }
  );
  let started = false;
  const startIntegrations = () => withIntegrations(() => (started = true));
  let [granted, wereRefused] = [manager.granted(), manager.refused()];
  /**
   * Every way consent goes down ends here (a decision, a reset, another tab's change): Google
   * is told, vendors opt out, and every category not granted, and every service switched off,
   * loses its cookies and storage. After a decision that is done even when nothing was granted
   * before (a choice that follows a revision bump or an expiry), since cookies of the earlier
   * grant may remain.
   */
  const settle = (decided: boolean) => {
    const [before, refusedBefore] = [granted, wereRefused];
    [granted, wereRefused] = [manager.granted(), manager.refused()];
    // Categories no longer granted, and services switched off (ids of one namespace: site-config.ts).
    const lost = [
      ...before.filter((id) => !granted.includes(id)),
      ...wereRefused.filter((id) => !refusedBefore.includes(id)),
    ];
    if (!decided && !lost.length) return;
    const denied = config.categories.filter((id) => !granted.includes(id));
    let reload = ranOnPage(lost);
    // Nothing to tell vendors that never started, nor to clean when nothing is withdrawn.
    if (!started && !denied.length && !wereRefused.length) return;
    withIntegrations((integrations) => {
      safely(() => integrations?.update());
      safely(() => (reload = integrations?.withdraw(denied) || reload));
      if (reload && config.reloadOnWithdraw) reloadAsGet();
    });
  };
  const announce = startTabSync(manager, `kelisim:${config.cookieName}`, () => {
    if (current !== runtime) return;
    settle(false);
    runtime.ui?.refresh();
  });
  // Only sites with a `consent-endpoint` load the proof sender.
  const endpoint = config.consentEndpoint;
  const proofs = endpoint
    ? import('./integrations/consent-proof.js')
        .then(({createProofSender, proofOf}) => ({sender: createProofSender(endpoint, config.cookieName), proofOf}))
        .catch((problem: unknown) => void error(problem))
    : undefined;
  void proofs?.then((loaded) => loaded?.sender.retryUnsent());

  const scripts = createScriptGate(document, allowed, nonce);
  /** The embed gate (a chunk of its own in the split build), started once the page has a gated embed. */
  const withEmbeds = onDemand(
    loadEmbedGate,
    ({createEmbedGate}) => createEmbedGate(document, allowed, () => runtime.withUI((ui) => ui.showPlaceholders())),
    error
  );
  // Metrika and GA by attribute, Consent Mode, or vendors of the add-on or `registerVendor`: the
  // integrations start at once, and the gated scripts wait for them (Consent Mode's default first).
  const queue = (window.KelisimVendors ??= []);
  let holding =
    config.googleConsentMode !== undefined ||
    queue.length > 0 ||
    Object.values(BUILT_IN_ATTRIBUTES).some((name) => host.hasAttribute(name));
  const release = () => {
    if (current !== runtime || holding) return;
    void scripts.release();
    if (document.querySelector(GATED_EMBED)) withEmbeds((embeds) => safely(embeds.release));
  };
  const startHeld = () =>
    withIntegrations(() => {
      started = true;
      holding = false;
      release();
    });
  if (holding) {
    if (!provisional) startHeld();
  } else {
    // A vendor registered later (the add-on after the element) starts them then.
    queue.push = (...vendors) => {
      const length = Array.prototype.push.apply(queue, vendors);
      if (provisional) holding = true;
      else startIntegrations();
      return length;
    };
  }
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
    if (provisional && change.source !== ChangeSource.SYNC) {
      provisional = false;
      if (holding) startHeld();
    }
    settle(true);
    release();
    runtime.ui?.refresh();
    if (change.source !== ChangeSource.SYNC) {
      announce();
      const [time, url] = [new Date(), location.href];
      void proofs?.then((loaded) => loaded?.sender.send(loaded.proofOf(change, time, url)));
    }
    // Listeners on the document still hear of it while a framework has the element out of the page.
    dispatch(runtime.host.isConnected ? runtime.host : document, 'kelisim-change', change);
  });
  // In the capture phase, so a client-side router never takes an opener link's click as a navigation.
  document.addEventListener('click', openPreferencesFromLinks, true);
  release();
  // Started in <head>, a script the parser had not finished yet is released once it has.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', release);
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
 * first where the element came before it (the npm build). A second element on the page
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
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch (problem) {
    error(problem);
    return undefined;
  }
}

/**
 * Whether a gated script or iframe of one of the `withdrawn` categories or services was released
 * on this page: the site's own code has no opt-out Kelisim could call, so only a reload stops it.
 */
function ranOnPage(withdrawn: string[]): boolean {
  return [
    ...document.querySelectorAll('script[data-category]:not([type="text/plain"]), iframe[data-category][src]'),
  ].some((node) =>
    [...node.getAttribute('data-category')!.split(/\s+/), node.getAttribute('data-service')].some((id) =>
      withdrawn.includes(id!)
    )
  );
}

/** A page reached by POST would send its form again; with its history entry replaced by its own URL, the reload is a GET. */
function reloadAsGet(): void {
  history.replaceState(history.state, '');
  location.reload();
}

/** Any `data-kelisim="preferences"` element (a footer "Cookie settings" link) opens the dialog. */
function openPreferencesFromLinks(event: MouseEvent): void {
  const opener = event.target instanceof Element && event.target.closest('[data-kelisim="preferences"]');
  if (!opener || !current) return;
  event.preventDefault();
  current.withUI((ui) => ui.showPreferences());
}
