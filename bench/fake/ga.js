// Stand-in for Google's gtag.js: marks when the first analytics code ran.
window.__analyticsStart = window.__analyticsStart || performance.now();
