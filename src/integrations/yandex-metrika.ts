import {loadScript} from './load-script.js';

export const METRIKA_URL = 'https://mc.yandex.ru/metrika/tag.js';

type Ym = ((...args: unknown[]) => void) & {a?: IArguments[]; l?: number};
const page = () => window as unknown as {ym?: Ym};

/** Yandex Metrika's snippet: a queueing `ym` until tag.js (from `src`) arrives, then `init` per counter. */
export function loadYandexMetrika(
  ids: string[],
  options: Record<string, unknown>,
  src: string,
  nonce: string | undefined
): void {
  if (!page().ym) {
    const ym: Ym = function () {
      // eslint-disable-next-line prefer-rest-params
      (ym.a ??= []).push(arguments);
    };
    ym.l = Date.now();
    page().ym = ym;
  }
  loadScript(src, nonce);
  for (const id of ids) page().ym!(Number(id), 'init', options);
}

/** A Metrika hit for a single-page app's route change. */
export function sendMetrikaHit(ids: string[], referer: string): void {
  for (const id of ids) page().ym?.(Number(id), 'hit', location.href, {referer, title: document.title});
}
