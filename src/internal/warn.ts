/** Every console message of Kelisim goes through here, so they share one recognisable prefix. */
export function warn(message: string): void {
  console.warn(`[kelisim] ${message}`);
}

/** For what was refused or caught, so that it is not silent: one console error, with the stack of an exception. */
export function error(problem: unknown): void {
  if (typeof problem === 'string') console.error(`[kelisim] ${problem}`);
  else console.error('[kelisim]', problem);
}
