import {ConsentManager} from './core/consent-manager.js';
import {ChangeSource} from './core/types.js';
import type {CategoryId, ConsentChange} from './core/types.js';
import {dispatch} from './events.js';
import type {ConsentState} from './events.js';
import {createEmbedGate} from './gating/embed-gate.js';
import {createScriptGate} from './gating/script-gate.js';
import {removeCookies} from './integrations/cookie-cleanup.js';
import {startIntegrations} from './integrations/integrations.js';
import {warn} from './internal/warn.js';
import {uuid} from './internal/uuid.js';
import {readCookieRules, readSiteConfig} from './site-config.js';
import type {SiteConfig} from './site-config.js';
import {cookieStore} from './storage/cookie-store.js';

/** What the runtime needs of the element that shows the banner; the element itself, in practice. */
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
 * the footer-link handler. It imports no Lit, so a returning visitor's scripts are released
 * without the UI.
 */
export interface Runtime {
  config: SiteConfig;
  manager: ConsentManager;
  ui: ConsentUI;
  decide(choice: Partial<Record<CategoryId, boolean>>, source: ChangeSource): ConsentChange;
  /** Grants every category, or only `essential`. */
  decideAll(granted: boolean, source: ChangeSource): ConsentChange;
  /** Grants these categories on top of what is granted now (a placeholder's "Allow and show"). */
  allow(categories: CategoryId[]): ConsentChange;
  state(): ConsentState;
}

let current: Runtime | undefined;

export const currentRuntime = (): Runtime | undefined => current;

/** Starts Kelisim for the page with the config on `ui`; a second element is told it is ignored. */
export function startRuntime(ui: ConsentUI): Runtime | undefined {
  if (current) {
    // Frameworks remove and re-create elements; a new one takes over from a detached one.
    if (current.ui === ui || !current.ui.isConnected) return Object.assign(current, {ui});
    warn('Only one <kelisim-consent> acts on a page; this one is ignored.');
    return undefined;
  }
  const config = readSiteConfig(ui);
  const store = cookieStore({name: config.cookieName, expiresDays: config.expiresDays, domain: config.cookieDomain});
  const manager = new ConsentManager(config, store, {now: Date.now, newId: uuid, warn});
  const allowed = (category: CategoryId) => manager.allowed(category);
  const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
  const afterDecision = startIntegrations(config, manager, nonce);
  const scripts = createScriptGate(document, allowed);
  const embeds = createEmbedGate(document, allowed);
  const runtime: Runtime = {
    config,
    manager,
    ui,
    decide: (choice, source) => manager.decide(choice, source, runtime.ui.language),
    decideAll: (granted, source) =>
      runtime.decide(Object.fromEntries(config.categories.map((id) => [id, granted])), source),
    allow: (categories) =>
      runtime.decide(Object.fromEntries([...manager.granted(), ...categories].map((id) => [id, true])), ChangeSource.SAVE),
    state: () => ({status: manager.status, granted: manager.granted(), record: manager.record}),
  };
  current = runtime;
  manager.subscribe((change) => {
    afterDecision();
    scripts.release();
    embeds.release();
    runtime.ui.refresh();
    dispatch(runtime.ui, 'kelisim-change', change);
    const withdrawn = change.changed.filter((id) => !change.granted.includes(id));
    if (withdrawn.length) withdraw(runtime, withdrawn);
  });
  document.addEventListener('click', openPreferencesFromLinks);
  scripts.release();
  embeds.release();
  dispatch(ui, 'kelisim-ready', runtime.state());
  return runtime;
}

/**
 * A tag that already runs cannot be unloaded: remove the withdrawn categories' cookies, then
 * reload once (unless the site turned that off) so nothing keeps collecting.
 */
function withdraw(runtime: Runtime, categories: CategoryId[]): void {
  const rules = readCookieRules(runtime.ui);
  removeCookies(categories.flatMap((id) => rules[id] ?? []), runtime.config.cookieName);
  if (runtime.config.reloadOnWithdraw) location.reload();
}

/** Any `data-kelisim="preferences"` element (a footer "Cookie settings" link) opens the dialog. */
function openPreferencesFromLinks(event: MouseEvent): void {
  const opener = event.target instanceof Element && event.target.closest('[data-kelisim="preferences"]');
  if (!opener || !current) return;
  event.preventDefault();
  current.ui.showPreferences();
}
