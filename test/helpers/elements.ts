// Elements that carry a site's configuration, for the tests that read it.

/** A `<div>` with these attributes. */
export function elementWith(attributes: Record<string, string>): Element {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A `<div>` with a JSON config child. */
export function elementWithJson(json: string): Element {
  const element = document.createElement('div');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  return element;
}

/** Resolves once `check()` holds, tried at each animation frame; the test's own timeout ends a wait that never does. */
export async function until(check: () => unknown): Promise<void> {
  while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}
