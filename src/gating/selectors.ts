/** Iframes, images and other embeds a site marks: `<iframe data-category="functional" data-src="…">`. */
export const GATED_EMBED = '[data-category][data-src]:not(script)';

/** The element that stands in for a blocked iframe; defined with the UI. */
export const PLACEHOLDER_TAG = 'kelisim-placeholder';
