import {ChangeSource, ConsentStatus, ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentChange, ServiceId} from './core/types.js';
import type {ConsentState} from './events.js';
import {addLanguage as register} from './i18n/language.js';
import {error, warn} from './internal/warn.js';
import {currentRuntime} from './runtime.js';
import type {Runtime} from './runtime.js';
import {readServices} from './site-config.js';

/**
 * The page's API, the same on `window.Kelisim` and as named exports. Calls made before a
 * `<kelisim-consent>` element has started Kelisim are warned about and change nothing.
 */
function started(action: string): Runtime | undefined {
  const runtime = currentRuntime();
  if (!runtime) warn(`${action}() was called before a <kelisim-consent> element was on the page; nothing changed.`);
  return runtime;
}

/** Grants every category. */
export const acceptAll = () => started('acceptAll')?.decideAll(true, ChangeSource.API);

/** Grants only `essential`. */
export const rejectAll = () => started('rejectAll')?.decideAll(false, ChangeSource.API);

/** Names a value in an error message without calling anything on it. */
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`);

/** What `accept()` takes besides a list of categories: whole categories and single services. */
export interface AcceptChoice {
  categories?: CategoryId[];
  services?: ServiceId[];
}

/**
 * Grants exactly these categories (and `essential`); every other one is rejected. With
 * `{categories, services}`, a service's category is granted with only the services named in it
 * (a category named whole keeps all of its services). Anything but the site's own ids (a string,
 * an unknown or misspelt id) is refused: nothing changes.
 */
export function accept(choice: CategoryId[] | AcceptChoice): ConsentChange | undefined {
  const runtime = started('accept');
  if (!runtime) return undefined;
  const known = runtime.config.categories;
  const declared = Array.isArray(choice) ? [] : servicesOf(runtime);
  const {categories, services} = Array.isArray(choice) ? {categories: choice, services: []} : asChoice(choice);
  const wrong =
    !categories || !services
      ? [choice]
      : [
          ...categories.filter((id) => !known.includes(id)),
          ...services.filter((id) => !declared.some((s) => s.id === id)),
        ];
  if (wrong.length) {
    const forms = declared.length ? ` or {categories, services: [${declared.map((s) => s.id).join(', ')}]}` : '';
    error(`accept() takes a list of ${known.join(', ')}${forms}; ${shown(wrong[0])} is refused and nothing changed.`);
    return undefined;
  }
  const granted = new Set([...categories!, ...declared.filter((s) => services!.includes(s.id)).map((s) => s.category)]);
  // Inside a category granted for some of its services only, the others are refused.
  const refused = declared
    .filter((s) => !categories!.includes(s.category) && !services!.includes(s.id))
    .map((s) => s.id);
  return runtime.decide(Object.fromEntries(known.map((id) => [id, granted.has(id)])), ChangeSource.API, refused);
}

/** The lists of an `accept({categories, services})` object: own keys only, at least one given, no other key. */
function asChoice(value: unknown): {categories?: CategoryId[]; services?: ServiceId[]} {
  const own = (key: string) => (Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : []);
  const valid =
    !!value &&
    typeof value === 'object' &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => key === 'categories' || key === 'services') &&
    Array.isArray(own('categories')) &&
    Array.isArray(own('services'));
  return valid ? {categories: own('categories') as CategoryId[], services: own('services') as ServiceId[]} : {};
}

const servicesOf = (runtime: Runtime) => readServices(runtime.host, runtime.config.categories);

/**
 * Whether a category, or a service the site declares, may run now: exact ids only. False for
 * everything but `essential` until a current choice exists.
 */
export function allowed(id: string): boolean {
  if (id === ESSENTIAL) return true;
  const runtime = currentRuntime();
  if (typeof id === 'string' && (!runtime || runtime.config.categories.includes(id))) {
    return runtime?.allowed(id) === true;
  }
  const service = runtime && servicesOf(runtime).find((declared) => declared.id === id);
  if (service) return runtime.allowed(service.category, service.id);
  error(`allowed(${shown(id)}): not a category or service of this site; the answer is false.`);
  return false;
}

/** Whether a service the site declares may run now; the same as `allowed(service)`. */
export const isAllowed = allowed;

/** The visitor's current choice. */
export function getConsent(): ConsentState {
  return currentRuntime()?.state() ?? {status: ConsentStatus.MISSING, granted: [ESSENTIAL]};
}

/** Opens the preferences dialog. */
export function showPreferences(): void {
  started('showPreferences')?.withUI((ui) => ui.showPreferences());
}

/** Forgets the stored choice and shows the banner again. Scripts that already ran keep running. */
export function reset(): void {
  started('reset')?.reset();
}

/** Calls back on every decision; returns a function that stops it. Safe to call before start-up. */
export function onChange(callback: (change: ConsentChange) => void): () => void {
  if (typeof callback !== 'function') {
    error(`onChange() takes a function, not ${shown(callback)}.`);
    return () => {};
  }
  const listener = (event: CustomEvent<ConsentChange>) => {
    // One site listener that throws must not look like Kelisim failing, nor go unreported.
    try {
      callback(event.detail);
    } catch (problem) {
      error(problem);
    }
  };
  document.addEventListener('kelisim-change', listener);
  return () => document.removeEventListener('kelisim-change', listener);
}

/**
 * Adds a language or script (`kk-Latn`, `uz`, `ky`) with its texts, keyed like `locales/en.json`;
 * the language switch offers it. Keys it lacks are reported and shown in English. Safe to call
 * before start-up.
 */
export function addLanguage(tag: string, texts: Record<string, string>): boolean {
  const added = register(tag, texts);
  currentRuntime()?.ui?.requestUpdate();
  return added;
}
