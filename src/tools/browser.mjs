// Starts Debian's Chromium through playwright-core with the flags this
// environment needs. Shared by the browser tests and the developer tools.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The Chromium executable: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.`,
    );
  }
  return path;
}

/** Launches headless Chromium; playwright gives every launch a fresh, empty profile folder. */
export async function launchBrowser() {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args });
}
