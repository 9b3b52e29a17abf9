/** Registers an element unless the page has one by that name already: a consent script is easily included twice. */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
