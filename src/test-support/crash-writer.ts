// Child process of the crash test: saves inquiries and audit entries in a loop until killed, printing each one committed.
import { createKeyFileBox } from '../main/vault/key-file-box';
import { createVault } from '../main/vault/vault';
import { syntheticInquiry, syntheticName } from './builders';

const [dataDir, keyPath, startText] = process.argv.slice(2);
if (!dataDir || !keyPath || !startText) {
  throw new Error('usage: crash-writer <dataDir> <keyPath> <start>  (then a line on stdin)');
}

// The test starts the next writer while it checks the previous one's work, then says 'go': Node's
// start-up overlaps the check, and the vault is only touched by one process at a time.
await new Promise((resolve) => process.stdin.once('data', resolve));

// A small compaction threshold, so kills also land in the middle of index compactions.
const vault = await createVault({
  dataDir,
  secretBox: createKeyFileBox({ path: keyPath }),
  compactAfter: 5,
});
// Writes to a pipe are synchronous on Linux and macOS: a printed line was really sent before the kill.
process.stdout.write('ready\n');
for (let n = Number(startText); ; n++) {
  const inquiry = syntheticInquiry(n);
  process.stdout.write(`saving ${n}\n`);
  await vault.save(inquiry, { personName: syntheticName(n) });
  process.stdout.write(`saved ${n}\n`);
  process.stdout.write(`auditing ${n}\n`);
  await vault.audit.append({
    at: inquiry.consultedAt,
    investigator: 'Test',
    service: 'SocialInquiry',
    niss: inquiry.finalNiss,
    legalContext: 'PCSA:SOCIAL_INQUIRY',
    environment: 'demo',
    outcome: 'OK',
    ticketCBSS: `cbss-${n}`,
  });
  process.stdout.write(`audited ${n}\n`);
}
