// The demo environment: the BCSS simulator started in-process on a free loopback port, with the demo
// PKI of the data directory, and the endpoint the inquiry service calls it through.
import { join } from 'node:path';
import type { ServiceUrls } from '../../shared/contract/settings';
import { ensureDemoPki, type DemoPki } from '../../simulator/pki';
import type { TransportConfig } from '../bcss';
import { startSimulator, type Simulator } from '../../simulator/server';
import {
  defaultServices,
  FOREIGNER_SITUATION_PATH,
  REGISTER_EXTRACT_PATH,
  SOCIAL_INQUIRY_PATH,
  SSDN_CONNECTOR_PATH,
} from '../../simulator/services';
import type { BcssEndpoint } from '../inquiry';
import type { DemoListServer } from '../lists';
import { demoListFiles } from '../../simulator/lists/demo-lists';
import { parseListFault } from '../../simulator/lists/list-faults';
import { startListServers, type ListServers } from '../../simulator/lists/list-servers';

export interface DemoEnvironmentOptions {
  dataDir: string;
  /** Where the demo PKI lives; by default in the data directory. Tests share one to save its generation. */
  pkiDir?: string;
  /** 1: Social Inquiry answers sections 1-4 only (completed through ListOfAttestation); 2: all eight. */
  socialInquiryVersion?: 1 | 2;
  /** Faults the simulator applies to every answer (demo and tests only; see src/simulator/faults.ts). */
  faults?: string;
  /** The simulator stays stopped: calls meet a closed port, as with a BCSS out of reach (tests of offline use). */
  offline?: boolean;
  /** Faults of the list server, ';'-separated (e.g. 'disconnect,match=STATEMENT'; see simulator/lists/list-faults.ts). */
  listFaults?: string;
}

export interface DemoEnvironment {
  /** Starts the simulator now, in the background, so the first inquiry does not wait for it. */
  warmUp(): void;
  endpoint(): Promise<BcssEndpoint>;
  /** The simulator's Nova+ list server (FTPS and SFTP), started on first use. */
  listServer(): Promise<DemoListServer>;
  close(): Promise<void>;
}

/** A fictional investigator of the demo CPAS (synthetic NISS). */
export const DEMO_INVESTIGATOR = { ssin: '80031410116', email: 'enquetes@cpas-demoville.example' };

export const DEMO_TIMEOUTS = {
  connectTimeoutMs: 5_000,
  responseTimeoutMs: 20_000,
  maxResponseBytes: 20 * 1024 * 1024,
};

/** Where a simulator at `url` answers each service: the newer hosts' paths, and ForeignerSituation's of seed 002. */
export function simulatorServiceUrls(url: string): ServiceUrls {
  return {
    socialInquiry: url + SOCIAL_INQUIRY_PATH,
    ssdnConnector: url + SSDN_CONNECTOR_PATH,
    registerExtract: url + REGISTER_EXTRACT_PATH,
    foreignerSituation: url + FOREIGNER_SITUATION_PATH,
  };
}

/** How the app reaches a simulator: its URL, the demo client certificate, trust in the demo CA only. */
export function demoEndpoint(
  url: string,
  pki: DemoPki,
  timeouts: Pick<
    TransportConfig,
    'connectTimeoutMs' | 'responseTimeoutMs' | 'maxResponseBytes'
  > = DEMO_TIMEOUTS,
): BcssEndpoint {
  return {
    environment: 'demo',
    serviceUrls: simulatorServiceUrls(url),
    cbe: pki.client.cbe ?? '',
    user: DEMO_INVESTIGATOR,
    transport: {
      certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
      trustedCa: [pki.caCertPem],
      ...timeouts,
    },
  };
}

export function createDemoEnvironment(options: DemoEnvironmentOptions): DemoEnvironment {
  let started: Promise<{ simulator: Simulator; endpoint: BcssEndpoint }> | null = null;

  function start() {
    // The first run generates the demo PKI, which takes seconds: the start screen never waits for it.
    started ??= (async () => {
      const pki = await ensureDemoPki(options.pkiDir ?? join(options.dataDir, 'demo-pki'));
      const simulator = await startSimulator({
        services: defaultServices(),
        pki,
        settings: { socialInquiryVersion: options.socialInquiryVersion ?? 2 },
        faults: options.faults,
        // The demo app's own client never sends the fault header; only the simulator's tests do.
        faultHeader: false,
      });
      // Offline: the simulator's port is closed again at once, so calls are refused like a BCSS out of reach.
      if (options.offline) await simulator.close();
      return { simulator, endpoint: demoEndpoint(simulator.url, pki) };
    })();
    return started;
  }

  let lists: Promise<{ servers: ListServers; caPem: string }> | null = null;
  function startLists() {
    lists ??= (async () => {
      const pki = await ensureDemoPki(options.pkiDir ?? join(options.dataDir, 'demo-pki'));
      const servers = await startListServers({
        pki,
        // Today's files at each listing: a session left open overnight publishes the next day's.
        files: () => demoListFiles(new Date()),
        faults: (options.listFaults ?? '')
          .split(';')
          .filter((spec) => spec.trim() !== '')
          .map(parseListFault),
      });
      return { servers, caPem: pki.caCertPem };
    })();
    return lists;
  }

  return {
    warmUp: () => void start().catch(() => {}),
    endpoint: async () => (await start()).endpoint,
    async listServer() {
      const { servers, caPem } = await startLists();
      return {
        ftps: servers.ftps,
        sftp: servers.sftp,
        user: servers.user,
        password: servers.password,
        directory: servers.directory,
        caPem,
      };
    },
    async close() {
      await Promise.allSettled([
        started?.then(({ simulator }) => simulator.close()),
        lists?.then(({ servers }) => servers.close()),
      ]);
    },
  };
}
