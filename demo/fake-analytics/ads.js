// A stand-in for a partner's advertising script (marketing): sets its cookie and reports that it runs.
(function () {
  document.cookie = '_ads_id=' + Date.now() + '; path=/; max-age=31536000; samesite=lax';
  var status = document.getElementById('status-ads');
  if (status) status.textContent = 'running';
})();
