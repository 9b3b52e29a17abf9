// A stand-in for a support-chat widget (functional): reports on the page that it runs.
(function () {
  var status = document.getElementById('status-chat');
  if (status) status.textContent = 'running';
})();
