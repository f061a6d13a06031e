// The Nova+ lists for the app: the list server of each environment (its password in the secret store, never sent
// back), fetch now and at start when the last fetch is over a day old, import of files or a folder through the same
// import, every fetch and import audited, and the queries of the Lists screen, the badges and the events.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { format } from 'date-fns';
import { z } from 'zod';
import { DeskFailure, type DeskError } from '../../shared/contract/errors';
import type { EnvironmentName } from '../../shared/domain/environments';
import { compactNiss } from '../../shared/domain/niss';
import type {
  FollowUp,
  ListEvent,
  ListImportOutcome,
  ListServerInput,
  ListServerView,
  ListsStatus,
} from '../../shared/contract/lists';
import type { AuditEntryInput, InquirySummary, Vault, VaultAccess } from '../vault';
import { ListFileRefused } from './list-refusal';
import { connectListServer, ListServerError, type ListServerTarget } from './list-server-client';
import { LISTS_AREA, openListStore, type ListStore } from './list-store';
import {
  DAILY_KINDS,
  eventsOf,
  queryRows,
  rejectionTotals,
  statementTotals,
  type ParsedListQuery,
} from './list-queries';

const DAY_MS = 24 * 60 * 60 * 1000;
const SERVERS_KEY = 'lists.servers';
const LAST_FETCH_KEY = 'lists.lastFetch';
const passwordName = (environment: EnvironmentName) => `lists-password.${environment}`;

const storedServerSchema = z.object({
  protocol: z.enum(['ftps', 'sftp']),
  host: z.string(),
  port: z.number().int(),
  directory: z.string(),
  user: z.string(),
  caPem: z.string().optional(),
  hostKeyFingerprint: z.string().nullable(),
  demo: z.boolean().default(false),
});
type StoredServer = z.infer<typeof storedServerSchema>;

export interface KeyValue {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface Secrets {
  put(name: string, data: Buffer): Promise<void>;
  get(name: string): Promise<Buffer | null>;
  remove(name: string): Promise<void>;
}

/** The simulator's list server in the demo environment. */
export interface DemoListServer {
  ftps: { host: string; port: number };
  sftp: { host: string; port: number };
  user: string;
  password: string;
  directory: string;
  caPem: string;
}

export interface ListsServiceOptions {
  withVault: VaultAccess;
  preferences: KeyValue;
  secrets: Secrets;
  environment: () => EnvironmentName;
  /** Starts the simulator's list server (demo environment only). */
  demoListServer: () => Promise<DemoListServer>;
  /** Writes one audit entry as the investigator; resolves once durable. */
  audit: (entry: Omit<AuditEntryInput, 'investigator'>) => Promise<void>;
  /**
   * The NISS in the CPAS's repertory of the active environment on `today`, as the app's own ManageAccess answers
   * left them: followed like those of the saved inquiries. Never a BCSS call of its own.
   */
  repertory?: (environment: EnvironmentName, today: string) => Promise<ReadonlySet<string>>;
  now?: () => Date;
  timeoutMs?: number;
}

export type ListsService = ReturnType<typeof createListsService>;

export function createListsService(options: ListsServiceOptions) {
  const now = options.now ?? (() => new Date());
  let storeReady: Promise<ListStore> | null = null;
  let lastAutoError: DeskError | null = null;

  const withStore = <T>(use: (store: ListStore, vault: Vault) => Promise<T>) =>
    options.withVault(async (vault) => {
      storeReady ??= vault.area(LISTS_AREA).then((area) => openListStore({ area, now }));
      storeReady.catch(() => (storeReady = null));
      return use(await storeReady, vault);
    });

  function servers(): Partial<Record<EnvironmentName, StoredServer>> {
    const raw = options.preferences.get(SERVERS_KEY);
    const parsed = z.record(z.string(), storedServerSchema).safeParse(raw ?? {});
    // A hand-edited, broken entry falls back to "no server" rather than breaking the start.
    return parsed.success ? (parsed.data as Partial<Record<EnvironmentName, StoredServer>>) : {};
  }
  function saveServer(environment: EnvironmentName, server: StoredServer | null): void {
    const next = { ...servers() };
    if (server) next[environment] = server;
    else delete next[environment];
    options.preferences.set(SERVERS_KEY, next);
  }
  function lastFetchAt(environment: EnvironmentName): string | null {
    const value = (
      options.preferences.get(LAST_FETCH_KEY) as Record<string, unknown> | undefined
    )?.[environment];
    return typeof value === 'string' ? value : null;
  }

  async function view(environment: EnvironmentName): Promise<ListServerView | null> {
    const server = servers()[environment];
    if (!server) return null;
    const password = await options.secrets.get(passwordName(environment));
    return {
      protocol: server.protocol,
      host: server.host,
      port: server.port,
      directory: server.directory,
      user: server.user,
      passwordSet: password !== null,
      caPemSet: Boolean(server.caPem),
      hostKeyFingerprint: server.hostKeyFingerprint,
      demo: server.demo,
    };
  }

  async function status(): Promise<ListsStatus> {
    const environment = options.environment();
    return withStore(async (store) => ({
      server: await view(environment),
      lastFetchAt: lastFetchAt(environment),
      lastAutoFetchError: lastAutoError,
      files: store.files().map((file) => ({
        name: file.name,
        kind: file.kind,
        rows: file.rows,
        importedAt: file.importedAt,
        source: file.source,
        header: file.header,
      })),
      retentionDays: store.retentionDays(),
    }));
  }

  async function audit(action: 'lists-fetch' | 'lists-import', outcome: string): Promise<void> {
    await options.audit({
      action,
      service: 'Nova+',
      niss: '',
      legalContext: '',
      environment: options.environment(),
      outcome,
      ticketCBSS: null,
    });
  }

  /** "which files, how many rows" in the audit log's outcome column. */
  function describe(outcome: ListImportOutcome, failure?: string): string {
    const parts = [
      ...outcome.imported.map((file) => `${file.name}: ${file.rows}`),
      ...outcome.already.map((name) => `${name}: already imported`),
      ...outcome.refused.map((r) => `${r.file}: refused (line ${r.line}, ${r.reason})`),
    ];
    if (failure) parts.push(`failed: ${failure}`);
    return parts.length ? parts.join('; ') : 'no new file';
  }

  async function importOne(
    store: ListStore,
    name: string,
    source: AsyncIterable<Buffer | string>,
    from: 'fetch' | 'import',
    outcome: ListImportOutcome,
  ): Promise<void> {
    try {
      const result = await store.import(name, source, { source: from });
      if (result.status === 'imported')
        outcome.imported.push({ name, kind: result.file.kind, rows: result.file.rows });
      else outcome.already.push(name);
    } catch (error) {
      if (!(error instanceof ListFileRefused)) throw error;
      outcome.refused.push({ ...error.facts });
    }
  }

  async function target(environment: EnvironmentName): Promise<ListServerTarget> {
    const server = servers()[environment];
    if (!server)
      throw new DeskFailure({
        code: 'LISTS_NOT_CONFIGURED',
        messageKey: 'lists.errors.notConfigured',
      });
    const password = (await options.secrets.get(passwordName(environment)))?.toString('utf8') ?? '';
    return {
      protocol: server.protocol,
      host: server.host,
      port: server.port,
      directory: server.directory,
      user: server.user,
      password,
      trustedCaPem: server.caPem ? [server.caPem] : undefined,
      hostKeyFingerprint: server.hostKeyFingerprint,
      timeoutMs: options.timeoutMs,
    };
  }

  async function fetchLists(): Promise<ListImportOutcome> {
    const environment = options.environment();
    const outcome: ListImportOutcome = { imported: [], already: [], refused: [] };
    try {
      const connection = await target(environment);
      const session = await connectListServer(connection);
      try {
        const remote = (await session.list()).filter((file) => /\.xml$/i.test(file.name));
        remote.sort((a, b) => a.name.localeCompare(b.name));
        await withStore(async (store) => {
          for (const file of remote) {
            // Same name and size as an imported file: not downloaded again (the import checks the content hash).
            if (store.hasNameAndSize(file.name, file.size)) {
              outcome.already.push(file.name);
              continue;
            }
            await importOne(
              store,
              file.name,
              drainedOnStop(session.download(file.name)),
              'fetch',
              outcome,
            );
          }
        });
      } finally {
        await session.close();
      }
      const at = now().toISOString();
      const last = {
        ...((options.preferences.get(LAST_FETCH_KEY) as Record<string, string>) ?? {}),
      };
      last[environment] = at;
      options.preferences.set(LAST_FETCH_KEY, last);
      await audit('lists-fetch', describe(outcome));
      return outcome;
    } catch (error) {
      const deskError = listsDeskError(error);
      await audit(
        'lists-fetch',
        describe(
          outcome,
          (deskError?.details?.failure as string | undefined) ?? deskError?.code ?? 'error',
        ),
      ).catch(() => undefined);
      throw deskError ? new DeskFailure(deskError) : error;
    }
  }

  /**
   * Files and folders of this computer (the Electron host's dialog, a typed folder): each file as it is, each folder's
   * list files (not its subfolders), read as streams: a big month never whole in memory. One audit entry.
   */
  async function importPaths(paths: readonly string[]): Promise<ListImportOutcome> {
    const outcome: ListImportOutcome = { imported: [], already: [], refused: [] };
    const files: string[] = [];
    for (const path of paths) {
      const found = await stat(path).catch(() => null);
      if (found?.isDirectory()) {
        const names = (await readdir(path)).filter((name) => /\.xml$/i.test(name)).sort();
        for (const name of names)
          if ((await stat(join(path, name))).isFile()) files.push(join(path, name));
      } else if (found?.isFile()) files.push(path);
      else
        throw new DeskFailure({
          code: 'NOT_FOUND',
          messageKey: 'lists.errors.pathMissing',
          details: { path },
        });
    }
    try {
      await withStore(async (store) => {
        for (const file of files)
          await importOne(store, basename(file), createReadStream(file), 'import', outcome);
      });
    } finally {
      await audit('lists-import', describe(outcome)).catch(() => undefined);
    }
    return outcome;
  }

  return {
    status,

    async saveServer(input: ListServerInput): Promise<ListsStatus> {
      const environment = options.environment();
      const earlier = servers()[environment];
      const sameHost =
        earlier &&
        earlier.host === input.host &&
        earlier.port === input.port &&
        earlier.protocol === input.protocol;
      saveServer(environment, {
        protocol: input.protocol,
        host: input.host,
        port: input.port,
        directory: input.directory,
        user: input.user,
        caPem: input.caPem || (sameHost ? earlier?.caPem : undefined),
        // A pinned key belongs to one server: another address must be confirmed again.
        hostKeyFingerprint: sameHost ? (earlier?.hostKeyFingerprint ?? null) : null,
        demo: false,
      });
      if (input.password === null) await options.secrets.remove(passwordName(environment));
      else if (input.password !== undefined)
        await options.secrets.put(passwordName(environment), Buffer.from(input.password, 'utf8'));
      return status();
    },

    /** Demo environment: the simulator's list server, its demo password and CA, the host key not yet pinned. */
    async useDemoServer(protocol: 'ftps' | 'sftp'): Promise<ListsStatus> {
      const environment = options.environment();
      if (environment !== 'demo')
        throw new DeskFailure({ code: 'INVALID_INPUT', messageKey: 'lists.errors.demoOnly' });
      const demo = await options.demoListServer();
      const address = protocol === 'ftps' ? demo.ftps : demo.sftp;
      const earlier = servers()[environment];
      saveServer(environment, {
        protocol,
        host: address.host,
        port: address.port,
        directory: demo.directory,
        user: demo.user,
        caPem: demo.caPem,
        hostKeyFingerprint:
          earlier?.protocol === protocol && earlier.port === address.port
            ? earlier.hostKeyFingerprint
            : null,
        demo: true,
      });
      await options.secrets.put(passwordName(environment), Buffer.from(demo.password, 'utf8'));
      return status();
    },

    async confirmHostKey(fingerprint: string): Promise<ListsStatus> {
      const environment = options.environment();
      const server = servers()[environment];
      if (!server)
        throw new DeskFailure({
          code: 'LISTS_NOT_CONFIGURED',
          messageKey: 'lists.errors.notConfigured',
        });
      saveServer(environment, { ...server, hostKeyFingerprint: fingerprint });
      return status();
    },

    fetch: fetchLists,

    /** At start: fetch when a server is set and the last fetch is more than a day old (in the background). */
    async autoFetch(): Promise<'fetched' | 'not-due' | 'not-configured'> {
      const environment = options.environment();
      if (!servers()[environment]) return 'not-configured';
      const last = lastFetchAt(environment);
      if (last && now().getTime() - Date.parse(last) < DAY_MS) return 'not-due';
      try {
        await fetchLists();
        lastAutoError = null;
      } catch (error) {
        lastAutoError =
          error instanceof DeskFailure
            ? error.error
            : { code: 'INTERNAL', messageKey: 'errors.internal' };
      }
      return 'fetched';
    },

    async importFiles(
      files: { name: string; contentBase64: string }[],
    ): Promise<ListImportOutcome> {
      const outcome: ListImportOutcome = { imported: [], already: [], refused: [] };
      try {
        await withStore(async (store) => {
          for (const file of files) {
            const name = basename(file.name.replaceAll('\\', '/'));
            const content = Buffer.from(file.contentBase64, 'base64');
            await importOne(store, name, chunks(content), 'import', outcome);
          }
        });
      } finally {
        await audit('lists-import', describe(outcome)).catch(() => undefined);
      }
      return outcome;
    },

    /** A folder typed by the user: its list files, as importPaths; a folder that is not there says so. */
    async importFolder(path: string): Promise<ListImportOutcome> {
      if (!(await stat(path).catch(() => null))?.isDirectory())
        throw new DeskFailure({
          code: 'NOT_FOUND',
          messageKey: 'lists.errors.folderMissing',
          details: { path },
        });
      return importPaths([path]);
    },

    importPaths,

    query: (query: ParsedListQuery) =>
      withStore(async (store) => queryRows(await store.rows(query.kind), query)),

    statementTotals: () => withStore(async (store) => statementTotals(await store.statementSums())),

    rejectionTotals: (month?: string) =>
      withStore(async (store) => rejectionTotals(await store.rows('rejection'), month)),

    /**
     * The followed persons (a saved inquiry, or in the CPAS's repertory) with a list event: the latest event each,
     * newest first.
     */
    followUps: () =>
      withStore(async (store, vault) => {
        const saved = new Map<string, InquirySummary>();
        // Newest consultation first: the first summary of a NISS is the one a badge opens.
        for (const summary of (await vault.list()).inquiries)
          if (!saved.has(summary.finalNiss)) saved.set(summary.finalNiss, summary);
        const today = format(now(), 'yyyy-MM-dd');
        const repertory =
          (await options.repertory?.(options.environment(), today)) ?? new Set<string>();
        const latest = new Map<string, ListEvent>();
        for (const kind of DAILY_KINDS) {
          for (const event of eventsOf(await store.rows(kind))) {
            if (!saved.has(event.niss) && !repertory.has(event.niss)) continue;
            const current = latest.get(event.niss);
            if (!current || event.date >= current.date) latest.set(event.niss, event);
          }
        }
        const followUps: FollowUp[] = [...latest].map(([niss, event]) => ({
          niss,
          personName: saved.get(niss)?.personName ?? null,
          savedInquiryId: saved.get(niss)?.id ?? null,
          inRepertory: repertory.has(niss),
          event,
        }));
        return followUps.sort((a, b) =>
          a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0,
        );
      }),

    events: (input: { niss: string; from: string; to: string }) =>
      withStore(async (store) => {
        const niss = compactNiss(input.niss);
        const events: ListEvent[] = [];
        for (const kind of DAILY_KINDS) {
          for (const event of eventsOf(await store.rows(kind))) {
            if (event.niss === niss && event.date >= input.from && event.date <= input.to)
              events.push(event);
          }
        }
        return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      }),

    async setRetention(days: number): Promise<ListsStatus> {
      await withStore((store) => store.setRetentionDays(days));
      return status();
    },

    /** Purges now, then daily; never keeps the process alive. */
    startRetention(): () => void {
      const purge = () => void withStore((store) => store.purge()).catch(() => undefined);
      purge();
      const timer = setInterval(purge, DAY_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/**
 * A download read to its end even when the reader stops early (a file refused at its first bad row): the server's
 * session then stays in step for the next file, instead of failing it as interrupted.
 */
async function* drainedOnStop(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) {
      try {
        while (!(await iterator.next()).done);
      } catch {
        // The reader's own reason (the refusal) is what matters; a failing rest is the next file's problem.
      }
    }
  }
}

async function* chunks(content: Buffer): AsyncGenerator<Buffer> {
  for (let at = 0; at < content.length; at += 64 * 1024) yield content.subarray(at, at + 64 * 1024);
}

/** A list failure as the error the renderer shows; null for what is not ours to classify. */
export function listsDeskError(error: unknown): DeskError | null {
  if (error instanceof DeskFailure) return error.error;
  if (error instanceof ListServerError) {
    return {
      code: 'LISTS_SERVER',
      messageKey: `lists.errors.server.${error.failure}`,
      details: { failure: error.failure, ...error.details },
    };
  }
  if (error instanceof ListFileRefused) {
    const { file, line, reason, field, value } = error.facts;
    return {
      code: 'LIST_FILE_REFUSED',
      messageKey: 'lists.errors.refused',
      details: { file, line, reason, field: field ?? null, value: value ?? null },
    };
  }
  return null;
}
