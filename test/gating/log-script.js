// An external script for the gate's tests: logs the `name` of its own URL (a module has no currentScript).
window.gateLog.push(document.currentScript ? new URL(document.currentScript.src).searchParams.get('name') : 'module');
