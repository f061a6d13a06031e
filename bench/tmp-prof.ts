import '../src/test-support/answer-worker-source';
import { readFileSync } from 'node:fs';
import { ANSWER_LIMITS } from '../src/main/bcss/answer-limits';
import { readEnvelope, type DocumentSpec } from '../src/main/bcss/answer-reader';
import { readSocialInquiryAnswer, SOCIAL_INQUIRY, SOCIAL_INQUIRY_REPEATED } from '../src/main/bcss/social-inquiry';
const xml = readFileSync('/tmp/heavy.xml', 'utf8');
const spec: DocumentSpec = {
  element: { namespace: SOCIAL_INQUIRY.intfNamespace, name: SOCIAL_INQUIRY.answerElement },
  namespaces: [],
  repeated: [...SOCIAL_INQUIRY_REPEATED],
  limits: ANSWER_LIMITS.SocialInquiry,
};
const parseOnly: number[] = [], mapOnly: number[] = [];
for (let i = 0; i < 60; i++) {
  const a = performance.now();
  const content = readEnvelope(xml, spec);
  const b = performance.now();
  if (content.kind !== 'answer') throw new Error();
  readSocialInquiryAnswer(content.element);
  const c = performance.now();
  if (i >= 10) { parseOnly.push(b - a); mapOnly.push(c - b); }
}
const med = (v: number[]) => v.sort((x, y) => x - y)[v.length >> 1]!.toFixed(1);
console.log('read', med(parseOnly), 'map', med(mapOnly));
