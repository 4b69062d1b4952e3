import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// The browser tests drive the Chromium of the machine (Debian's `chromium` package) through
// playwright-core, which installs no browser of its own. Without one they are skipped, saying
// how to get it, except under CI=true, where a missing browser fails the run.
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Headless on a machine without a display or a GPU, as root in CI (no sandbox), and quiet: no
// first-run pages, no background calls out (the tests talk to 127.0.0.1 only).
const LAUNCH_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

export interface TestBrowser {
  readonly skip: boolean;
  launch(): Promise<Browser>;
}

export function browserForTests(): TestBrowser {
  const executablePath = CANDIDATES.find((path) => path !== undefined && path !== '' && existsSync(path));
  const required = /^(true|1)$/i.test(process.env.CI ?? '');
  if (executablePath === undefined && !required) {
    console.warn('Browser tests skipped: no Chromium found. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  }
  return {
    skip: executablePath === undefined && !required,
    launch: async () => {
      if (executablePath === undefined) throw new Error(`CI=true needs Chromium for the browser tests; none at ${CANDIDATES.filter(Boolean).join(', ')}`);
      return chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGUMENTS });
    },
  };
}
