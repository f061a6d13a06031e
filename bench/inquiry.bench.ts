// Benchmark: a whole inquiry against the simulator with no added latency (typical person, version 2 and
// version 1 completed through ListOfAttestation), and the heavy person; the peer is a bare HTTPS POST of
// the same SOAP request to the same simulator (same client certificate, a new connection each time, as
// ours), so ours minus the peer is what the app adds. Run: npm run bench:inquiry
import '../src/test-support/answer-worker-source';
import { randomUUID } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoEndpoint } from '../src/main/demo/demo-environment';
import { createInquiryService } from '../src/main/inquiry/inquiry-service';
import { DEMO_PERSONAS } from '../src/simulator/personas';
import { ensureDemoPki } from '../src/simulator/pki';
import { startSimulator } from '../src/simulator/server';
import { defaultServices } from '../src/simulator/services';
import type { DemoPki } from '../src/simulator/pki';
import type { SoapService } from '../src/simulator/soap-service';
import { formatMs, reportRow, summarize, time } from './stats';

interface Captured {
  path: string;
  soapAction: string;
  envelope: string;
}

/** The simulator's services, each keeping the last request it answered (to replay it bare). */
function capturing(services: SoapService[], last: { calls: Captured[] }): SoapService[] {
  return services.map((service) => ({
    ...service,
    handle: (request) => {
      last.calls.push({
        path: service.path,
        soapAction: request.soapAction,
        envelope: request.envelope,
      });
      return service.handle(request);
    },
  }));
}

/** One bare HTTPS POST of a captured request: TLS with the demo client certificate, the whole answer read. */
function bare(url: string, pki: DemoPki, call: Captured): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(
      url + call.path,
      {
        method: 'POST',
        agent: false,
        pfx: pki.client.pfx,
        passphrase: pki.client.passphrase,
        ca: [pki.caCertPem],
        // As the app's transport sends it: the PKCS#12 decoded per call, the body's length declared.
        headers: {
          'Content-Type': 'text/xml; charset=utf-8',
          SOAPAction: `"${call.soapAction}"`,
          'Content-Length': String(Buffer.byteLength(call.envelope)),
        },
        minVersion: 'TLSv1.2',
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(call.envelope);
  });
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function main() {
  const pki = await ensureDemoPki(join(tmpdir(), 'inquiry-desk-bench-pki'));
  const captured = { calls: [] as Captured[] };
  const simulator = await startSimulator({
    services: capturing(defaultServices(), captured),
    pki,
  });
  const endpoint = demoEndpoint(simulator.url, pki, {
    connectTimeoutMs: 5000,
    responseTimeoutMs: 30000,
    maxResponseBytes: 20 * 1024 * 1024,
  });
  const service = createInquiryService({ endpoint: async () => endpoint });
  const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
  const run = (n: string) =>
    service.run({
      requestId: randomUUID(),
      niss: n,
      period: { from: '1990-01-01', to: '2026-12-31' },
    });

  const cases: [string, 1 | 2, string, string | undefined][] = [
    ['typical person, version 2 (1 call)', 2, niss('belgian-ris'), undefined],
    ['typical person, version 1 (+4 ListOfAttestation)', 1, niss('belgian-ris'), undefined],
    ['heavy person (2,000+ periods), version 2', 2, niss('heavy-history'), '<= 50 ms'],
  ];
  console.log(
    `Inquiry benchmark: ${RUNS} interleaved rounds each, simulator on loopback, no added latency`,
  );
  for (const [label, version, person, overheadGoal] of cases) {
    simulator.setSettings({ socialInquiryVersion: version });
    captured.calls = [];
    await run(person); // warm-up: TLS context, schema caches; and the requests to replay
    // A copy: the array goes on growing with every call the simulator answers (ours and the replays), and the
    // peer must replay this one inquiry's calls, not all of them so far.
    const calls = [...captured.calls];
    // The bare peer replays the same requests, in parallel as the app makes them after the first.
    const replay = async () => {
      const [first, ...rest] = calls;
      await bare(simulator.url, pki, first!);
      await Promise.all(rest.map((call) => bare(simulator.url, pki, call)));
    };
    await replay();
    const ours: number[] = [];
    const peer: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(await time(() => run(person)));
      peer.push(await time(replay));
    }
    const mine = summarize(ours);
    const theirs = summarize(peer);
    console.log(
      `  ${label.padEnd(52)} median ${formatMs(mine.median).padStart(8)}   p90 ${formatMs(mine.p90).padStart(8)}   bare HTTPS ${formatMs(theirs.median).padStart(8)}`,
    );
    reportRow({
      what: `inquiry: ${label}`,
      ours: mine.median,
      peer: theirs.median,
      peerLabel: 'bare HTTPS POST of the same request(s) to the simulator',
    });
    // A bare call slower than the whole inquiry measures something else (seen under heavy load): no row.
    if (overheadGoal && theirs.median > mine.median) {
      console.log(
        '  (bare HTTPS slower than the inquiry: overhead not reported, re-run on a quieter machine)',
      );
    } else if (overheadGoal) {
      reportRow({
        what: 'heavy inquiry: overhead beyond HTTPS + simulator (ours - bare)',
        ours: mine.median - theirs.median,
        goal: overheadGoal,
      });
    }
  }
  await simulator.close();
}

await main();
