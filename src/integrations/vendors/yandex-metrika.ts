import {loadScript} from '../load-script.js';
import {BUILT_IN_ATTRIBUTES} from './built-in.js';
import type {Vendor} from './vendor.js';
import {global, queueingStub, setGlobal, withParam} from './vendor.js';

type Ym = (...args: unknown[]) => void;
const ym = () => global<Ym>('ym');
const optOut = (ids: string[], value: boolean) => ids.forEach((id) => setGlobal(`disableYaCounter${id}`, value));

/**
 * Yandex Metrika's current snippet (`tag.js?id=`). In a single-page app the counter is
 * initialised with `defer`, so that only the hits Kelisim sends on route changes count.
 * Opt-out: `window.disableYaCounter<ID> = true` stops a counter that already runs.
 */
export const yandexMetrika: Vendor = {
  attribute: BUILT_IN_ATTRIBUTES.yandexMetrika,
  category: 'performance',
  id: /^\d{1,12}$/,
  src: 'https://mc.yandex.ru/metrika/tag.js',
  options: {clickmap: true, trackLinks: true, accurateTrackBounce: true},
  load({ids, src, options, nonce, spa}) {
    optOut(ids, false);
    const stub = queueingStub('ym', 'a') as Ym & {l?: number};
    stub.l ??= Date.now();
    loadScript(withParam(src, 'id', ids[0]), nonce);
    for (const id of ids) {
      stub(Number(id), 'init', spa ? {...options, defer: true} : options);
      if (spa) stub(Number(id), 'hit', location.href, {title: document.title, referer: document.referrer});
    }
  },
  grant: ({ids}) => optOut(ids, false),
  revoke: ({ids}) => optOut(ids, true),
  navigate({ids}, referer) {
    for (const id of ids) ym()?.(Number(id), 'hit', location.href, {referer, title: document.title});
  },
  cookies: ['_ym_*'],
  storage: ['_ym*'],
};
