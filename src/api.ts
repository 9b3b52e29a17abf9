import {ChangeSource, ConsentStatus, ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentChange} from './core/types.js';
import type {ConsentState} from './events.js';
import {addLanguage as register} from './i18n/language.js';
import {error, warn} from './internal/warn.js';
import {currentRuntime} from './runtime.js';
import type {Runtime} from './runtime.js';

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

/**
 * Grants exactly these categories (and `essential`); every other one is rejected. Anything but a
 * list of the site's own ids (a string, an unknown or misspelt id) is refused: nothing changes.
 */
export function accept(categories: CategoryId[]): ConsentChange | undefined {
  const runtime = started('accept');
  if (!runtime) return undefined;
  const known = runtime.config.categories;
  const wrong = Array.isArray(categories) ? categories.filter((id) => !known.includes(id)) : [categories];
  if (wrong.length) {
    error(`accept() takes a list of ${known.join(', ')}; ${shown(wrong[0])} is refused and nothing changed.`);
    return undefined;
  }
  const choice = Object.fromEntries(known.map((id) => [id, categories.includes(id)]));
  return runtime.decide(choice, ChangeSource.API);
}

/** Whether a category may run now. False for everything but `essential` until a current choice exists. */
export function allowed(category: CategoryId): boolean {
  if (category === ESSENTIAL) return true;
  const runtime = currentRuntime();
  if (typeof category === 'string' && (!runtime || runtime.config.categories.includes(category))) {
    return runtime?.manager.allowed(category) === true;
  }
  error(`allowed(${shown(category)}): not a category of this site; the answer is false.`);
  return false;
}

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
