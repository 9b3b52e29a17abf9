type Gtag = (...args: unknown[]) => void;
type GoogleWindow = {dataLayer?: unknown[]; gtag?: Gtag};

/**
 * Calls the page's `gtag`, defining Google's standard one first if the page has none. It must
 * push the `arguments` object itself: gtag.js ignores commands pushed as plain arrays.
 */
export function gtag(...args: unknown[]): void {
  const page = window as unknown as GoogleWindow;
  const dataLayer = (page.dataLayer ??= []);
  page.gtag ??= function () {
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  };
  page.gtag(...args);
}

/** True when the page already queued Google tag commands (`js`, `config`, `event`) before Kelisim. */
export function gtagCommandsQueued(): boolean {
  const dataLayer = (window as unknown as GoogleWindow).dataLayer ?? [];
  return dataLayer.some((entry) => {
    const command = (entry as ArrayLike<unknown> | undefined)?.[0];
    return command === 'js' || command === 'config' || command === 'event';
  });
}
