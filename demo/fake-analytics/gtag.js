// A stand-in for Google's gtag.js, served locally: it sets `_ga` once analytics storage is
// granted and reports on the page the commands it saw, so the demos show consent at work.
(function () {
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  var analytics = 'granted';
  var seen = [];
  function run(args) {
    if (args[0] === 'consent' && args[2] && args[2].analytics_storage) analytics = args[2].analytics_storage;
    seen.push(
      args[0] +
        ' ' +
        (typeof args[1] === 'string' ? args[1] : '') +
        (args[0] === 'consent' ? ' (analytics ' + analytics + ')' : '')
    );
    if (analytics === 'granted')
      document.cookie = '_ga=GA1.1.' + Date.now() + '; path=/; max-age=31536000; samesite=lax';
    var status = document.getElementById('status-ga');
    if (status) status.textContent = 'running: ' + seen.join('; ');
  }
  for (var i = 0; i < dataLayer.length; i++) run(dataLayer[i]);
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) run(arguments[j]);
    return Array.prototype.push.apply(dataLayer, arguments);
  };
})();
