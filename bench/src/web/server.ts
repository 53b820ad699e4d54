/**
 * The API as `npm start` runs it (apps/api/src/main.ts, built web app on the same origin), on a
 * free port with a fresh PGlite data directory and the demo accounts. Not e2e/support/server.ts:
 * that one wipes e2e/artifacts (a journey running at the same time would lose its screenshots)
 * and switches to PostgreSQL when DATABASE_URL is set; a page's speed should not depend on which.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const READY_TIMEOUT_MS = 60_000;

export interface WebServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export async function startWebServer(): Promise<WebServer> {
  const dist = join(repoRoot, 'apps/web/dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build:web` first.');
  }
  const port = await freePort();
  // `localhost`, not 127.0.0.1: Chromium treats it as a secure context, so the __Host- cookies
  // of the production configuration are accepted over plain HTTP.
  const baseUrl = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-bench-web-'));
  // A private copy of the build: another engineer's `vite build` must not swap the assets
  // out from under the index.html the server read at start-up.
  const webDist = join(dataDir, 'web');
  cpSync(dist, webDist, { recursive: true });

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // always PGlite, fresh
  delete env.SMTP_URL; // the sign-in code is read from the local mailbox

  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }
    process.removeListener('exit', killOnExit);
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the API exited during start-up (code ${child.exitCode})`);
    }
    const ready = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() - started > READY_TIMEOUT_MS) {
      await stop();
      throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseUrl, stop };
}
