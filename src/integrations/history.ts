/**
 * Calls `onNavigate(previousUrl)` after each history navigation of a single-page app:
 * `pushState`, `replaceState` to another URL, and back/forward.
 */
export function onHistoryNavigation(onNavigate: (previousUrl: string) => void): void {
  let current = location.href;
  const check = () => {
    if (location.href === current) return;
    const previous = current;
    current = location.href;
    onNavigate(previous);
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      check();
    };
  }
  addEventListener('popstate', check);
}
