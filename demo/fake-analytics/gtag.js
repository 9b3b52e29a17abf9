// A stand-in for Google's gtag.js, served locally: it sets `_ga` and reads the dataLayer the
// page's gated snippet filled, then reports on the page that it ran.
(function () {
  document.cookie = '_ga=GA1.1.' + Date.now() + '; path=/; max-age=31536000; samesite=lax';
  var calls = (window.dataLayer || []).map(function (args) {
    return [].slice.call(args).join(' ');
  });
  var status = document.getElementById('status-ga');
  if (status) status.textContent = 'running: ' + (calls.join('; ') || 'gtag.js loaded');
})();
