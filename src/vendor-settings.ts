// What the page's element says of its vendors: their ids and options, and the cookies the site
// adds per category. Read only by the vendor integrations (start-integrations.ts), so the split
// build fetches it with them.
import {isCategoryId} from './core/record.js';
import type {CategoryId} from './core/types.js';
import type {Vendor, VendorTag} from './integrations/vendors/vendor.js';
import {warn} from './internal/warn.js';
import {readJsonConfig, readOptions, safeUrl} from './site-config.js';

/**
 * How the page configured one vendor: `<attribute>` holds its ids, `<attribute>-src` a proxy
 * for its loader, `<attribute>-options` JSON options and `<attribute>-category` another
 * category. Undefined when the page does not use it.
 */
export function readVendorTag(host: Element, vendor: Vendor, spa: boolean): VendorTag | undefined {
  const name = vendor.attribute;
  const attribute = (suffix: string) => host.getAttribute(name + suffix) ?? undefined;
  const ids = readIds(name, attribute(''), vendor.id);
  if (!ids.length) return undefined;
  const category = attribute('-category') ?? '';
  return {
    ids,
    category: isCategoryId(category) ? category : vendor.category,
    src: safeUrl(`${name}-src`, attribute('-src')) ?? vendor.src,
    options: readOptions(`${name}-options`, attribute('-options')) ?? vendor.options ?? {},
    spa,
  };
}

/**
 * Cookie name patterns the site adds per category, removed when it is withdrawn (besides the
 * vendors' own): the JSON child's `{"cookies": {"marketing": ["_fbp", "_fbc"]}}`.
 */
export function readCookieRules(host: Element): Record<CategoryId, string[]> {
  const rules: Record<CategoryId, string[]> = {};
  const {cookies} = readJsonConfig(host);
  if (cookies === undefined) return rules;
  if (!cookies || typeof cookies !== 'object' || Array.isArray(cookies)) {
    warn('"cookies" in the JSON config must map categories to name patterns; it is ignored.');
    return rules;
  }
  for (const [category, patterns] of Object.entries(cookies)) {
    if (!Array.isArray(patterns) || !patterns.every((pattern) => typeof pattern === 'string' && pattern)) {
      warn(`"cookies.${category}" in the JSON config must be a list of names like "_fbp" or "_ym_*"; it is ignored.`);
      continue;
    }
    rules[category] = [...(rules[category] ?? []), ...(patterns as string[])];
  }
  return rules;
}

function readIds(name: string, value: string | undefined, valid: RegExp): string[] {
  const ids = (value ?? '').split(/\s+/).filter(Boolean);
  return ids.filter((id) => {
    if (valid.test(id)) return true;
    warn(`${name}: "${id}" is not a valid id and is ignored.`);
    return false;
  });
}
