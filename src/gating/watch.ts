/**
 * Calls `onAdded` whenever nodes matching `selector` are added anywhere under `root`, as
 * single-page apps do after start-up. Returns a function that stops watching.
 */
export function watchAdded(root: Node, selector: string, onAdded: () => void): () => void {
  const observer = new MutationObserver((mutations) => {
    const added = mutations.some((mutation) =>
      [...mutation.addedNodes].some(
        (node) => node instanceof Element && (node.matches(selector) || node.querySelector(selector))
      )
    );
    if (added) onAdded();
  });
  observer.observe(root, {childList: true, subtree: true});
  return () => observer.disconnect();
}
