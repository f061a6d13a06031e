// Generates the demo PKI the whole e2e suite shares, once, before any host starts (it takes seconds).
import { testPki } from '../../src/test-support/simulator';

export default async function globalSetup(): Promise<void> {
  await testPki();
}
