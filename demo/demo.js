// Shows the stored choice on the demo page and wires the "forget" button.
function showConsent() {
  var consent = Kelisim.getConsent();
  document.getElementById('status-consent').textContent =
    consent.status + ': ' + consent.granted.join(', ') + (consent.record ? ' (id ' + consent.record.id + ')' : '');
}
document.addEventListener('kelisim-ready', showConsent);
document.addEventListener('kelisim-change', showConsent);
var reset = document.getElementById('reset');
if (reset) {
  reset.addEventListener('click', function () {
    Kelisim.reset();
    showConsent();
  });
}
showConsent();
