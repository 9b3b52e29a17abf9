// The attributes of Kelisim's elements, shared by the framework typings beside this file.
// test/e2e/package.spec.ts checks them against custom-elements.json.

export interface KelisimConsentAttributes {
  'policy-url'?: string;
  revision?: string | number;
  categories?: string;
  'cookie-name'?: string;
  'cookie-domain'?: string;
  'expires-days'?: string | number;
  'yandex-metrika'?: string | number;
  'yandex-metrika-options'?: string;
  'yandex-metrika-src'?: string;
  'google-analytics'?: string;
  'google-analytics-src'?: string;
  'google-consent-mode'?: string | boolean;
  'google-consent-options'?: string;
  // The add-on vendors (kelisim-vendors.js or `registerVendor`); each also takes -src, -options, -category.
  'google-ads'?: string;
  'meta-pixel'?: string | number;
  'tiktok-pixel'?: string;
  'vk-ads'?: string | number;
  'microsoft-clarity'?: string;
  'reload-on-withdraw'?: string | boolean;
  spa?: string | boolean;
  'consent-endpoint'?: string;
  gpc?: 'reject';
  theme?: 'light' | 'dark' | 'auto';
  position?: 'bottom' | 'top' | 'center' | 'bottom-left' | 'bottom-right';
  modal?: boolean;
  lang?: string;
}

export interface KelisimPlaceholderAttributes {
  category?: string;
  service?: string;
  width?: string | number;
  height?: string | number;
}
