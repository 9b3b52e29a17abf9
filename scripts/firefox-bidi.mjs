#!/usr/bin/env node
// Starts a stock Firefox for Playwright, between them a WebDriver BiDi relay that answers the
// commands Firefox before 143 (ESR 140) lacks and Playwright 1.64 sends for every browser, context
// and page: without an answer no test starts. Each is answered as a no-op, so what it would set
// keeps Firefox's default: no response bodies kept (only `response.body()` fails), downloads as
// Firefox handles them, and the screen (not the viewport, which is set) of the headless window.
// Playwright runs this file as the browser: `--kelisim-firefox=PATH` names the real one.
import {spawn} from 'node:child_process';
import {createInterface} from 'node:readline';
import WebSocket from 'ws';

const FLAG = '--kelisim-firefox=';
const firefox = process.argv.find((arg) => arg.startsWith(FLAG))?.slice(FLAG.length);
if (!firefox) throw new Error(`firefox-bidi: no ${FLAG}PATH`);
const args = process.argv.slice(2).filter((arg) => !arg.startsWith(FLAG));

// Answered here; everything else goes to Firefox. A locale override is answered only for the
// locale this Firefox already has (Playwright's default); any other still fails as unknown.
const FIREFOX_LOCALE = 'en-US';
const ANSWERS = {
  'network.addDataCollector': {collector: 'kelisim-relay'},
  'network.removeDataCollector': {},
  'browser.setDownloadBehavior': {},
  'emulation.setScreenOrientationOverride': {},
  'emulation.setScreenSettingsOverride': {},
};
function answer({method, params}) {
  if (method === 'emulation.setLocaleOverride') return params?.locale === FIREFOX_LOCALE ? {} : undefined;
  return Object.hasOwn(ANSWERS, method) ? ANSWERS[method] : undefined;
}

const child = spawn(firefox, args, {stdio: ['ignore', 'inherit', 'pipe']});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));

// Firefox prints where BiDi listens; Playwright reads that line, so it gets the relay's address.
const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;
createInterface({input: child.stderr}).on('line', (line) => {
  const match = LISTENING.exec(line);
  if (!match) return void process.stderr.write(`${line}\n`);
  const relay = new WebSocket.Server({host: '127.0.0.1', port: 0}, () =>
    process.stderr.write(`WebDriver BiDi listening on ws://127.0.0.1:${relay.address().port}\n`)
  );
  relay.on('connection', (client, request) => connect(client, `${match[1]}${request.url}`));
});

function connect(client, url) {
  const upstream = new WebSocket(url);
  const pending = [];
  const toFirefox = (data) => (upstream.readyState === WebSocket.OPEN ? upstream.send(data) : pending.push(data));
  upstream.on('open', () => pending.splice(0).forEach((data) => upstream.send(data)));
  upstream.on('message', (data) => client.send(data.toString()));
  upstream.on('close', () => client.close());
  upstream.on('error', () => client.terminate());
  client.on('message', (data) => {
    const text = data.toString();
    const command = JSON.parse(text);
    const result = answer(command);
    if (result) client.send(JSON.stringify({type: 'success', id: command.id, result}));
    else toFirefox(text);
  });
  client.on('close', () => upstream.close());
}
