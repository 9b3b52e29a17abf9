import {allowed} from 'kelisim';
import {createSubscriber} from 'svelte/reactivity';

// Kelisim fires kelisim-ready once it has read the stored choice, and kelisim-change on every decision.
const subscribe = createSubscriber((update) => {
  document.addEventListener('kelisim-ready', update);
  document.addEventListener('kelisim-change', update);
  return () => {
    document.removeEventListener('kelisim-ready', update);
    document.removeEventListener('kelisim-change', update);
  };
});

/** Whether a category may run now; reactive where Svelte reads it (markup, $derived, $effect). */
export function isAllowed(category: string): boolean {
  subscribe();
  return allowed(category);
}
