// A stand-in for Yandex Metrika's tag.js, served locally: it sets the cookies the real tag
// sets and reports on the page that it ran, so the demo shows what consent released.
(function () {
  var queue = (window.ym && window.ym.a) || [];
  window.ym = function () {
    report('ym(' + [].slice.call(arguments).join(', ') + ')');
  };
  document.cookie = '_ym_uid=' + Date.now() + '; path=/; max-age=31536000; samesite=lax';
  document.cookie = '_ym_d=' + Math.floor(Date.now() / 1000) + '; path=/; max-age=31536000; samesite=lax';
  report('tag.js loaded');
  queue.forEach(function (args) {
    window.ym.apply(null, args);
  });
  function report(call) {
    var status = document.getElementById('status-metrika');
    if (status) status.textContent = 'running: ' + call;
  }
})();
