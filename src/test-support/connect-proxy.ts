// Test-only: a small HTTP proxy on loopback that tunnels CONNECT, as a CPAS's outgoing proxy does, and records
// what it was asked. It can demand Basic credentials (407) or refuse every tunnel with a status; it only tunnels
// to loopback (a test never reaches further), and it never sees inside the tunnel: TLS runs end to end.
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ConnectRecord {
  /** `host:port` the client asked for. */
  target: string;
  /** The Proxy-Authorization header as received, or null. */
  authorization: string | null;
  /** The status the proxy answered. */
  status: number;
}

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every CONNECT received, in order. */
  readonly connects: ConnectRecord[];
  /** From now on, tunnels only for these Basic credentials (407 otherwise); null: for anyone. */
  requireCredentials(credentials: { user: string; password: string } | null): void;
  /** From now on, answer every CONNECT with this status (e.g. 403); null: tunnel again. */
  refuseWith(status: number | null): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

function answer(socket: Socket, status: number, reason: string, headers: string[] = []): void {
  socket.end(
    [`HTTP/1.1 ${status} ${reason}`, ...headers, 'Content-Length: 0', '', ''].join('\r\n'),
  );
}

export async function startConnectProxy(): Promise<ConnectProxy> {
  const connects: ConnectRecord[] = [];
  const sockets = new Set<Socket>();
  let expected: string | null = null;
  let refusal: number | null = null;

  const server = createServer((request, response) => {
    // Plain HTTP through the proxy: the BCSS client never does that.
    response.writeHead(405, { 'Content-Type': 'text/plain' }).end('CONNECT only\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('error', () => undefined);
    const target = request.url ?? '';
    const authorization = request.headers['proxy-authorization'] ?? null;
    const record = (status: number) => connects.push({ target, authorization, status });
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(target);
    if (refusal !== null) {
      record(refusal);
      answer(client, refusal, 'Refused by the test proxy');
      return;
    }
    if (expected !== null && authorization !== expected) {
      record(407);
      answer(client, 407, 'Proxy Authentication Required', [
        'Proxy-Authenticate: Basic realm="test proxy"',
      ]);
      return;
    }
    if (!match || !LOOPBACK.has(match[1]!)) {
      record(403);
      answer(client, 403, 'Forbidden');
      return;
    }
    const host = match[1]!.replace(/^\[(.*)\]$/, '$1');
    const upstream = connect(Number(match[2]), host);
    sockets.add(upstream);
    let opened = false;
    upstream.once('connect', () => {
      opened = true;
      record(200);
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (opened) client.destroy();
      else {
        record(502);
        answer(client, 502, 'Bad Gateway');
      }
    });
    upstream.once('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    client.once('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    requireCredentials(credentials) {
      expected = credentials ? basic(credentials.user, credentials.password) : null;
    },
    refuseWith(status) {
      refusal = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
