#!/usr/bin/env node
// Makes sure a Chromium is available for the Playwright end-to-end tests.
//
// Order of preference:
//   1. $CHROMIUM_PATH, when set and executable;
//   2. /usr/bin/chromium (Debian's package), when executable;
//   3. when running as root with apt-get available: `apt-get update` then
//      `apt-get install -y --no-install-recommends chromium`, then check again.
// On success the path is printed on stdout (the only thing printed there, so
// `CHROMIUM_PATH=$(node src/build/ensure-chromium.mjs)` works) and the exit code is 0.
// Otherwise a message explains how to install Chromium and the exit code is 1.
//
// Playwright's own browser download cannot be used here (no network besides the
// package registries), hence Debian's chromium.

import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    console.error(`ensure-chromium: CHROMIUM_PATH=${fromEnv} is not an executable file; trying ${DEBIAN_CHROMIUM}.`);
  }
  if (isExecutableFile(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return undefined;
}

function findAptGet() {
  for (const candidate of ['/usr/bin/apt-get', '/bin/apt-get']) {
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function run(command, args) {
  console.error(`ensure-chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    // apt's own output goes to our stderr, so that stdout carries only the path.
    stdio: ['inherit', process.stderr, 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    console.error(`ensure-chromium: could not run ${command}: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    console.error(`ensure-chromium: ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}.`);
    return false;
  }
  return true;
}

function explainAndFail(reason) {
  console.error(
    [
      `ensure-chromium: no Chromium found (${reason}).`,
      'The end-to-end tests need a Chromium executable. Either:',
      '  - on Debian/Ubuntu, as root:  apt-get update && apt-get install -y --no-install-recommends chromium',
      '    (or with sudo: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium)',
      '  - or point CHROMIUM_PATH at an existing Chromium/Chrome executable, e.g.',
      '    CHROMIUM_PATH=/path/to/chrome npx playwright test -c tests/playwright.config.ts',
    ].join('\n'),
  );
  process.exit(1);
}

let found = findChromium();
if (!found) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = findAptGet();
  const isDebian = existsSync('/etc/debian_version');
  if (!isRoot) explainAndFail('not running as root, so it cannot be installed automatically');
  if (!aptGet || !isDebian) explainAndFail('apt-get is not available on this machine');
  run(aptGet, ['update']);
  run(aptGet, ['install', '-y', '--no-install-recommends', 'chromium']);
  found = findChromium();
  if (!found) explainAndFail(`installing the Debian package did not provide ${DEBIAN_CHROMIUM}`);
}

console.log(found);
