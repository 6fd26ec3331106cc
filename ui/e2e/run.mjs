// The UI's end-to-end tests: the real jar (embedded default, temp data, random port), Debian's
// Chromium driven by playwright-core. `npm run e2e` after the jar is built (./run tests does both).
// Every e2e/*.test.mjs runs against the same server, in name order: a feature adds its file, nothing else.
import fs from 'node:fs';
import { after, before } from 'node:test';
import { startAll, stopAll } from './support.mjs';

before(startAll, { timeout: 300_000 });
after(stopAll, { timeout: 60_000 });

for (const file of fs.readdirSync(import.meta.dirname).filter((f) => f.endsWith('.test.mjs')).sort()) {
  await import(`./${file}`);
}
