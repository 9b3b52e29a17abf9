import {loadScript} from '../load-script.js';
import type {Vendor} from './vendor.js';
import {global, setGlobal, withParam} from './vendor.js';

type Ttq = unknown[] &
  Record<string, (...args: unknown[]) => void> & {_i?: Record<string, unknown>; _t?: Record<string, number>};
const METHODS = ['page', 'track', 'identify', 'holdConsent', 'grantConsent', 'revokeConsent'];
const ttq = () => global<Ttq>('ttq');

/** TikTok Pixel with its consent API: `ttq.holdConsent()`, `grantConsent()`, `revokeConsent()`. */
export const tiktokPixel: Vendor = {
  attribute: 'tiktok-pixel',
  category: 'marketing',
  id: /^[A-Z0-9]{10,30}$/,
  src: 'https://analytics.tiktok.com/i18n/pixel/events.js',
  load({ids, src, nonce}) {
    if (!ttq()) {
      // TikTok's snippet: each method queues `[name, ...args]` until events.js arrives.
      const queue = [] as unknown as Ttq;
      for (const name of METHODS) queue[name] = (...args) => void queue.push([name, ...args]);
      queue._i = {};
      setGlobal('TiktokAnalyticsObject', 'ttq');
      setGlobal('ttq', queue);
    }
    const queue = ttq()!;
    queue.holdConsent();
    for (const id of ids) {
      queue._i![id] = Object.assign([], {_u: src});
      (queue._t ??= {})[id] = Date.now();
      loadScript(withParam(withParam(src, 'sdkid', id), 'lib', 'ttq'), nonce);
    }
    queue.grantConsent();
    queue.page();
  },
  grant: () => ttq()?.grantConsent?.(),
  revoke: () => ttq()?.revokeConsent?.(),
  navigate: () => ttq()?.page?.(),
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*'],
};
