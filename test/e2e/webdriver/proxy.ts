// WebDriver classic has no request interception, so WebKit sends every request through this
// local SOCKS proxy: it is where page.route, the 'request' event and init scripts happen. HTTPS
// is answered with a throwaway certificate (the session accepts it); test host names go to 127.0.0.1.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import {connect} from 'node:net';
import type {AddressInfo, Socket} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export interface ProxiedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** What the page decides for a request: a reply, pass it on to 127.0.0.1, or fail it. */
export type Decision = Reply | 'continue' | 'abort';

let certificate: {key: Buffer; cert: Buffer} | undefined;
/** One certificate for 127.0.0.1, made for this run. */
export function throwawayCertificate() {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-proxy-'));
  // Elliptic-curve: every request to an HTTPS host costs two handshakes.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    {stdio: 'ignore'}
  );
  return (certificate = {key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem'))});
}

const SYSTEM_CERTIFICATES = '/etc/ssl/certs/ca-certificates.crt';
/**
 * WebKitGTK checks an HTTPS proxy's certificate against the system's list only (GnuTLS reads a
 * fixed file). So the browser runs in its own mount namespace, where that file also holds ours.
 */
export function browserWithCertificate(binary: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kelisim-browser-'));
  const list = join(dir, 'certificates.crt');
  writeFileSync(
    list,
    Buffer.concat([
      existsSync(SYSTEM_CERTIFICATES) ? readFileSync(SYSTEM_CERTIFICATES) : Buffer.alloc(0),
      throwawayCertificate().cert,
    ])
  );
  const wrapper = join(dir, 'browser');
  const unshare = process.getuid?.() === 0 ? 'unshare --mount' : 'unshare --map-root-user --mount';
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec ${unshare} sh -c 'mount --bind "$0" ${SYSTEM_CERTIFICATES} && exec "$@"' ${list} ${binary} "$@"\n`,
    {mode: 0o755}
  );
  return wrapper;
}

const readBody = (stream: NodeJS.ReadableStream) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

/** Passes a request on to the test server on 127.0.0.1, keeping its port. */
function forward(request: ProxiedRequest): Promise<Reply> {
  const url = new URL(request.url);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: url.port || 80,
        path: url.pathname + url.search,
        method: request.method,
        headers: request.headers,
      },
      async (response) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers))
          if (value !== undefined) headers[name] = String(value);
        resolve({status: response.statusCode ?? 502, headers, body: await readBody(response)});
      }
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

export class InterceptingProxy {
  private web: http.Server;
  private secureProxy: https.Server;
  private secureWeb: https.Server;
  inFlight = 0;

  /**
   * `decide` answers each request; `local` says which hosts are the test server's names;
   * `rewrite` may change a reply on its way to the page (the init scripts go into HTML).
   */
  constructor(
    decide: (request: ProxiedRequest) => Promise<Decision>,
    local: (host: string) => boolean,
    rewrite: (reply: Reply) => Reply
  ) {
    const handle = (scheme: string) => async (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => {
      // In flight until answered, or until the page gives up on it (a held request, a page left).
      this.inFlight++;
      outgoing.once('close', () => this.inFlight--);
      try {
        const url = /^https?:/.test(incoming.url!)
          ? incoming.url!
          : `${scheme}://${incoming.headers.host}${incoming.url}`;
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers))
          if (value !== undefined) headers[name] = String(value);
        const request = {url, method: incoming.method ?? 'GET', headers, body: await readBody(incoming)};
        let decision = await decide(request);
        if (decision === 'continue') decision = local(new URL(url).hostname) ? await forward(request) : 'abort';
        if (decision === 'abort') {
          outgoing.destroy();
          return;
        }
        const reply = rewrite(decision);
        const replyHeaders: Record<string, string> = {...reply.headers, 'content-length': String(reply.body.length)};
        delete replyHeaders['transfer-encoding'];
        delete replyHeaders['content-encoding'];
        outgoing.writeHead(reply.status, replyHeaders).end(reply.body);
      } catch {
        outgoing.destroy();
      }
    };
    this.web = http.createServer(handle('http'));
    this.secureWeb = https.createServer(throwawayCertificate(), handle('https'));
    // WebKitGTK speaks TLS to its proxy for HTTPS (checking its certificate against the system's
    // list: see browserWithCertificate), then asks it for a tunnel, which ends at secureWeb.
    this.secureProxy = https.createServer(throwawayCertificate());
    this.secureProxy.on('connect', (_request: http.IncomingMessage, socket: Socket, head: Buffer) => {
      const tunnel = connect((this.secureWeb.address() as AddressInfo).port, '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        tunnel.write(head);
        tunnel.pipe(socket).pipe(tunnel);
      });
      tunnel.on('error', () => socket.destroy());
      socket.on('error', () => tunnel.destroy());
    });
  }

  /** Listens; returns the ports of the proxy for HTTP and of the one for HTTPS. */
  async listen(): Promise<{http: number; https: number}> {
    const port = async (server: http.Server) => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return (server.address() as AddressInfo).port;
    };
    await port(this.secureWeb);
    return {http: await port(this.web), https: await port(this.secureProxy)};
  }

  close() {
    for (const server of [this.web, this.secureProxy, this.secureWeb]) {
      server.close();
      server.closeAllConnections();
    }
  }
}
