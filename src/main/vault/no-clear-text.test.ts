import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { formatNissPartial } from '../../shared/domain/niss';
import { createVault } from './index';
import {
  FIRST_NAMES,
  LABELS,
  LAST_NAMES,
  ORGANISATION_NAME,
  syntheticInquiry,
  syntheticName,
  syntheticNiss,
} from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
beforeEach(async () => {
  dirs = await tempVaultDirs();
});
afterEach(async () => {
  await dirs.cleanup();
});

async function everyFile(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The forms a NISS takes when people type it or software prints it. */
function nissForms(niss: string): string[] {
  const groups = [
    niss.slice(0, 2),
    niss.slice(2, 4),
    niss.slice(4, 6),
    niss.slice(6, 9),
    niss.slice(9),
  ];
  const forms = [
    niss,
    formatNissPartial(niss),
    groups.join(' '),
    `${groups.slice(0, 3).join('')} ${groups[3]} ${groups[4]}`,
    `${groups.slice(0, 3).join('')}-${groups[3]}-${groups[4]}`,
    groups.join('.'),
  ];
  // Also the NISS base64-encoded at each of the three alignments, so an encoded copy is no hiding place.
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.from('x'.repeat(shift) + niss).toString('base64');
    forms.push(encoded.slice(Math.ceil((shift * 4) / 3) + 1, -4));
  }
  return forms;
}

it('leaves no NISS, name or result label readable in any file under the data directory', async () => {
  const vault = await createVault({ dataDir: dirs.dataDir, secretBox: dirs.box, compactAfter: 4 });
  const secrets: string[] = [ORGANISATION_NAME, ...FIRST_NAMES, ...LAST_NAMES];
  for (let n = 0; n < 10; n++) {
    const inquiry = syntheticInquiry(n);
    await vault.save(inquiry, { personName: syntheticName(n) });
    await vault.audit.append({
      investigator: 'Enquêtrice Nadia Vrancken',
      service: 'SocialInquiry',
      niss: inquiry.finalNiss,
      legalContext: 'PCSA:SOCIAL_INQUIRY',
      environment: 'demo',
      outcome: n % 3 === 0 ? 'MSG00012' : 'OK',
      ticketCBSS: n % 3 === 0 ? null : `cbss-ticket-${n}`,
    });
    secrets.push(...nissForms(syntheticNiss(n)), syntheticName(n));
  }
  secrets.push('Nadia Vrancken');
  for (const label of Object.values(LABELS)) secrets.push(label.fr, label.nl, label.de);
  await vault.setRetentionDays(45);
  await vault.remove('inq-3');
  await vault.list({ search: 'lefebure' });
  await vault.close();

  const files = await everyFile(dirs.root);
  // The inquiries, the index (snapshot and journal), the audit log, the settings, the keys.
  expect(files.length).toBeGreaterThanOrEqual(9 + 5);
  const leaksIn = (name: string, raw: Buffer) => {
    const texts = [name, raw.toString('latin1'), raw.toString('utf8')];
    return secrets.filter((secret) => texts.some((text) => text.includes(secret)));
  };
  // The detector itself works: a plain or base64-encoded copy of a record would be caught.
  const plant = JSON.stringify({ personName: syntheticName(4), niss: syntheticNiss(4) });
  expect(leaksIn('x', Buffer.from(plant))).toContain(syntheticNiss(4));
  for (const prefix of ['', 'a', 'ab']) {
    const encoded = Buffer.from(Buffer.from(prefix + plant).toString('base64'));
    expect(leaksIn('x', encoded).length).toBeGreaterThan(0);
  }

  const leaks: string[] = [];
  for (const file of files) {
    for (const secret of leaksIn(file, await readFile(file))) leaks.push(`${secret} in ${file}`);
  }
  expect(leaks).toEqual([]);
});
