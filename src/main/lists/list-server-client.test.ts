// The list server clients against the simulator's real FTPS and SFTP servers: the files, and each bad state of the
// server as its own failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectListServer,
  ListServerError,
  type ListServerProtocol,
  type ListServerTarget,
} from './list-server-client';
import { ensureDemoPki, testPki, type DemoPki } from '../../test-support/simulator';
import { demoListFiles, startListServers, type ListServers } from '../../test-support/lists';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = demoListFiles(new Date('2026-12-07T09:00:00'));
let servers: ListServers;
let pki: DemoPki;

beforeAll(async () => {
  pki = await testPki();
  servers = await startListServers({ pki, files: () => FILES });
});
afterAll(async () => {
  await servers?.close();
});

function target(
  protocol: ListServerProtocol,
  patch: Partial<ListServerTarget> = {},
): ListServerTarget {
  const address = protocol === 'ftps' ? servers.ftps : servers.sftp;
  return {
    protocol,
    host: address.host,
    port: address.port,
    directory: servers.directory,
    user: servers.user,
    password: servers.password,
    trustedCaPem: [pki.caCertPem],
    hostKeyFingerprint: servers.sftp.hostKeyFingerprint,
    timeoutMs: 5000,
    ...patch,
  };
}

async function text(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function failure(run: () => Promise<unknown>): Promise<ListServerError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ListServerError) return error;
    throw error;
  }
  throw new Error('no failure');
}

describe.each(['ftps', 'sftp'] as const)('%s', (protocol) => {
  it('lists the folder and downloads each file exactly', async () => {
    const session = await connectListServer(target(protocol));
    try {
      const listed = await session.list();
      expect(listed.map((f) => f.name).sort()).toEqual(FILES.map((f) => f.name).sort());
      const file = FILES.find((f) => f.kind === 'statement')!;
      expect(listed.find((f) => f.name === file.name)?.size).toBe(Buffer.byteLength(file.content));
      expect(await text(session.download(file.name))).toBe(file.content);
    } finally {
      await session.close();
    }
  });

  it('wrong credentials', async () => {
    expect(
      (await failure(() => connectListServer(target(protocol, { password: 'wrong' })))).failure,
    ).toBe('credentials');
  });

  it('server down', async () => {
    expect((await failure(() => connectListServer(target(protocol, { port: 1 })))).failure).toBe(
      'unreachable',
    );
  });

  it('a missing directory', async () => {
    const error = await failure(() =>
      connectListServer(target(protocol, { directory: '/nova/0000000000' })),
    );
    expect(error.failure).toBe('directory-missing');
  });

  it('a file that disappears between the listing and the download', async () => {
    const session = await connectListServer(target(protocol));
    const name = FILES[0]!.name;
    servers.setFaults([{ kind: 'vanish', match: name }]);
    try {
      expect((await failure(() => text(session.download(name)))).failure).toBe('file-vanished');
    } finally {
      servers.setFaults([]);
      await session.close();
    }
  });

  it('a disconnect mid-file', async () => {
    const session = await connectListServer(target(protocol));
    const file = FILES.find((f) => f.kind === 'statement')!;
    servers.setFaults([{ kind: 'disconnect' }]);
    try {
      expect((await failure(() => text(session.download(file.name)))).failure).toBe(
        'transfer-interrupted',
      );
    } finally {
      servers.setFaults([]);
      await session.close();
    }
  });

  it('a slow transfer still arrives whole', async () => {
    const session = await connectListServer(target(protocol));
    const file = FILES.find((f) => f.kind === 'blocking')!;
    servers.setFaults([{ kind: 'slow' }]);
    try {
      expect(await text(session.download(file.name))).toBe(file.content);
    } finally {
      servers.setFaults([]);
      await session.close();
    }
  });
});

it('FTPS: a server certificate from a CA the app does not trust is refused', async () => {
  const other = await ensureDemoPki(await mkdtemp(join(tmpdir(), 'lists-other-pki-')));
  const error = await failure(() =>
    connectListServer(target('ftps', { trustedCaPem: [other.caCertPem] })),
  );
  expect(error.failure).toBe('certificate');
}, 60_000);

describe('SFTP: the host key, pinned on first use', () => {
  it('an unknown key is refused with its fingerprint, for the user to confirm', async () => {
    const error = await failure(() =>
      connectListServer(target('sftp', { hostKeyFingerprint: null })),
    );
    expect(error.failure).toBe('host-key-unconfirmed');
    expect(error.details.fingerprint).toBe(servers.sftp.hostKeyFingerprint);
  });

  it('another key than the pinned one is refused', async () => {
    const error = await failure(() =>
      connectListServer(target('sftp', { hostKeyFingerprint: 'SHA256:somethingelse' })),
    );
    expect(error).toMatchObject({
      failure: 'host-key-changed',
      details: { pinned: 'SHA256:somethingelse', fingerprint: servers.sftp.hostKeyFingerprint },
    });
  });
});
