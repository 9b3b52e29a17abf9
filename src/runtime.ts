import {ConsentManager} from './core/consent-manager.js';
import type {CategoryId, ChangeSource, ConsentChange} from './core/types.js';
import {dispatch} from './events.js';
import type {ConsentState} from './events.js';
import {createScriptGate} from './gating/script-gate.js';
import {warn} from './internal/warn.js';
import {uuid} from './internal/uuid.js';
import {readSiteConfig} from './site-config.js';
import type {SiteConfig} from './site-config.js';
import {cookieStore} from './storage/cookie-store.js';

/** What the runtime needs of the element that shows the banner; the element itself, in practice. */
export interface ConsentUI extends HTMLElement {
  /** The language the banner shows now; stored with each decision. */
  readonly language: string;
  /** Shows or hides the banner after the stored choice changed outside the UI. */
  refresh(): void;
  showPreferences(): void;
}

/**
 * One per page: the manager over the consent cookie, the script gate and the footer-link
 * handler. It imports no Lit, so a returning visitor's scripts are released without the UI.
 */
export interface Runtime {
  config: SiteConfig;
  manager: ConsentManager;
  ui: ConsentUI;
  decide(choice: Partial<Record<CategoryId, boolean>>, source: ChangeSource): ConsentChange;
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
  const gate = createScriptGate(document, (category) => manager.allowed(category));
  const runtime: Runtime = {
    config,
    manager,
    ui,
    decide: (choice, source) => manager.decide(choice, source, runtime.ui.language),
    state: () => ({status: manager.status, granted: manager.granted(), record: manager.record}),
  };
  current = runtime;
  manager.subscribe((change) => {
    gate.release();
    runtime.ui.refresh();
    dispatch(runtime.ui, 'kelisim-change', change);
  });
  document.addEventListener('click', openPreferencesFromLinks);
  gate.release();
  dispatch(ui, 'kelisim-ready', runtime.state());
  return runtime;
}

/** Any `data-kelisim="preferences"` element (a footer "Cookie settings" link) opens the dialog. */
function openPreferencesFromLinks(event: MouseEvent): void {
  const opener = event.target instanceof Element && event.target.closest('[data-kelisim="preferences"]');
  if (!opener || !current) return;
  event.preventDefault();
  current.ui.showPreferences();
}
