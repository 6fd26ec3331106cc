// The real application jar on the embedded default (H2 in a temp directory), on a free port.
// restart() stops it and starts it again on the same port and data, as an operator would.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const jar = path.join(root, 'api-graphql/target/opsledger.jar');

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
    srv.on('error', reject);
  });
}

function javaBin() {
  const candidates = [process.env.JAVA_HOME, '/usr/lib/jvm/temurin-25-jdk-amd64', ...fs.readdirSync('/usr/lib/jvm').map((d) => `/usr/lib/jvm/${d}`)];
  for (const home of candidates) {
    if (home && fs.existsSync(`${home}/bin/javac`) && !/-(8|11|17)[-.]/.test(home)) return `${home}/bin/java`;
  }
  return 'java';
}

export class OpsledgerServer {
  constructor() {
    this.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsledger-e2e-'));
    this.log = path.join(this.dataDir, 'server.log');
    // Accepted as an ADMIN token by the server (docs/security.md); it only creates the tokens the
    // browser signs in with: an OPERATOR (this.token) and a VIEWER (this.viewerToken).
    this.adminToken = `e2e-admin-${crypto.randomUUID()}`;
    this.env = { ...process.env, AXONIQ_UPDATE_CHECKER_DISABLED: 'true', OPSLEDGER_ADMIN_TOKEN: this.adminToken };
  }

  get url() { return `http://127.0.0.1:${this.port}`; }

  async start() {
    if (!fs.existsSync(jar)) throw new Error(`${jar} is missing: build it first (./mvnw -B -DskipTests package)`);
    this.port ??= await freePort();
    const args = ['--enable-native-access=ALL-UNNAMED', '--add-modules', 'jdk.incubator.vector', '-Xmx512m', '-jar', jar, `--server.port=${this.port}`, `--opsledger.data-dir=${this.dataDir}`];
    if (process.env.OPSLEDGER_UI_DIST) args.push(`--spring.web.resources.static-locations=file:${process.env.OPSLEDGER_UI_DIST}/`);
    const out = fs.openSync(this.log, 'a');
    this.process = spawn(javaBin(), args, { cwd: this.dataDir, env: this.env, stdio: ['ignore', out, out] });
    const exited = new Promise((_, reject) => this.process.once('exit', (code) => reject(new Error(`the server exited with ${code}; see ${this.log}`))));
    await Promise.race([this.waitHealthy(), exited]);
    this.token ??= await this.createToken('e2e-operator', 'OPERATOR');
    this.viewerToken ??= await this.createToken('e2e-viewer', 'VIEWER');
  }

  /** A new API token with this role, made with the admin token; its secret. */
  async createToken(name, role) {
    const data = await this.graphql(`mutation($input: CreateApiTokenInput!) {
      createApiToken(input: $input) { secret errors { message } } }`, { input: { name, role } }, this.adminToken);
    if (data.createApiToken.errors.length) throw new Error(`token ${name}: ${JSON.stringify(data.createApiToken.errors)}`);
    return data.createApiToken.secret;
  }

  async waitHealthy(timeoutMs = 240_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      try {
        const res = await fetch(`${this.url}/actuator/health`);
        if (res.ok) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the server did not become healthy within ${timeoutMs} ms; see ${this.log}`);
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    this.process.kill('SIGTERM');
    const forced = setTimeout(() => this.process.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(forced);
  }

  async restart() {
    await this.stop();
    await this.start();
  }

  /** A GraphQL call as a script would make it (with the same token the browser uses). */
  async graphql(query, variables = {}, token = this.token) {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The last lines the server wrote, for a failure's message. */
  logTail(lines) {
    try { return fs.readFileSync(this.log, 'utf8').split('\n').slice(-lines).join('\n'); } catch (e) { return `(no log: ${e.message})`; }
  }

  cleanup() {
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
