// Stand-in for Yandex Metrika's tag.js: marks when the first analytics code ran.
window.__analyticsStart = window.__analyticsStart || performance.now();
window.ym = window.ym || function () {};
