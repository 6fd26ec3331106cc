// Fails the build when the JavaScript a first visit loads (the entry and its preloaded chunks)
// exceeds the budget, gzipped. Pages load later, as their own chunks, and do not count.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(import.meta.dirname, '../target/dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
].map((m) => m[1]);
if (initial.length === 0) {
  console.error('bundle budget: no module script found in target/dist/index.html');
  process.exit(1);
}
let total = 0;
for (const src of initial) {
  const size = zlib.gzipSync(fs.readFileSync(path.join(dist, src.replace(/^\//, '')))).length;
  total += size;
  console.log(`bundle budget: ${src} ${(size / 1024).toFixed(1)} KB gzipped`);
}
const kb = total / 1024;
if (kb > BUDGET_KB) {
  console.error(`bundle budget: initial JavaScript is ${kb.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
console.log(`bundle budget: initial JavaScript ${kb.toFixed(1)} KB gzipped of ${BUDGET_KB} KB`);
