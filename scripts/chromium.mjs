// How the project runs headless Chromium (Debian's package, driven by playwright-core): the web
// tests, the VS Code web tests and the browser benchmark all launch it with these.

/** Debian's Chromium (scripts/install-test-deps.sh installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on the network: any request a test sees came from our code. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
