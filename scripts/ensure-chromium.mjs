// Pre-test step: make sure Debian's Chromium is at /usr/bin/chromium for the real-browser tests.
// Installs it with apt-get when we are root; otherwise says exactly what to install.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium is missing at ${CHROMIUM}. Install Debian's package first: sudo apt-get update && sudo apt-get install -y chromium`,
  );
  process.exit(1);
}
console.log('Installing Debian Chromium for the end-to-end tests (apt-get install -y chromium)…');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
} catch (error) {
  console.error(`apt-get could not install chromium: ${error.message}`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
