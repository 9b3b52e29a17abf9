import {createHmac} from 'node:crypto';
import {isIPv4, isIPv6} from 'node:net';

/**
 * The two facts about the visitor the server adds to a proof, both deliberately coarse: enough
 * to tell a real decision from a scripted flood in an audit, not enough to single a person out.
 */

const FAMILIES = [
  ['bot', /bot|crawl|spider|slurp|headless|curl|wget|python|node-fetch|go-http|java\//i],
  ['yandex', /YaBrowser/],
  ['samsung', /SamsungBrowser/],
  ['opera', /OPR\/|Opera/],
  ['edge', /Edg(e|A|iOS)?\//],
  ['firefox', /Firefox\/|FxiOS/],
  ['chrome', /Chrome\/|CriOS/],
  ['safari', /Safari\//],
];

/** `chrome`, `safari`, `firefox`, `edge`, `yandex`, `opera`, `samsung`, `bot` or `other`; no versions. */
export function uaFamily(userAgent = '') {
  return FAMILIES.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? 'other';
}

/**
 * The client address as kept: `truncate` zeroes the host part (IPv4 to /24, IPv6 to /48),
 * `hash` keeps a keyed hash (same visitor, same value, while the salt stays the same; not
 * reversible without it), `off` keeps nothing.
 * @param {string | undefined} address
 * @param {{mode: 'truncate' | 'hash' | 'off', salt?: string}} options
 */
export function clientTag(address, {mode, salt}) {
  if (mode === 'off' || !address) return '';
  const plain = address.replace(/^::ffff:(?=\d+\.)/, '');
  if (mode === 'hash')
    return createHmac('sha256', salt ?? '')
      .update(plain)
      .digest('base64url')
      .slice(0, 22);
  if (isIPv4(plain)) return plain.replace(/\.\d+$/, '.0');
  if (isIPv6(plain)) return `${expand(plain).slice(0, 3).join(':')}::`;
  return '';
}

/** The eight groups of an IPv6 address, `::` filled in. */
function expand(address) {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
