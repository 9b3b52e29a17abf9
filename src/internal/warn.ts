/** The warnings given so far: each is given once, though its input may be read again (the JSON config is, at each use). */
const given = new Set<string>();

/** Every console message of Kelisim goes through here, so they share one recognisable prefix. */
export function warn(message: string): void {
  if (given.has(message)) return;
  given.add(message);
  console.warn(`[kelisim] ${message}`);
}

/** For what was refused or caught, so that it is not silent: one console error, with the stack of an exception. */
export function error(problem: unknown): void {
  if (typeof problem === 'string') console.error(`[kelisim] ${problem}`);
  else console.error('[kelisim]', problem);
}
