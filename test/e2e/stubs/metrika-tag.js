// Stands in for https://mc.yandex.ru/metrika/tag.js in page tests. Like the real tag it takes
// over the `ym` queue, sets `_ym_uid` and `_ym_d` at the highest domain it can (and `_ym*` keys in
// localStorage), and sends a hit request per `init` and `hit`. A counter whose opt-out
// `window.disableYaCounter<ID>` is true does nothing at all.
(function () {
  var labels = location.hostname.split('.');
  var domain = /^[\d.]+$/.test(location.hostname) || labels.length < 2 ? '' : '; domain=.' + labels.slice(-2).join('.');
  var log = (window.ran = window.ran || []);
  function hit(id) {
    new Image().src = 'https://mc.yandex.ru/watch/' + id + '?page-url=' + encodeURIComponent(location.href);
  }
  var queue = (window.ym && window.ym.a) || [];
  window.ym = function (id, method, arg) {
    if (window['disableYaCounter' + id]) return;
    log.push('ym ' + id + ' ' + method + ' ' + (typeof arg === 'object' ? JSON.stringify(arg) : arg));
    if (method === 'init') {
      document.cookie = '_ym_uid=17000' + id + '; path=/; max-age=31536000' + domain;
      document.cookie = '_ym_d=1700000000; path=/; max-age=31536000' + domain;
      localStorage.setItem('_ym_uid', '"17000' + id + '"');
      localStorage.setItem('_ym' + id + '_lsid', '1');
    }
    if (method === 'init' || method === 'hit') hit(id);
  };
  log.push('metrika tag.js');
  for (var i = 0; i < queue.length; i++) window.ym.apply(null, queue[i]);
})();
