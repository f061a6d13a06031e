// `npm run simulator`: runs the BCSS simulator alone (demo environment) and prints where and how to connect.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FaultSpecError, formatFaultSpec, parseFaultSpec } from './faults';
import { startSimulator } from './server';
import { defaultServices } from './services/index';
import { demoListFiles } from './lists/demo-lists';
import { ListFaultSpecError, parseListFault } from './lists/list-faults';
import { startListServers } from './lists/list-servers';

const USAGE = `Usage: npm run simulator -- [options]
  --port <n>         port on 127.0.0.1 (default 4520, 0 = any free port)
  --pki-dir <dir>    where the demo PKI is generated or reused (default .data/simulator-pki)
  --version <1|2>    Social Inquiry answers: 1 = sections 1-4 only, 2 = all eight (default 1)
  --fault <spec>     faults on every answer, e.g. latency=1500 | hang | reset | http=503 |
                     http=500:MSG00020 | truncate | malformed | entity-expansion | oversize
                     (comma-separated combinations, e.g. latency=200,http=500), narrowed by
                     match=<text> (requests whose body has it) and times=<n> (the first n only),
                     e.g. http=503,match=GPMI_PIIS,times=3
  --list-fault <spec> a fault of the Nova+ list server: truncate | malformed | invalid-row | slow |
                     disconnect | vanish, narrowed by match=<file name part>, e.g. disconnect,match=STATEMENT
  --ftps-port <n>    the list server's FTPS port (default 4521), --sftp-port <n> its SFTP port (default 4522)
  --help`;

// The repository's .data/ is git-ignored: the generated keys never reach a commit.
const DEFAULT_PKI_DIR = fileURLToPath(new URL('../../.data/simulator-pki', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4520' },
      'pki-dir': { type: 'string', default: DEFAULT_PKI_DIR },
      version: { type: 'string', default: '1' },
      fault: { type: 'string' },
      'list-fault': { type: 'string', multiple: true },
      'ftps-port': { type: 'string', default: '4521' },
      'sftp-port': { type: 'string', default: '4522' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port: 0-65535');
  if (values.version !== '1' && values.version !== '2') throw new UsageError('--version: 1 or 2');
  let faults = {};
  if (values.fault !== undefined) {
    try {
      faults = parseFaultSpec(values.fault);
    } catch (error) {
      if (error instanceof FaultSpecError) throw new UsageError(`--fault: ${error.message}`);
      throw error;
    }
  }

  const services = defaultServices();
  const simulator = await startSimulator({
    services,
    pkiDir: resolve(values['pki-dir']),
    port,
    settings: { socialInquiryVersion: values.version === '1' ? 1 : 2 },
    faults,
    log: (line) => console.log(line),
  });
  const { pki } = simulator;
  let listFaults;
  try {
    listFaults = (values['list-fault'] ?? []).map(parseListFault);
  } catch (error) {
    if (error instanceof ListFaultSpecError) throw new UsageError(`--list-fault: ${error.message}`);
    throw error;
  }
  const lists = await startListServers({
    pki,
    files: () => demoListFiles(new Date()),
    faults: listFaults,
    ftpsPort: Number(values['ftps-port']),
    sftpPort: Number(values['sftp-port']),
  });
  console.log(
    [
      `BCSS simulator listening on ${simulator.url} (Social Inquiry version ${values.version}, faults: ${formatFaultSpec(faults)})`,
      ...(services.length
        ? services.map((s) => `  ${s.name.padEnd(22)} ${simulator.url}${s.path}`)
        : ['  (no services registered yet)']),
      `Demo PKI (${pki.generated ? 'generated now' : 'reused'}) in ${pki.dir}`,
      `  CA certificate (trust this):   ${pki.caCertPath}`,
      `  client certificate (PKCS#12):  ${pki.client.p12Path}  (CBE ${pki.client.cbe ?? '-'})`,
      `  its passphrase (demo only):    ${pki.passphrase}`,
      `  other-CBE client (MSG00014):   ${pki.otherCbeClient.p12Path}`,
      `  expired / foreign-CA clients:  ${pki.expiredClient.p12Path}, ${pki.foreignClient.p12Path}`,
      `Nova+ list server (${lists.directory}, faults: ${listFaults.map((f) => f.kind + (f.match ? `,match=${f.match}` : '')).join(' ') || 'none'})`,
      `  FTPS (explicit TLS, demo CA): ftp://${lists.ftps.host}:${lists.ftps.port}`,
      `  SFTP: sftp://${lists.sftp.host}:${lists.sftp.port}  host key ${lists.sftp.hostKeyFingerprint}`,
      `  user / password (demo only):  ${lists.user} / ${lists.password}`,
      'Ctrl+C to stop.',
    ].join('\n'),
  );

  const stop = (): void => {
    void Promise.all([simulator.close(), lists.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error(`The port is in use: choose another with --port (0 = any free port).`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
