// A stand-in for Yandex Metrika's tag.js, served locally: it takes over the `ym` queue, sets
// the cookies the real tag sets and reports on the page each call, so the demos show what
// consent released.
(function () {
  var queue = (window.ym && window.ym.a) || [];
  var calls = [];
  window.ym = function (id, method, url) {
    // Metrika's own opt-out, which Kelisim sets when consent is withdrawn.
    if (window['disableYaCounter' + id]) return;
    calls.push(method + (method === 'hit' ? ' ' + new URL(url, location.href).pathname : ''));
    var status = document.getElementById('status-metrika');
    if (status) status.textContent = 'running (' + id + '): ' + calls.join('; ');
  };
  document.cookie = '_ym_uid=' + Date.now() + '; path=/; max-age=31536000; samesite=lax';
  document.cookie = '_ym_d=' + Math.floor(Date.now() / 1000) + '; path=/; max-age=31536000; samesite=lax';
  for (var i = 0; i < queue.length; i++) window.ym.apply(null, queue[i]);
})();
