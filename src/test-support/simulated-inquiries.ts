// Real Inquiry models for the report's tests and benchmark: the demo personas, run through the inquiry
// service against the BCSS simulator (version 2), as the app gets them.
// Run from benchmarks too (tsx, no vitest setup): the answer reader's worker from its source.
import './answer-worker-source';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Inquiry } from '../shared/domain/inquiry';
import { DEMO_PERSONAS } from '../simulator/personas';
import { ensureDemoPki } from '../simulator/pki';
import { startSimulator } from '../simulator/server';
import { defaultServices } from '../simulator/services';
import { demoEndpoint } from '../main/demo/demo-environment';
import { createInquiryService } from '../main/inquiry/inquiry-service';

export const REPORT_PERSONAS = ['belgian-ris', 'asylum-to-refugee', 'heavy-history'] as const;

/** Inquiries of the given personas over 1990-2026 (or `period`), from one simulator started and closed here. */
export async function simulatedInquiries(
  keys: readonly string[],
  period: { from: string; to: string } = { from: '1990-01-01', to: '2026-12-31' },
): Promise<Map<string, Inquiry>> {
  // The same PKI folder as the inquiry service's tests: generating one takes seconds.
  const pki = await ensureDemoPki(
    join(tmpdir(), `inquiry-desk-inquiry-test-pki-${process.getuid?.() ?? 0}`),
  );
  const simulator = await startSimulator({
    services: defaultServices(),
    pki,
    settings: { socialInquiryVersion: 2 },
  });
  try {
    const endpoint = demoEndpoint(simulator.url, pki, {
      connectTimeoutMs: 5_000,
      responseTimeoutMs: 30_000,
      maxResponseBytes: 20 * 1024 * 1024,
    });
    const service = createInquiryService({ endpoint: async () => endpoint });
    const inquiries = new Map<string, Inquiry>();
    for (const key of keys) {
      const persona = DEMO_PERSONAS.find((p) => p.key === key);
      if (!persona) throw new Error(`no persona ${key}`);
      inquiries.set(
        key,
        await service.run({
          requestId: randomUUID(),
          niss: persona.niss,
          period,
        }),
      );
    }
    return inquiries;
  } finally {
    await simulator.close();
  }
}
