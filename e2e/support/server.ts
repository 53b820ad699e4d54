import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { artifactsDir, ensureDir, repoRoot } from './paths.js';

export interface RunningServer {
  baseURL: string;
  databaseKind: 'pglite' | 'postgres';
  stop: () => Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 25_000;

/** A port nobody listens on right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh database on the server of `adminUrl`, so runs never see each other's data. */
async function connectAdmin(url: string): Promise<{ client: pg.Client; url: string }> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return { client, url };
  } catch (error) {
    await client.end().catch(() => undefined);
    // 3D000: the database named in DATABASE_URL does not exist yet; any database will do.
    if ((error as { code?: string }).code !== '3D000') throw error;
    const fallback = new URL(url);
    fallback.pathname = '/postgres';
    const retry = new pg.Client({ connectionString: fallback.toString() });
    await retry.connect();
    return { client: retry, url: fallback.toString() };
  }
}

async function createDatabase(
  databaseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `entente_e2e_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const { client: admin, url: adminUrl } = await connectAdmin(databaseUrl);
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const { client } = await connectAdmin(adminUrl);
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Starts `apps/api/src/main.ts` (API + built web app on one origin) with demo data, a fresh data
 * directory and, when DATABASE_URL is set, a fresh PostgreSQL database. Output goes to
 * e2e/artifacts/server.log.
 */
export async function startServer(): Promise<RunningServer> {
  const indexHtml = join(repoRoot, 'apps/web/dist/index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `The web app is not built (${indexHtml} is missing): run \`npm run build:web\` first.`,
    );
  }

  // Artifacts describe the last run only: stale failure screenshots would mislead.
  rmSync(artifactsDir, { recursive: true, force: true });
  ensureDir(artifactsDir);
  const logPath = join(artifactsDir, 'server.log');
  const log = createWriteStream(logPath, { flags: 'w' });
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    tail.push(chunk.toString('utf8'));
    if (tail.length > 200) tail.shift();
  };

  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  // The server reads index.html once; a rebuild of apps/web/dist during the run (vite build,
  // another terminal) would leave it pointing at deleted assets. Serve a private copy instead.
  const webDist = join(dataDir, 'web');
  cpSync(join(repoRoot, 'apps/web/dist'), webDist, { recursive: true });
  const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
  const database = databaseUrl ? await createDatabase(databaseUrl) : undefined;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: baseURL,
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    DEMO_DATA: 'true',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL; // the tests read codes from the local mailbox
  if (database) env.DATABASE_URL = database.url;

  const started = Date.now();
  log.write(
    `# ${new Date().toISOString()} starting ${baseURL} (${database ? 'PostgreSQL' : 'PGlite'})\n`,
  );
  // `node --import tsx` rather than `npx tsx`: one process, so SIGTERM reaches the server itself.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });

  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  // If the runner itself dies, do not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const cleanUp = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        exitPromise.then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (!stopped) {
        log.write('# server did not stop after SIGTERM: SIGKILL\n');
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    process.removeListener('exit', killOnExit);
    log.write(`# server exited: ${JSON.stringify(exited)}\n`);
    await new Promise<void>((resolve) => log.end(resolve));
    if (database) await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const readyURL = `http://127.0.0.1:${port}/readyz`;
    for (;;) {
      if (exited) throw new Error(`the server exited during start-up: ${JSON.stringify(exited)}`);
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
      }
      try {
        const response = await fetch(readyURL, { signal: AbortSignal.timeout(2_000) });
        if (response.status === 200) break;
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
  } catch (error) {
    await cleanUp();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${message}\nServer log (${logPath}), last lines:\n${tail.join('').slice(-4_000)}`,
      {
        cause: error,
      },
    );
  }

  console.log(
    `[e2e] server ready on ${baseURL} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${database ? 'PostgreSQL, fresh database' : 'PGlite, fresh data dir'}; log: ${logPath})`,
  );
  return {
    baseURL,
    databaseKind: database ? 'postgres' : 'pglite',
    stop: async () => {
      const stopping = Date.now();
      await cleanUp();
      console.log(
        `[e2e] server stopped in ${((Date.now() - stopping) / 1000).toFixed(1)} s: ${JSON.stringify(exited)}`,
      );
    },
  };
}
