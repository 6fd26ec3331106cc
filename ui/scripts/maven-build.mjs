// Called by Maven (api-graphql, generate-resources): installs dependencies when node_modules is
// missing, and builds the UI only when its sources, its lock file or the GraphQL schema changed
// since the last build, so back-end builds do not pay for an unchanged UI.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ui = path.resolve(import.meta.dirname, '..');
const stamp = path.join(ui, 'target', '.build-stamp');
const inputs = ['src', 'index.html', 'package.json', 'package-lock.json', 'codegen.ts', 'vite.config.ts', 'eslint.config.js',
  'tsconfig.json', 'tsconfig.app.json', 'scripts', '../api-graphql/src/main/resources/graphql'];

function newest(p) {
  const full = path.join(ui, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.basename(full) === 'gql') return 0; // generated
  return Math.max(stat.mtimeMs, ...fs.readdirSync(full).map((name) => newest(path.join(p, name))));
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (...args) => execFileSync(npm, args, { cwd: ui, stdio: 'inherit' });

if (!fs.existsSync(path.join(ui, 'node_modules'))) run('ci', '--no-audit', '--no-fund');
const built = fs.existsSync(stamp) && fs.existsSync(path.join(ui, 'target/dist/index.html')) ? fs.statSync(stamp).mtimeMs : 0;
const changed = Math.max(...inputs.map(newest));
if (built >= changed) {
  console.log('ui: up to date (target/dist)');
} else {
  run('run', 'build');
  fs.writeFileSync(stamp, new Date().toISOString());
}
