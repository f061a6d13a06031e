// Generates the demo PKI the whole e2e suite shares, once, before any host starts (it takes seconds).
import { ensureDemoPki } from '../../src/simulator/pki';
import { SHARED_PKI_DIR } from './shared-pki';

export default async function globalSetup(): Promise<void> {
  await ensureDemoPki(SHARED_PKI_DIR);
}
