/**
 * The switches Chromium runs with, for the end-to-end tests and for `exam-pack`: no sandbox (root
 * in a container), and, with no network here, none of its background connections.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
