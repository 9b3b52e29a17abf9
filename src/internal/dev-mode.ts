/**
 * True only in the development build (`dist/development/`, the `development` export condition),
 * whose rollup config swaps this module for `export const DEV = true`. Everything behind
 * `if (DEV)` is dropped from the default builds, so their users pay no byte for it.
 */
export const DEV: boolean = false;
