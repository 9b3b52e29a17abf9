import {DestroyRef, inject, signal} from '@angular/core';
import {allowed} from 'kelisim';

/** Whether a category may run now, as a signal that follows kelisim-ready and every kelisim-change. */
export function allowedSignal(category: string) {
  const state = signal(allowed(category));
  const update = () => state.set(allowed(category));
  document.addEventListener('kelisim-ready', update);
  document.addEventListener('kelisim-change', update);
  inject(DestroyRef).onDestroy(() => {
    document.removeEventListener('kelisim-ready', update);
    document.removeEventListener('kelisim-change', update);
  });
  return state.asReadonly();
}
