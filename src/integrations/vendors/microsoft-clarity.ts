import {loadScript} from '../load-script.js';
import type {Vendor} from './vendor.js';
import {global, queueingStub} from './vendor.js';

type Clarity = (...args: unknown[]) => void;
const consent = (state: 'granted' | 'denied') => ({ad_Storage: state, analytics_Storage: state});

/** Microsoft Clarity with its consent API: `clarity('consentv2', {ad_Storage, analytics_Storage})`. */
export const microsoftClarity: Vendor = {
  attribute: 'microsoft-clarity',
  category: 'performance',
  id: /^[a-z0-9]{6,20}$/,
  src: 'https://www.clarity.ms/tag/',
  load({ids, src, nonce}) {
    const clarity = queueingStub('clarity', 'q');
    clarity('consentv2', consent('granted'));
    // Clarity runs one project per page.
    loadScript(`${src}${encodeURIComponent(ids[0])}`, nonce);
  },
  grant: () => global<Clarity>('clarity')?.('consentv2', consent('granted')),
  revoke: () => global<Clarity>('clarity')?.('consentv2', consent('denied')),
  cookies: ['_clck', '_clsk'],
};
