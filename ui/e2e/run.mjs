// The UI's end-to-end tests: the real jar (embedded default, temp data, random port), Debian's
// Chromium driven by playwright-core. `npm run e2e` after the jar is built (./run tests does both).
import { after, before } from 'node:test';
import { startAll, stopAll } from './support.mjs';

before(startAll, { timeout: 300_000 });
after(stopAll, { timeout: 60_000 });

await import('./pages.test.mjs');
await import('./scenarios.test.mjs');
await import('./search.test.mjs');
await import('./audit-admin.test.mjs');
