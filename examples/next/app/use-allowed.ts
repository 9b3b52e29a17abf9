import {useSyncExternalStore} from 'react';
import {allowed} from 'kelisim';

// Kelisim fires kelisim-ready once it has read the stored choice, and kelisim-change on every decision.
function subscribe(callback: () => void) {
  document.addEventListener('kelisim-ready', callback);
  document.addEventListener('kelisim-change', callback);
  return () => {
    document.removeEventListener('kelisim-ready', callback);
    document.removeEventListener('kelisim-change', callback);
  };
}

/** Whether a category may run now, as React state. */
export const useAllowed = (category: string) =>
  useSyncExternalStore(
    subscribe,
    () => allowed(category),
    () => false
  );
