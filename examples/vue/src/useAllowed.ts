import {onScopeDispose, readonly, ref} from 'vue';
import {allowed} from 'kelisim';

/** Whether a category may run now, as a ref that follows kelisim-ready and every kelisim-change. */
export function useAllowed(category: string) {
  const state = ref(allowed(category));
  const update = () => (state.value = allowed(category));
  document.addEventListener('kelisim-ready', update);
  document.addEventListener('kelisim-change', update);
  onScopeDispose(() => {
    document.removeEventListener('kelisim-ready', update);
    document.removeEventListener('kelisim-change', update);
  });
  return readonly(state);
}
