import {loadScript} from '../load-script.js';
import type {Vendor} from './vendor.js';
import {global, setGlobal} from './vendor.js';

type Fbq = ((...args: unknown[]) => void) & {queue?: unknown[]; callMethod?: (...args: unknown[]) => void};
const fbq = () => global<Fbq>('fbq');

/** Meta (Facebook) Pixel with Meta's consent API: `fbq('consent', 'grant' | 'revoke')`. */
export const metaPixel: Vendor = {
  attribute: 'meta-pixel',
  category: 'marketing',
  id: /^\d{6,20}$/,
  src: 'https://connect.facebook.net/en_US/fbevents.js',
  load({ids, src, nonce}) {
    if (!fbq()) {
      // Meta's snippet: calls queue until fbevents.js takes over `callMethod`.
      const stub: Fbq = (...args) => (stub.callMethod ? stub.callMethod(...args) : stub.queue!.push(args));
      Object.assign(stub, {queue: [], loaded: true, version: '2.0', push: stub});
      setGlobal('fbq', stub);
      setGlobal('_fbq', global('_fbq') ?? stub);
    }
    fbq()!('consent', 'grant');
    for (const id of ids) fbq()!('init', id);
    fbq()!('track', 'PageView');
    loadScript(src, nonce);
  },
  grant: () => fbq()?.('consent', 'grant'),
  revoke: () => fbq()?.('consent', 'revoke'),
  navigate: () => fbq()?.('track', 'PageView'),
  cookies: ['_fbp', '_fbc'],
};
