// Stands in for the add-on vendors' loaders in page tests (fbevents.js, TikTok's events.js,
// Top.Mail.Ru's code.js, Clarity's tag). Like the real tags each takes over its queue, logs
// every call to `window.ran`, and sets its first-party cookie while consent holds.
(function () {
  var log = (window.ran = window.ran || []);
  var src = document.currentScript.src;
  var cookie = function (name) {
    document.cookie = name + '=1; path=/; max-age=31536000';
  };
  var text = function (args) {
    return [].slice
      .call(args)
      .map(function (arg) {
        return typeof arg === 'object' ? JSON.stringify(arg) : String(arg);
      })
      .join(' ');
  };
  if (src.indexOf('fbevents') >= 0) {
    var consent = true;
    window.fbq.callMethod = function () {
      log.push('fbq ' + text(arguments));
      if (arguments[0] === 'consent') consent = arguments[1] === 'grant';
      if (arguments[0] === 'init' && consent) cookie('_fbp');
    };
    window.fbq.queue.forEach(function (args) {
      window.fbq.callMethod.apply(null, args);
    });
  } else if (src.indexOf('tiktok') >= 0) {
    var held = false;
    var ttq = window.ttq;
    var call = function (name, args) {
      log.push('ttq ' + name + (args.length ? ' ' + text(args) : ''));
      if (name === 'holdConsent') held = true;
      if (name === 'grantConsent') held = false;
      if (name === 'page' && !held) cookie('_ttp');
    };
    ttq.slice().forEach(function (entry) {
      call(entry[0], entry.slice(1));
    });
    ['page', 'track', 'holdConsent', 'grantConsent', 'revokeConsent'].forEach(function (name) {
      ttq[name] = function () {
        call(name, [].slice.call(arguments));
      };
    });
  } else if (src.indexOf('mail.ru') >= 0) {
    var tmr = window._tmr;
    var push = function (event) {
      log.push('tmr ' + event.type + ' ' + event.id);
      cookie('tmr_lvid');
    };
    tmr.forEach(push);
    tmr.push = push;
  } else if (src.indexOf('clarity') >= 0) {
    var queue = window.clarity.q || [];
    window.clarity = function () {
      log.push('clarity ' + text(arguments));
      if (arguments[0] === 'consentv2' && arguments[1].analytics_Storage === 'granted') cookie('_clck');
    };
    queue.forEach(function (args) {
      window.clarity.apply(null, args);
    });
  }
})();
