// The vendor add-on for script-tag sites (`dist/kelisim-vendors.js`): Google Ads, Meta Pixel,
// TikTok Pixel, VK Ads and Microsoft Clarity, kept out of `kelisim.js` to hold its size. It may
// come before or after the Kelisim script.
import {googleAds, metaPixel, microsoftClarity, registerVendor, tiktokPixel, vkAds} from './vendors.js';

registerVendor(googleAds, metaPixel, tiktokPixel, vkAds, microsoftClarity);
