/**
 * Where a cookie visible on this page can live, kept pure: each domain and path it may have been
 * set on, so that removing it can try each one.
 */

const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/**
 * Every domain a cookie for `hostname` can live on, the host first, then each parent with at
 * least two labels: `www.orta.community` → `www.orta.community`, `orta.community`. A public
 * suffix such as `com.kz` may be among them; browsers refuse cookies there, so removing at it
 * does nothing.
 */
export function cookieDomains(hostname: string): string[] {
  if (IP_ADDRESS.test(hostname) || !hostname.includes('.')) return [hostname];
  const labels = hostname.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/**
 * Every `Path` a cookie visible on `pathname` can have: `/`, then each ancestor with and
 * without its trailing slash, then the page itself. `/shop/item` → `/`, `/shop`, `/shop/`,
 * `/shop/item`. A tag that sets a cookie without `path` gets its directory.
 */
export function cookiePaths(pathname: string): string[] {
  const paths = new Set(['/']);
  const parts = pathname.split('/').filter(Boolean);
  parts.forEach((_, index) => {
    const path = `/${parts.slice(0, index + 1).join('/')}`;
    paths.add(path);
    if (index < parts.length - 1 || pathname.endsWith('/')) paths.add(`${path}/`);
  });
  return [...paths];
}
