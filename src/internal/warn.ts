/** Every console message of Kelisim goes through here, so they share one recognisable prefix. */
export function warn(message: string): void {
  console.warn(`[kelisim] ${message}`);
}
