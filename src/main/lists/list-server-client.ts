// Connects to the CPAS's list server (FTPS through basic-ftp, the server's certificate checked; SFTP through
// ssh2-sftp-client, the host key pinned) and hands out the folder's files as streams; every failure is classified.
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { PassThrough } from 'node:stream';
import { Client as FtpClient, FTPError } from 'basic-ftp';
import SftpClient from 'ssh2-sftp-client';

export type ListServerProtocol = 'ftps' | 'sftp';

export interface ListServerTarget {
  protocol: ListServerProtocol;
  host: string;
  port: number;
  directory: string;
  user: string;
  password: string;
  /** FTPS: CAs to trust beside the system's (PEM); the demo's CA for the simulator. */
  trustedCaPem?: string[];
  /** SFTP: the host key's fingerprint the user confirmed; null before the first connection. */
  hostKeyFingerprint?: string | null;
  timeoutMs?: number;
}

export type ListServerFailure =
  | 'credentials'
  | 'certificate'
  | 'unreachable'
  | 'timeout'
  | 'directory-missing'
  | 'file-vanished'
  | 'transfer-interrupted'
  /** SFTP, first connection: the key must be confirmed (details: fingerprint). */
  | 'host-key-unconfirmed'
  /** SFTP: the server shows another key than the pinned one (details: fingerprint, pinned). */
  | 'host-key-changed';

export class ListServerError extends Error {
  constructor(
    readonly failure: ListServerFailure,
    readonly details: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(`list server: ${failure}`, options);
    this.name = 'ListServerError';
  }
}

export interface RemoteListFile {
  name: string;
  size: number;
}

export interface ListServerSession {
  list(): Promise<RemoteListFile[]>;
  /** The file's bytes as they arrive; rejects (while iterating) with ListServerError. */
  download(name: string): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const CERTIFICATE_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_SIGNATURE_FAILURE',
]);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

export function sshFingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** A connection-stage failure (before any file moved) in the words of ListServerFailure. */
function connectFailure(error: unknown): ListServerError {
  if (error instanceof ListServerError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string' && CERTIFICATE_CODES.has(code))
    return new ListServerError('certificate', { code }, { cause: error });
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code))
    return new ListServerError('unreachable', { code }, { cause: error });
  if (code === 530 || /authentication|login|530/i.test(message))
    return new ListServerError('credentials', {}, { cause: error });
  if (code === 'ETIMEDOUT' || /timeout|timed out/i.test(message))
    return new ListServerError('timeout', {}, { cause: error });
  if (/certificate|self[- ]signed/i.test(message))
    return new ListServerError('certificate', { code: String(code ?? '') }, { cause: error });
  return new ListServerError(
    'unreachable',
    { code: String(code ?? message.slice(0, 80)) },
    { cause: error },
  );
}

/** A failure during a download: the file went away, or the transfer was cut. */
function transferFailure(error: unknown, name: string): ListServerError {
  if (error instanceof ListServerError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 550 || code === 2 || /no such file|not found|ENOENT/i.test(message)) {
    return new ListServerError('file-vanished', { file: name }, { cause: error });
  }
  return new ListServerError('transfer-interrupted', { file: name }, { cause: error });
}

export async function connectListServer(target: ListServerTarget): Promise<ListServerSession> {
  return target.protocol === 'ftps' ? connectFtps(target) : connectSftp(target);
}

async function connectFtps(target: ListServerTarget): Promise<ListServerSession> {
  const timeout = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = new FtpClient(timeout);
  try {
    await client.access({
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      // Explicit TLS (AUTH TLS) before the login: the password never travels in clear; the certificate is checked.
      secure: true,
      secureOptions: {
        ...(target.trustedCaPem?.length ? { ca: target.trustedCaPem } : {}),
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
        // SNI names a host, never an address (RFC 6066).
        ...(isIP(target.host) ? {} : { servername: target.host }),
      },
    });
  } catch (error) {
    client.close();
    throw connectFailure(error);
  }
  try {
    await client.cd(target.directory);
  } catch (error) {
    client.close();
    if (error instanceof FTPError)
      throw new ListServerError(
        'directory-missing',
        { directory: target.directory },
        { cause: error },
      );
    throw connectFailure(error);
  }
  return {
    async list() {
      try {
        const files = await client.list();
        return files
          .filter((file) => file.isFile)
          .map((file) => ({ name: file.name, size: file.size }));
      } catch (error) {
        throw connectFailure(error);
      }
    },
    async *download(name) {
      const pipe = new PassThrough();
      const done = client.downloadTo(pipe, name).then(
        () => pipe.end(),
        (error: unknown) => pipe.destroy(transferFailure(error, name)),
      );
      try {
        for await (const chunk of pipe) yield chunk as Buffer;
      } catch (error) {
        throw transferFailure(error, name);
      } finally {
        await done;
      }
    },
    async close() {
      client.close();
    },
  };
}

async function connectSftp(target: ListServerTarget): Promise<ListServerSession> {
  const client = new SftpClient('inquiry-desk-lists');
  let seen: string | null = null;
  try {
    await client.connect({
      host: target.host,
      port: target.port,
      username: target.user,
      password: target.password,
      readyTimeout: target.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      // Trust on first use, confirmed by the user: an unknown key is refused until its fingerprint is pinned.
      hostVerifier: (key: Buffer) => {
        seen = sshFingerprintOf(key);
        return target.hostKeyFingerprint === seen;
      },
    });
  } catch (error) {
    await client.end().catch(() => undefined);
    if (seen && target.hostKeyFingerprint !== seen) {
      throw target.hostKeyFingerprint
        ? new ListServerError('host-key-changed', {
            fingerprint: seen,
            pinned: target.hostKeyFingerprint,
          })
        : new ListServerError('host-key-unconfirmed', { fingerprint: seen });
    }
    const message = error instanceof Error ? error.message : '';
    if (/authentication|All configured authentication methods failed/i.test(message)) {
      throw new ListServerError('credentials', {}, { cause: error });
    }
    throw connectFailure(error);
  }
  const directory = target.directory;
  try {
    const kind = await client.exists(directory);
    if (kind !== 'd') throw new ListServerError('directory-missing', { directory });
  } catch (error) {
    await client.end().catch(() => undefined);
    if (error instanceof ListServerError) throw error;
    throw new ListServerError('directory-missing', { directory }, { cause: error });
  }
  return {
    async list() {
      try {
        const files = await client.list(directory);
        return files
          .filter((file) => file.type === '-')
          .map((file) => ({ name: file.name, size: file.size }));
      } catch (error) {
        throw connectFailure(error);
      }
    },
    async *download(name) {
      const path = `${directory.replace(/\/+$/, '')}/${name}`;
      try {
        const stream = client.createReadStream(path);
        for await (const chunk of stream) yield chunk as Buffer;
      } catch (error) {
        throw transferFailure(error, name);
      }
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}
