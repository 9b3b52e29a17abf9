import type {ConsentStore} from '../core/types.js';

/** A store that forgets on reload; for tests and for pages that must not write cookies. */
export function memoryStore(initial?: string): ConsentStore {
  let value = initial;
  return {
    read: () => (value === undefined ? [] : [value]),
    write: (next) => void (value = next),
    clear: () => void (value = undefined),
  };
}
