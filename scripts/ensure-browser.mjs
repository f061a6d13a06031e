// Makes sure a Chromium exists for the end-to-end tests: Debian's, installed with apt-get when missing
// and running as root; otherwise says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../e2e/support/chromium.mjs';

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found for the end-to-end tests: installing Debian chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (findChromium()) process.exit(0);
}
console.error(
  'The end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
    'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
);
process.exit(1);
