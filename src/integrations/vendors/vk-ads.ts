import {loadScript} from '../load-script.js';
import type {Vendor} from './vendor.js';
import {global, setGlobal} from './vendor.js';

const tmr = () => global<unknown[]>('_tmr') ?? (setGlobal('_tmr', []) as unknown[]);
const pageView = (ids: string[]) => ids.forEach((id) => tmr().push({id, type: 'pageView', start: Date.now()}));

/**
 * VK Ads pixel / Top.Mail.Ru counter (`top-fwz1.mail.ru/js/code.js`). It has no consent call
 * and no opt-out, so a withdrawal reloads the page to stop it.
 */
export const vkAds: Vendor = {
  attribute: 'vk-ads',
  category: 'marketing',
  id: /^\d{4,12}$/,
  src: 'https://top-fwz1.mail.ru/js/code.js',
  load({ids, src, nonce}) {
    pageView(ids);
    loadScript(src, nonce);
  },
  navigate: ({ids}) => pageView(ids),
  cookies: ['tmr_*'],
  storage: ['tmr_*'],
};
