// `kelisim/vendors`: the vendor adapters beyond the built-in Metrika and GA, each tree-shakable.
// `registerVendor(metaPixel)` turns one on for `<kelisim-consent meta-pixel="…">`.
import type {Vendor} from './integrations/vendors/vendor.js';

export {googleAds} from './integrations/vendors/google-ads.js';
export {metaPixel} from './integrations/vendors/meta-pixel.js';
export {microsoftClarity} from './integrations/vendors/microsoft-clarity.js';
export {tiktokPixel} from './integrations/vendors/tiktok-pixel.js';
export {vkAds} from './integrations/vendors/vk-ads.js';
export type {Vendor, VendorTag} from './integrations/vendors/vendor.js';

/** Makes Kelisim act on a vendor's attribute; works before and after the element started. */
export function registerVendor(...vendors: Vendor[]): void {
  (window.KelisimVendors ??= []).push(...vendors);
}
