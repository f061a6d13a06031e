import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVault } from './index';
import { syntheticInquiry } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let clock: Date;
beforeEach(async () => {
  dirs = await tempVaultDirs();
  clock = new Date('2025-06-15T12:00:00.000Z');
});
afterEach(async () => {
  vi.useRealTimers();
  await dirs.cleanup();
});

const open = () => createVault({ dataDir: dirs.dataDir, secretBox: dirs.box, now: () => clock });
const daysAgo = (days: number, ms = 0) =>
  new Date(clock.getTime() - days * 86_400_000 - ms).toISOString();

describe('retention', () => {
  it('defaults to 30 days, and keeps the setting in the vault', async () => {
    const vault = await open();
    expect(vault.retention()).toEqual({ days: 30, nextPurgeAt: null, paused: false });
    expect((await vault.setRetentionDays(90)).days).toBe(90);
    await vault.close();
    const again = await open();
    expect(again.retention().days).toBe(90);
    await expect(again.setRetentionDays(0)).rejects.toBeInstanceOf(RangeError);
    await expect(again.setRetentionDays(2.5)).rejects.toBeInstanceOf(RangeError);
    await again.close();
  });

  it('purges exactly the inquiries consulted longer ago than the period', async () => {
    const vault = await open();
    const ages: Record<string, string> = {
      fresh: daysAgo(0),
      week: daysAgo(7),
      justInside: daysAgo(30, -60_000),
      exactlyAtLimit: daysAgo(30),
      justOutside: daysAgo(30, 1),
      old: daysAgo(200),
    };
    let n = 0;
    for (const [id, consultedAt] of Object.entries(ages)) {
      await vault.save(syntheticInquiry(n++, { id, consultedAt }));
    }
    expect(await vault.purge()).toEqual({ removed: 2, paused: false });
    expect((await vault.list()).inquiries.map((s) => s.id).sort()).toEqual(
      ['exactlyAtLimit', 'fresh', 'justInside', 'week'].sort(),
    );
    await expect(vault.open('old')).rejects.toMatchObject({ code: 'VAULT_NOT_FOUND' });
    await vault.close();

    // The purge is durable, and a shorter period purges more on the next run.
    const again = await open();
    expect((await again.list()).total).toBe(4);
    await again.setRetentionDays(5);
    expect((await again.purge()).removed).toBe(3);
    expect((await again.list()).inquiries.map((s) => s.id)).toEqual(['fresh']);
    await again.close();
  });

  it('purges at start and then daily, on timers that do not hold the process', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const vault = await open();
    await vault.save(syntheticInquiry(1, { id: 'a', consultedAt: daysAgo(31) }));
    await vault.save(syntheticInquiry(2, { id: 'b', consultedAt: daysAgo(29, 3_600_000) }));
    await vault.save(syntheticInquiry(3, { id: 'c', consultedAt: daysAgo(10) }));
    const unref = vi.spyOn(globalThis, 'setInterval');

    const purged: number[] = [];
    const stop = vault.startRetention({ onPurged: (result) => purged.push(result.removed) });
    await vi.waitFor(() => expect(purged).toEqual([1]));
    const interval = unref.mock.results[0]!.value as NodeJS.Timeout;
    expect(interval.hasRef()).toBe(false);
    expect(vault.retention().nextPurgeAt).toBe(
      new Date(clock.getTime() + 86_400_000).toISOString(),
    );

    // Half a day later: not due yet.
    clock = new Date(clock.getTime() + 12 * 3_600_000);
    await vi.advanceTimersByTimeAsync(12 * 3_600_000);
    expect(purged).toEqual([1]);

    // A day and an hour after the first run, 'b' is 30 days and a bit old.
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    await vi.advanceTimersByTimeAsync(13 * 3_600_000);
    await vi.waitFor(() => expect(purged).toEqual([1, 1]));
    expect((await vault.list()).inquiries.map((s) => s.id)).toEqual(['c']);

    stop();
    expect(vault.retention().nextPurgeAt).toBeNull();
    clock = new Date(clock.getTime() + 30 * 86_400_000);
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(purged).toEqual([1, 1]);
    await vault.close();
  });

  it('pauses purging when its stored setting is unreadable, instead of guessing a period', async () => {
    const vault = await open();
    await vault.setRetentionDays(365);
    await vault.save(syntheticInquiry(1, { consultedAt: daysAgo(100) }));
    await vault.close();
    await writeFile(join(dirs.dataDir, 'vault', 'settings.bin'), 'damaged');

    const again = await open();
    expect(again.retention()).toMatchObject({ paused: true });
    expect(await again.purge()).toEqual({ removed: 0, paused: true });
    expect((await again.list()).total).toBe(1);
    await again.setRetentionDays(365);
    expect(again.retention().paused).toBe(false);
    expect((await again.purge()).removed).toBe(0);
    await again.close();
  });

  it('removes an unreadable inquiry file once its file date is past the period', async () => {
    const vault = await open();
    await vault.save(syntheticInquiry(1, { consultedAt: daysAgo(1) }));
    await vault.close();
    const orphan = join(dirs.dataDir, 'vault', 'inquiries', `${'cd'.repeat(16)}.inq`);
    await writeFile(orphan, 'unreadable');
    await utimes(orphan, clock, clock);

    const again = await open();
    expect((await again.list()).damaged).toHaveLength(1);
    expect((await again.purge()).removed).toBe(0);
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    expect((await again.purge()).removed).toBe(2);
    expect((await again.list()).damaged).toEqual([]);
    await again.close();
  });
});
