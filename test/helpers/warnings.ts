/** Runs `action`, collecting what it wrote to console.warn instead of printing it. */
export function withWarnings<T>(action: () => T): {value: T; warnings: string[]} {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => warnings.push(message);
  try {
    return {value: action(), warnings};
  } finally {
    console.warn = warn;
  }
}

/** Runs `action`, collecting what it wrote to console.error instead of printing it. */
export function withErrors<T>(action: () => T): {value: T; errors: string[]} {
  const error = console.error;
  const errors: string[] = [];
  console.error = (message: string) => errors.push(message);
  try {
    return {value: action(), errors};
  } finally {
    console.error = error;
  }
}

/** Awaits `action`, collecting what it wrote to console.warn meanwhile instead of printing it. */
export async function warningsDuring(action: () => Promise<unknown>): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => warnings.push(message);
  try {
    await action();
    return warnings;
  } finally {
    console.warn = warn;
  }
}
