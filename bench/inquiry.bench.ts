// Benchmark: a whole inquiry against the simulator with no added latency (typical person, version 2 and
// version 1 completed through ListOfAttestation), and the heavy person. Run: npm run bench:inquiry
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoEndpoint } from '../src/main/demo/demo-environment';
import { createInquiryService } from '../src/main/inquiry/inquiry-service';
import { DEMO_PERSONAS } from '../src/simulator/personas';
import { ensureDemoPki } from '../src/simulator/pki';
import { startSimulator } from '../src/simulator/server';
import { defaultServices } from '../src/simulator/services';
import { formatMs, summarize, time } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function main() {
  const pki = await ensureDemoPki(join(tmpdir(), 'inquiry-desk-bench-pki'));
  const simulator = await startSimulator({ services: defaultServices(), pki });
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

  const cases: [string, 1 | 2, string][] = [
    ['typical person, version 2 (1 call)', 2, niss('belgian-ris')],
    ['typical person, version 1 (+4 ListOfAttestation)', 1, niss('belgian-ris')],
    ['heavy person (2,000+ periods), version 2', 2, niss('heavy-history')],
  ];
  console.log(`Inquiry benchmark: ${RUNS} runs each, simulator on loopback, no added latency`);
  for (const [label, version, person] of cases) {
    simulator.setSettings({ socialInquiryVersion: version });
    await run(person); // warm-up: TLS context, schema caches
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await time(() => run(person)));
    const { median, p90 } = summarize(samples);
    console.log(
      `  ${label.padEnd(52)} median ${formatMs(median).padStart(8)}   p90 ${formatMs(p90).padStart(8)}`,
    );
  }
  await simulator.close();
}

void main();
