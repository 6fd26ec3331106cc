// What every end-to-end scenario shares: one real server, one headless Chromium, sign-in,
// the accessibility check and the screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { OpsledgerServer } from './server.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = path.resolve(import.meta.dirname, '../target/screenshots');

export const server = new OpsledgerServer();
export let browser;

export async function startAll() {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await server.start();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}

export async function stopAll() {
  await browser?.close();
  await server.stop();
  server.cleanup();
}

/**
 * A fresh browser context (its own session storage), signed in with `token` when the server asks
 * for one. Without a token the UI must run open (a server without authentication).
 */
export async function openPage(pathname, { token = server.token, width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, baseURL: server.url });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error on ${pathname}: ${e.message}`));
  page.on('requestfailed', (r) => console.error(`request failed on ${pathname}: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(pathname);
  // The app first asks the server who the token is: then it shows either the sign-in screen or the page.
  await page.locator('#token, .app').first().waitFor();
  if (token && await page.locator('#token').isVisible()) {
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    try {
      await page.locator('.app').waitFor();
    } catch (e) {
      // Say why: what the sign-in screen shows and what the server last logged.
      const problem = await page.locator('#token-problem').textContent({ timeout: 1_000 }).catch(() => '(none)');
      const busy = await page.getByRole('button', { name: /Signing in/ }).count();
      throw new Error(`sign-in on ${pathname} did not open the app: problem shown: ${problem}; still signing in: ${busy > 0}\n`
        + `server log (last lines):\n${server.logTail(60)}`, { cause: e });
    }
  }
  await page.locator('#main').waitFor();
  return { context, page };
}

/** axe-core on the page as it is now: no serious or critical violation. */
export async function checkAccessibility(page, label) {
  // Evaluated through the DevTools protocol, not as an inline <script>: the server's
  // Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) throw new Error(`${label}: accessibility violations:\n${JSON.stringify(bad, null, 2)}`);
  return result;
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** A live check, never a fixed sleep: waits until `probe` returns truthy (or times out with `what`). */
export async function eventually(what, probe, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try { last = await probe(); if (last) return last; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}
