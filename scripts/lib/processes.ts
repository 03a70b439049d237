import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `wxt build` with these arguments (none: the production Chrome build), printing only its errors. */
export function buildExtension(...args: string[]): void {
  execFileSync(process.execPath, [`${ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A port nobody listens on right now (the OS picks it), so runs never collide with a hand-started server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Managed {
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** A terminal line without its colours and cursor codes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const plainText = (line: string) => line.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** Starts a command in its own process group, so stopping it also stops what it spawned (workerd, esbuild). */
export function startProcess(
  command: string,
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    label: string;
    quiet?: boolean;
    /** Shows the lines worth a person's attention (rewritten as it returns them); the rest is kept for a crash report. */
    show?: (line: string) => string | null;
  },
): Managed {
  const piped = options.quiet || options.show !== undefined;
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: piped ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  const output: string[] = [];
  if (piped) {
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
      if (!options.show) return;
      // Spinners redraw a line with \r and colour it: each drawn line is read as plain text.
      for (const raw of chunk.toString().split(/\r|\n/)) {
        const line = options.show(plainText(raw).trimEnd());
        if (line) process.stdout.write(`${line}\n`);
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }
  let exited = false;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    exited = true;
    // A crash is reported with what the process printed; being stopped is no crash.
    if (piped && !stopped && code !== 0 && signal === null)
      process.stderr.write(`${options.label} exited with ${code}:\n${output.join('')}\n`);
  });
  let stopped = false;
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await done;
    clearTimeout(timer);
  };
  return { child, stop };
}

/** Polls `url` until it answers 2xx, the process dies, or the time runs out. */
export async function waitForHttp(url: string, managed: Managed | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (managed && managed.child.exitCode !== null) throw new Error(`process exited (${managed.child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (last: ${last})`);
}

/**
 * What a local worker runs with over wrangler.toml's [vars], which are what a deploy gets: any
 * unpacked extension (its id varies per machine) may call it, the password pepper is the
 * development one, nobody confirms an email locally so accounts may use the (local or fake)
 * provider keys, and a developer or a test suite signing up many accounts is not throttled.
 */
export const DEVELOPMENT_VARS: Record<string, string> = {
  ENVIRONMENT: 'development',
  ALLOWED_ORIGINS: 'chrome-extension://*,moz-extension://*',
  LLM_ALLOW_UNVERIFIED: 'true',
  SIGNUP_RATE_LIMIT_PER_HOUR: '100000',
};

/** `wrangler dev` serving the worker on 127.0.0.1:port against the given Postgres. */
export function startWorker(options: {
  port: number;
  databaseUrl: string;
  quiet?: boolean;
  show?: (line: string) => string | null;
  /** Worker vars for this run (`--var`), over wrangler.toml's: tests point the LLM providers at local fakes. */
  vars?: Record<string, string>;
  /** More `wrangler dev` flags (`--test-scheduled`: GET /__scheduled runs the Cron Trigger). */
  args?: string[];
}): Managed {
  return startProcess(
    process.execPath,
    [
      `${ROOT}/node_modules/wrangler/bin/wrangler.js`,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--show-interactive-dev-session=false',
      ...(options.args ?? []),
      ...Object.entries({ ...DEVELOPMENT_VARS, ...options.vars }).flatMap(([key, value]) => ['--var', `${key}:${value}`]),
    ],
    {
      label: 'wrangler dev',
      quiet: options.quiet,
      show: options.show,
      env: {
        CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: options.databaseUrl,
        WRANGLER_SEND_METRICS: 'false',
      },
    },
  );
}
