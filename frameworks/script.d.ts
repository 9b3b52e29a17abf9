// The script-tag builds, `kelisim/kelisim.js` and `kelisim/kelisim.mjs`, export nothing: importing
// one starts Kelisim for the page and sets `window.Kelisim`.
export {};
