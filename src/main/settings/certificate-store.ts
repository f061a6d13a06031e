// Keeps each environment's client certificate (the PKCS#12 file and its passphrase) encrypted through the
// SecretStore: an import is checked before anything is written, so a refused file leaves the stored one as it
// was; what screens receive are public facts, never the file, the key or the passphrase.
import { type ClientCertificate, readClientCertificate } from '../bcss';
import {
  checkPkcs12,
  detailsOf,
  summariseCertificate,
  type CertificateDetails,
} from './certificate-check';
import type {
  CertificateState,
  CertificateSummary,
  ImportOutcome,
  RemoteEnvironmentName,
} from '../../shared/contract/settings';
import { SECRET_NAMES, type SecretStore } from './secret-store';

export interface CertificateStore {
  status(environment: RemoteEnvironmentName): Promise<CertificateState>;
  /** Import or replace. Nothing is written unless the file passes every check. */
  import(
    environment: RemoteEnvironmentName,
    file: { pkcs12: Uint8Array; passphrase: string },
  ): Promise<ImportOutcome>;
  remove(environment: RemoteEnvironmentName): Promise<void>;
  /** Main only, for the transport: never hand this to the renderer. */
  clientCertificate(environment: RemoteEnvironmentName): Promise<ClientCertificate | null>;
}

export interface CertificateStoreOptions {
  secrets: SecretStore;
  /** The organisation's CBE as saved now, or null when not configured yet. */
  organisationCbe: () => string | null;
  now?: () => Date;
}

/** The one secret entry per environment: file and passphrase together, so a replacement is all or nothing. */
interface StoredEntry {
  format: 1;
  pfx: string;
  passphrase: string;
  importedAt: string;
}

interface Loaded {
  certificate: ClientCertificate;
  details: CertificateDetails;
  importedAt: string;
}

export function createCertificateStore(options: CertificateStoreOptions): CertificateStore {
  const now = options.now ?? (() => new Date());
  // The same Buffer on every call lets the transport cache its check of the certificate.
  const cache = new Map<RemoteEnvironmentName, Loaded | 'none' | 'unreadable'>();
  let queue: Promise<unknown> = Promise.resolve();

  /** One operation at a time: an import's check and write never interleave with another's. */
  function serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function load(environment: RemoteEnvironmentName): Promise<Loaded | 'none' | 'unreadable'> {
    const cached = cache.get(environment);
    if (cached) return cached;
    const data = await options.secrets.get(SECRET_NAMES.certificate(environment));
    const loaded = data ? decode(data) : 'none';
    cache.set(environment, loaded);
    return loaded;
  }

  function summary(details: CertificateDetails): CertificateSummary {
    return summariseCertificate(details, {
      organisationCbe: options.organisationCbe(),
      now: now(),
    });
  }

  return {
    status: (environment) =>
      serialised(async () => {
        const loaded = await load(environment);
        if (loaded === 'none' || loaded === 'unreadable') return { state: loaded };
        return {
          state: 'present',
          certificate: { ...summary(loaded.details), importedAt: loaded.importedAt },
        };
      }),

    import: (environment, file) =>
      serialised(async () => {
        // A copy: the caller's buffer may be reused or zeroed after the call.
        const pfx = Buffer.from(file.pkcs12);
        const check = checkPkcs12(pfx, file.passphrase, {
          organisationCbe: options.organisationCbe(),
          now: now(),
        });
        if (!check.ok) {
          return {
            ok: false,
            reason: check.reason,
            certificate: check.details ? summary(check.details) : null,
          };
        }
        const importedAt = now().toISOString();
        const entry: StoredEntry = {
          format: 1,
          pfx: pfx.toString('base64'),
          passphrase: file.passphrase,
          importedAt,
        };
        cache.delete(environment);
        await options.secrets.put(
          SECRET_NAMES.certificate(environment),
          Buffer.from(JSON.stringify(entry), 'utf8'),
        );
        cache.set(environment, {
          certificate: { pfx, passphrase: file.passphrase },
          details: check.details,
          importedAt,
        });
        return { ok: true, certificate: { ...summary(check.details), importedAt } };
      }),

    remove: (environment) =>
      serialised(async () => {
        cache.delete(environment);
        await options.secrets.remove(SECRET_NAMES.certificate(environment));
        cache.set(environment, 'none');
      }),

    clientCertificate: (environment) =>
      serialised(async () => {
        const loaded = await load(environment);
        return typeof loaded === 'string' ? null : loaded.certificate;
      }),
  };
}

function decode(data: Buffer): Loaded | 'unreadable' {
  try {
    const entry = JSON.parse(data.toString('utf8')) as Partial<StoredEntry>;
    if (
      entry.format !== 1 ||
      typeof entry.pfx !== 'string' ||
      typeof entry.passphrase !== 'string'
    ) {
      return 'unreadable';
    }
    const pfx = Buffer.from(entry.pfx, 'base64');
    // Dates and CBE are judged at each status, not here: an expired certificate is still the one stored.
    return {
      certificate: { pfx, passphrase: entry.passphrase },
      details: detailsOf(readClientCertificate(pfx, entry.passphrase)),
      importedAt: typeof entry.importedAt === 'string' ? entry.importedAt : '',
    };
  } catch {
    return 'unreadable';
  }
}
