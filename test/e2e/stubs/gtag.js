// Stands in for https://www.googletagmanager.com/gtag/js in page tests. Like the real tag it
// reads the dataLayer in order, honours Consent Mode: with analytics_storage granted it sets
// `_ga` and `_ga_<id>` at the highest domain it can and sends a hit; while denied it sends
// only a cookieless ping (gcs=G100) and sets nothing. A tag whose opt-out `window['ga-disable-<ID>']`
// is true sends and sets nothing.
(function () {
  var labels = location.hostname.split('.');
  var domain = /^[\d.]+$/.test(location.hostname) || labels.length < 2 ? '' : '; domain=.' + labels.slice(-2).join('.');
  var log = (window.ran = window.ran || []);
  var analytics = 'granted';
  var configured = [];
  var ads = 'granted';
  function send(id) {
    if (window['ga-disable-' + id]) return;
    // A Google Ads tag sets its conversion linker cookie only under ad_storage.
    if (/^AW-/.test(id)) {
      if (ads === 'granted') document.cookie = '_gcl_au=1.1.1; path=/; max-age=7776000' + domain;
      return;
    }
    if (analytics === 'granted') {
      document.cookie = '_ga=GA1.1.123.456; path=/; max-age=63072000' + domain;
      document.cookie = '_ga_' + id.replace(/^G-/, '') + '=GS1.1.1; path=/; max-age=63072000' + domain;
    }
    var gcs = analytics === 'granted' ? 'G111' : 'G100';
    new Image().src = 'https://www.google-analytics.com/g/collect?v=2&tid=' + id + '&gcs=' + gcs;
  }
  function run(command) {
    if (command[0] === 'consent') {
      if (command[2] && command[2].analytics_storage) analytics = command[2].analytics_storage;
      if (command[2] && command[2].ad_storage) ads = command[2].ad_storage;
      if (command[1] === 'update' && analytics === 'granted') configured.forEach(send);
    } else if (command[0] === 'config') {
      configured.push(command[1]);
      send(command[1]);
    } else if (command[0] === 'event') {
      log.push('gtag event ' + command[1]);
      configured.forEach(send);
    }
  }
  var dataLayer = (window.dataLayer = window.dataLayer || []);
  log.push('gtag.js');
  for (var i = 0; i < dataLayer.length; i++) run(dataLayer[i]);
  dataLayer.push = function () {
    for (var j = 0; j < arguments.length; j++) run(arguments[j]);
    return Array.prototype.push.apply(dataLayer, arguments);
  };
})();
