// Benchmark: the heavy person's Social Inquiry answer (~2 MB, 2,159 periods) read and mapped: ours (one saxes
// pass with the limits, the tree the mapping reads, the mapping) vs node-soap's response parse of the same bytes
// (WSDL typed by the same schema) vs a bare saxes walk (no tree, no mapping: the floor). Also the same reading
// through the worker pool, as a call does it (transfer to and from the worker included), and what the app did
// before (fast-xml-parser: validate, parse, map).
// Run: npm run bench:parse
import '../src/test-support/answer-worker-source';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { createClientAsync } from 'soap';
import { ANSWER_LIMITS } from '../src/main/bcss/answer-limits';
import { readEnvelopeOffThread } from '../src/main/bcss/answer-pool';
import { readEnvelope, type DocumentSpec } from '../src/main/bcss/answer-reader';
import {
  buildSocialInquiryRequest,
  readSocialInquiryAnswer,
  SOCIAL_INQUIRY,
  SOCIAL_INQUIRY_REPEATED,
} from '../src/main/bcss/social-inquiry';
import { buildEnvelope } from '../src/main/bcss/soap';
import { DEMO_CPAS_CBE, DEMO_PERSONAS, PersonaRegistry } from '../src/simulator/personas';
import { renderEnvelope } from '../src/simulator/soap-envelope';
import { socialInquiryService } from '../src/simulator/services/social-inquiry';
import { formatMs, reportRow, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function heavyAnswer(): Promise<string> {
  const service = socialInquiryService({ registry: new PersonaRegistry(DEMO_PERSONAS) });
  const niss = DEMO_PERSONAS.find((p) => p.key === 'heavy-history')!.niss;
  const reply = await service.handle({
    envelope: buildEnvelope(
      buildSocialInquiryRequest({
        ticket: '6f1c1a52-3f7e-4a40-9d49-0c3c1a1e9a01',
        sentAt: new Date(),
        cbe: DEMO_CPAS_CBE,
        ssin: niss,
        period: { from: '1990-01-01', to: '2026-12-31' },
      }),
    ),
    soapAction: SOCIAL_INQUIRY.soapAction,
    clientCbe: DEMO_CPAS_CBE,
    ticketCBSS: '0b7e2b0e-9d3c-4a8e-8f11-5a2f4e1c7d22',
    receivedAt: new Date(),
    settings: { socialInquiryVersion: 2 },
  });
  if (reply.kind !== 'response') throw new Error('the heavy person got a fault');
  return renderEnvelope(reply.payloadXml);
}

const spec: DocumentSpec = {
  element: { namespace: SOCIAL_INQUIRY.intfNamespace, name: SOCIAL_INQUIRY.answerElement },
  namespaces: [],
  repeated: [...SOCIAL_INQUIRY_REPEATED],
  limits: ANSWER_LIMITS.SocialInquiry,
};

function ours(xml: string): number {
  const content = readEnvelope(xml, spec);
  if (content.kind !== 'answer') throw new Error('no answer');
  return readSocialInquiryAnswer(content.element).items.length;
}

/** What the app did before: fast-xml-parser's validation, then its parse, then the same mapping. */
function before(xml: string): number {
  if (XMLValidator.validate(xml) !== true) throw new Error('invalid');
  const tree = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => SOCIAL_INQUIRY_REPEATED.has(name),
  }).parse(xml) as { Envelope: { Body: { socialInquiryResponse: Record<string, unknown> } } };
  return readSocialInquiryAnswer(tree.Envelope.Body.socialInquiryResponse).items.length;
}

function bareWalk(xml: string): number {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let elements = 0;
  parser.on('opentag', () => elements++);
  parser.on('text', () => undefined);
  parser.write(xml).close();
  return elements;
}

/** Interleaved rounds after a warm-up: each contender sees the same machine load. */
async function measure(contenders: Record<string, () => unknown>): Promise<Record<string, number>> {
  for (const run of Object.values(contenders)) for (let i = 0; i < 3; i++) await run();
  const samples: Record<string, number[]> = Object.fromEntries(
    Object.keys(contenders).map((k) => [k, []]),
  );
  for (let round = 0; round < RUNS; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const start = performance.now();
      await run();
      samples[name]!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => {
      const { median, p90 } = summarize(values);
      console.log(
        `  ${name.padEnd(44)} median ${formatMs(median).padStart(8)}   p90 ${formatMs(p90).padStart(8)}`,
      );
      return [name, median];
    }),
  );
}

async function main() {
  const xml = await heavyAnswer();
  const client = await createClientAsync(
    new URL('./fixtures/social-inquiry.wsdl', import.meta.url).pathname,
  );
  const wsdl = (client as unknown as { wsdl: { xmlToObject(xml: string): unknown } }).wsdl;
  console.log(
    `Parse benchmark: the heavy answer, ${(Buffer.byteLength(xml) / 1024 / 1024).toFixed(2)} MB, ${ours(xml)} items; ${RUNS} interleaved rounds`,
  );
  const median = await measure({
    'ours: saxes pass + mapping': () => ours(xml),
    'node-soap: response parse (xmlToObject)': () => wsdl.xmlToObject(xml),
    'bare saxes walk': () => bareWalk(xml),
    'before: fast-xml-parser validate + parse + map': () => before(xml),
    'ours through the worker pool (+ mapping)': async () => {
      const content = await readEnvelopeOffThread(xml, spec);
      if (content.kind === 'answer') readSocialInquiryAnswer(content.element);
    },
  });
  const oursMs = median['ours: saxes pass + mapping']!;
  reportRow({
    what: 'heavy answer (2 MB): parse + map',
    ours: oursMs,
    peer: median['node-soap: response parse (xmlToObject)'],
    peerLabel: "node-soap's response parse",
    goal: '<= 43 ms (5x faster than node-soap)',
  });
  reportRow({
    what: 'heavy answer: parse + map vs the floor',
    ours: oursMs,
    peer: median['bare saxes walk'],
    peerLabel: 'bare saxes walk (no tree, no mapping)',
  });
  reportRow({
    what: 'heavy answer: parse + map vs before this change',
    ours: oursMs,
    peer: median['before: fast-xml-parser validate + parse + map'],
    peerLabel: 'fast-xml-parser validate + parse + map',
  });
  reportRow({
    what: 'heavy answer: read in the worker pool + map (as a call does)',
    ours: median['ours through the worker pool (+ mapping)']!,
  });
  process.exit(0);
}

void main();
