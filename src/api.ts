import {ChangeSource, ConsentStatus, ESSENTIAL} from './core/types.js';
import type {CategoryId, ConsentChange} from './core/types.js';
import type {ConsentState} from './events.js';
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

/** Grants exactly these categories (and `essential`); every other one is rejected. */
export function accept(categories: CategoryId[]): ConsentChange | undefined {
  const runtime = started('accept');
  if (!runtime) return undefined;
  const known = runtime.config.categories;
  for (const id of categories) if (!known.includes(id)) warn(`accept(): unknown category "${id}" is ignored.`);
  const choice = Object.fromEntries(known.map((id) => [id, categories.includes(id)]));
  return runtime.decide(choice, ChangeSource.API);
}

/** Whether a category may run now. False for everything but `essential` until a current choice exists. */
export function allowed(category: CategoryId): boolean {
  return category === ESSENTIAL || currentRuntime()?.manager.allowed(category) === true;
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
