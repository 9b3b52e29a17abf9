/** Every console message of Kelisim goes through here, so they share one recognisable prefix. */
export function warn(message: string): void {
  console.warn(`[kelisim] ${message}`);
}

/** For what Kelisim refused or could not do, so the site's developer sees it. */
export function error(message: string): void {
  console.error(`[kelisim] ${message}`);
}
