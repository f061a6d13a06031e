// The simulator's list server: the demo list files published over real FTPS (ftp-srv, explicit TLS with the demo
// PKI's server certificate) and SFTP (ssh2, a host key kept beside the demo PKI), with the demo credentials.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, posix } from 'node:path';
import { Readable } from 'node:stream';
import { FtpSrv, type FtpConnection } from 'ftp-srv';
import ssh2 from 'ssh2';
import type { DemoPki } from '../pki';
import type { ListFile } from './demo-lists';
import {
  faultFor,
  servedContent,
  SLOW_CHUNK_BYTES,
  SLOW_TICK_MS,
  type ListFault,
} from './list-faults';

/** Where SPP IS drops a CPAS's files on the server (our model: one folder per CPAS, by CBE). */
export const DEMO_LIST_DIRECTORY = '/nova/0207777760';
export const DEMO_LIST_USER = 'cpas-0207777760';
const HOST_KEY_FILE = 'sftp-host-key';
const PASSWORD_FILE = 'list-server-password.txt';

export interface ListServers {
  ftps: { host: string; port: number };
  sftp: { host: string; port: number; hostKeyFingerprint: string };
  user: string;
  password: string;
  directory: string;
  /** Replaces the faults (tests: one scenario after another on the same servers). */
  setFaults(faults: ListFault[]): void;
  close(): Promise<void>;
}

export interface ListServersOptions {
  pki: DemoPki;
  /** The files, read at each listing: the day may have changed since the start. */
  files: () => ListFile[];
  faults?: ListFault[];
  /** 0 = any free port. */
  ftpsPort?: number;
  sftpPort?: number;
}

const silentLog = {
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error() {},
  fatal() {},
  child() {
    return silentLog;
  },
};

interface Entry {
  name: string;
  size: number;
  content: Buffer;
}

/** The SHA-256 fingerprint of an SSH public key blob, as OpenSSH prints it. */
export function sshFingerprint(publicKeyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob).digest('base64').replace(/=+$/, '')}`;
}

export async function startListServers(options: ListServersOptions): Promise<ListServers> {
  let faults = options.faults ?? [];
  const password = await demoSecret(join(options.pki.dir, PASSWORD_FILE));
  const hostKey = await demoHostKey(join(options.pki.dir, HOST_KEY_FILE));
  const parsedKey = ssh2.utils.parseKey(hostKey);
  if (parsedKey instanceof Error) throw parsedKey;
  const fingerprint = sshFingerprint(parsedKey.getPublicSSH());

  /** The directory's files as served now (content faults applied; a vanishing file is listed, then gone). */
  const entries = (): Entry[] =>
    options.files().map((file) => {
      const content = servedContent(
        file.content,
        faultFor(faults, file.name, ['truncate', 'malformed', 'invalid-row']),
      );
      return { name: file.name, size: content.length, content };
    });
  const entry = (name: string) => entries().find((e) => e.name === name) ?? null;
  const inDirectory = (path: string) =>
    posix.normalize(path).replace(/\/+$/, '') === DEMO_LIST_DIRECTORY;

  /** The bytes of a download, slowly or cut by a disconnect when a fault says so. */
  function transfer(file: Entry, onCut: () => void): Readable {
    const fault = faultFor(faults, file.name, ['slow', 'disconnect']);
    const chunks: Buffer[] = [];
    const size =
      fault?.kind === 'slow' ? SLOW_CHUNK_BYTES : fault?.kind === 'disconnect' ? 1024 : 16 * 1024;
    for (let at = 0; at < file.content.length; at += size)
      chunks.push(file.content.subarray(at, at + size));
    const half = Math.floor(chunks.length / 2);
    let index = 0;
    return new Readable({
      read() {
        if (fault?.kind === 'disconnect' && index >= Math.max(1, half)) {
          onCut();
          this.destroy(new Error('connection lost'));
          return;
        }
        const chunk = chunks[index++];
        if (fault?.kind === 'slow') setTimeout(() => this.push(chunk ?? null), SLOW_TICK_MS);
        else this.push(chunk ?? null);
      },
    });
  }

  // FTPS: explicit TLS (AUTH TLS), required before the login; the data connections are TLS too (PROT P).
  const ftp = new FtpSrv({
    url: `ftp://127.0.0.1:${options.ftpsPort ?? 0}`,
    pasv_url: '127.0.0.1',
    pasv_min: 40000,
    pasv_max: 49999,
    tls: { key: options.pki.serverKeyPem, cert: options.pki.serverCertPem, minVersion: 'TLSv1.2' },
    anonymous: false,
    greeting: 'SPP IS Nova+ list server (simulator)',
    log: silentLog as never,
  });
  ftp.on('login', ({ connection, username, password: given }, resolve, reject) => {
    if (!connection.secure) return reject(new Error('TLS required'));
    if (username !== DEMO_LIST_USER || given !== password)
      return reject(new Error('Authentication failed'));
    resolve({ fs: memoryFs(connection) as never });
  });

  function memoryFs(connection: FtpConnection) {
    let cwd = '/';
    const resolvePath = (path = '.') => posix.resolve(cwd, path);
    const directoryStat = (name: string) => ({
      name,
      size: 0,
      mtime: new Date(),
      mode: 0o40755,
      isDirectory: () => true,
    });
    const fileStat = (file: Entry) => ({
      name: file.name,
      size: file.size,
      mtime: new Date(),
      mode: 0o100644,
      isDirectory: () => false,
    });
    const isDirectory = (path: string) =>
      DEMO_LIST_DIRECTORY.startsWith(path === '/' ? '/' : `${path}/`) ||
      inDirectory(path) ||
      path === '/';
    return {
      currentDirectory: () => cwd,
      get(fileName: string) {
        const path = resolvePath(fileName);
        if (isDirectory(path)) return directoryStat(posix.basename(path) || '/');
        const file =
          posix.dirname(path) === DEMO_LIST_DIRECTORY ? entry(posix.basename(path)) : null;
        if (!file) throw Object.assign(new Error('No such file or directory'), { code: 'ENOENT' });
        return fileStat(file);
      },
      list(path = '.') {
        const dir = resolvePath(path);
        if (inDirectory(dir)) return entries().map(fileStat);
        if (isDirectory(dir)) {
          const next = DEMO_LIST_DIRECTORY.slice(dir === '/' ? 1 : dir.length + 1).split(
            '/',
          )[0] as string;
          return [directoryStat(next)];
        }
        throw new Error('No such directory');
      },
      chdir(path = '.') {
        const dir = resolvePath(path);
        if (!isDirectory(dir)) throw new Error('No such directory');
        cwd = dir;
        return cwd;
      },
      read(fileName: string) {
        const path = resolvePath(fileName);
        const file =
          posix.dirname(path) === DEMO_LIST_DIRECTORY ? entry(posix.basename(path)) : null;
        if (!file || faultFor(faults, file.name, ['vanish']))
          throw new Error('No such file or directory');
        const stream = transfer(file, () =>
          (connection as unknown as { commandSocket: { destroy(): void } }).commandSocket.destroy(),
        );
        return { stream, clientPath: path };
      },
      write: () => {
        throw new Error('Read-only');
      },
      delete: () => Promise.reject(new Error('Read-only')),
      mkdir: () => Promise.reject(new Error('Read-only')),
      rename: () => Promise.reject(new Error('Read-only')),
      chmod: () => Promise.reject(new Error('Read-only')),
      getUniqueName: () => randomBytes(8).toString('hex'),
    };
  }
  await ftp.listen();
  const ftpPort = (ftp as unknown as { server: { address(): AddressInfo } }).server.address().port;

  // SFTP over SSH: password authentication, a read-only view of the same folder.
  const { STATUS_CODE } = ssh2.utils.sftp;
  const sshServer = new ssh2.Server({ hostKeys: [hostKey] }, (client) => {
    client.on('error', () => {});
    client.on('authentication', (ctx) => {
      if (ctx.method === 'password' && ctx.username === DEMO_LIST_USER && ctx.password === password)
        ctx.accept();
      else ctx.reject(['password']);
    });
    client.on('ready', () => {
      client.on('session', (acceptSession) => {
        const session = acceptSession();
        session.on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const handles = new Map<
            number,
            | { kind: 'dir'; sent: boolean }
            | { kind: 'file'; file: Entry; fault: ListFault | null; served: number }
          >();
          let nextHandle = 1;
          const handleBuffer = (n: number) => {
            const buffer = Buffer.alloc(4);
            buffer.writeUInt32BE(n);
            return buffer;
          };
          const handleOf = (buffer: Buffer) => (buffer.length === 4 ? buffer.readUInt32BE(0) : -1);
          const fileAttrs = (size: number) => ({
            mode: 0o100644,
            uid: 0,
            gid: 0,
            size,
            atime: Date.now() / 1000,
            mtime: Date.now() / 1000,
          });
          const dirAttrs = () => ({
            mode: 0o40755,
            uid: 0,
            gid: 0,
            size: 0,
            atime: Date.now() / 1000,
            mtime: Date.now() / 1000,
          });
          const isDir = (path: string) =>
            path === '/' ||
            DEMO_LIST_DIRECTORY === path ||
            DEMO_LIST_DIRECTORY.startsWith(`${path}/`);
          const fileAt = (path: string) =>
            posix.dirname(path) === DEMO_LIST_DIRECTORY ? entry(posix.basename(path)) : null;
          const normal = (path: string) => posix.resolve('/', path || '.');

          sftp.on('REALPATH', (id, path) => {
            const resolved = normal(path);
            sftp.name(id, [{ filename: resolved, longname: resolved, attrs: dirAttrs() }]);
          });
          const stat = (id: number, path: string) => {
            const resolved = normal(path);
            if (isDir(resolved)) return sftp.attrs(id, dirAttrs());
            const file = fileAt(resolved);
            if (!file) return sftp.status(id, STATUS_CODE.NO_SUCH_FILE);
            return sftp.attrs(id, fileAttrs(file.size));
          };
          sftp.on('STAT', stat);
          sftp.on('LSTAT', stat);
          sftp.on('OPENDIR', (id, path) => {
            if (!inDirectory(normal(path)) && !isDir(normal(path)))
              return sftp.status(id, STATUS_CODE.NO_SUCH_FILE);
            const handle = nextHandle++;
            handles.set(handle, { kind: 'dir', sent: !inDirectory(normal(path)) });
            sftp.handle(id, handleBuffer(handle));
          });
          sftp.on('READDIR', (id, buffer) => {
            const open = handles.get(handleOf(buffer));
            if (!open || open.kind !== 'dir') return sftp.status(id, STATUS_CODE.FAILURE);
            if (open.sent) return sftp.status(id, STATUS_CODE.EOF);
            open.sent = true;
            sftp.name(
              id,
              entries().map((file) => ({
                filename: file.name,
                longname: `-rw-r--r-- 1 0 0 ${file.size} Jan 1 00:00 ${file.name}`,
                attrs: fileAttrs(file.size),
              })),
            );
          });
          sftp.on('OPEN', (id, path) => {
            const file = fileAt(normal(path));
            if (!file || faultFor(faults, file.name, ['vanish']))
              return sftp.status(id, STATUS_CODE.NO_SUCH_FILE);
            const handle = nextHandle++;
            handles.set(handle, {
              kind: 'file',
              file,
              fault: faultFor(faults, file.name, ['slow', 'disconnect']),
              served: 0,
            });
            sftp.handle(id, handleBuffer(handle));
          });
          sftp.on('FSTAT', (id, buffer) => {
            const open = handles.get(handleOf(buffer));
            if (!open || open.kind !== 'file') return sftp.status(id, STATUS_CODE.FAILURE);
            sftp.attrs(id, fileAttrs(open.file.size));
          });
          sftp.on('READ', (id, buffer, offset, length) => {
            const open = handles.get(handleOf(buffer));
            if (!open || open.kind !== 'file') return sftp.status(id, STATUS_CODE.FAILURE);
            if (offset >= open.file.size) return sftp.status(id, STATUS_CODE.EOF);
            const half = Math.floor(open.file.size / 2);
            if (open.fault?.kind === 'disconnect' && offset >= half) {
              client.end();
              return;
            }
            const slow = open.fault?.kind === 'slow';
            const cap =
              open.fault?.kind === 'disconnect' ? half - offset : slow ? SLOW_CHUNK_BYTES : length;
            const data = open.file.content.subarray(offset, offset + Math.min(length, cap));
            if (slow) setTimeout(() => sftp.data(id, data), SLOW_TICK_MS);
            else sftp.data(id, data);
          });
          sftp.on('CLOSE', (id, buffer) => {
            handles.delete(handleOf(buffer));
            sftp.status(id, STATUS_CODE.OK);
          });
        });
      });
    });
  });
  await new Promise<void>((resolve) =>
    sshServer.listen(options.sftpPort ?? 0, '127.0.0.1', resolve),
  );
  const sftpPort = (sshServer.address() as AddressInfo).port;

  return {
    ftps: { host: '127.0.0.1', port: ftpPort },
    sftp: { host: '127.0.0.1', port: sftpPort, hostKeyFingerprint: fingerprint },
    user: DEMO_LIST_USER,
    password,
    directory: DEMO_LIST_DIRECTORY,
    setFaults(next) {
      faults = next;
    },
    async close() {
      await Promise.allSettled([
        ftp.close(),
        new Promise<void>((resolve) => sshServer.close(() => resolve())),
      ]);
    },
  };
}

/** A random demo password, generated once beside the demo PKI (never committed: .data/ is git-ignored). */
async function demoSecret(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const secret = randomBytes(12).toString('base64url');
  await writeFile(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The SFTP host key, generated once: a stable key is what lets the app pin it. */
async function demoHostKey(path: string): Promise<string> {
  if (existsSync(path)) return readFile(path, 'utf8');
  const { private: privateKey } = ssh2.utils.generateKeyPairSync('ed25519');
  await writeFile(path, privateKey, { mode: 0o600 });
  return privateKey;
}
