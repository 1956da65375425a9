// A real WordPress for the tests, from Debian's packages: MariaDB with a throwaway data directory
// (no TCP at all, a socket in a temporary folder), PHP's built-in server on loopback serving a
// copy of /usr/share/wordpress, and WordPress installed by its own install form. Every process is
// started in a process group of its own and stopped by it, on `stop()`, on exit and on a signal;
// every wait is bounded.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const WORDPRESS = '/usr/share/wordpress';

export const ADMIN = { user: 'admin', password: 'a-long-test-password-2026', email: 'admin@example.com' };

/** The core's two deprecation notices on wp-login.php with PHP 8.2, known and harmless. */
const KNOWN_NOTICES = [
  /PHP Deprecated: .* in \S*\/wp-includes\/pluggable\.php on line 598$/,
  /PHP Deprecated: .* in \S*\/wp-includes\/formatting\.php on line 5421$/,
];

/** Processes this file started and has not stopped: process group ids. */
const running = new Set();
function killAll(signal = 'SIGKILL') {
  for (const pid of running) {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }
  running.clear();
}
process.on('exit', () => killAll());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal]);
  });
}

/** Starts `command` in a process group of its own, its output to `log`. */
function startGroup(command, args, { env = {}, log }) {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  running.add(child.pid);
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stderr.on('data', (chunk) => chunks.push(chunk));
  child.on('exit', () => {
    running.delete(child.pid);
    if (log) writeFileSync(log, Buffer.concat(chunks));
  });
  return child;
}

/** Stops a group: TERM, then KILL if it has not gone within `ms`. */
async function stopGroup(child, ms = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = new Promise((done) => setTimeout(done, ms, 'timeout'));
  if ((await Promise.race([gone, timer])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await Promise.race([gone, new Promise((done) => setTimeout(done, 1000))]);
  }
  running.delete(child.pid);
}

/** Waits until `check()` is true, every 100 ms, for at most `ms`. */
async function until(check, what, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

function wpConfig({ url, socket, debugLog }) {
  const salt = () => randomBytes(24).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const define = (name, value) => `define(${JSON.stringify(name)}, ${typeof value === 'string' ? `'${value}'` : value});`;
  return [
    '<?php',
    define('DB_NAME', 'wordpress'),
    define('DB_USER', 'wordpress'),
    define('DB_PASSWORD', 'wordpress'),
    define('DB_HOST', `localhost:${socket}`),
    define('DB_CHARSET', 'utf8mb4'),
    define('DB_COLLATE', ''),
    ...keys.map((key) => define(key, salt())),
    "$table_prefix = 'wp_';",
    define('WP_HOME', url),
    define('WP_SITEURL', url),
    define('WP_DEBUG', true),
    define('WP_DEBUG_LOG', debugLog),
    define('WP_DEBUG_DISPLAY', false),
    define('SCRIPT_DEBUG', false),
    define('FS_METHOD', 'direct'),
    define('WP_HTTP_BLOCK_EXTERNAL', true),
    define('AUTOMATIC_UPDATER_DISABLED', true),
    define('DISABLE_WP_CRON', true),
    "if (!defined('ABSPATH')) { define('ABSPATH', __DIR__ . '/'); }",
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
}

/**
 * Starts a fresh WordPress and installs it. Returns { url, root, debugLog, timings, notices(),
 * php(code), stop() }.
 */
export async function startWordPress() {
  const timings = {};
  let started = Date.now();
  const lap = (name) => {
    timings[name] = Date.now() - started;
    started = Date.now();
  };
  const folder = mkdtempSync(join(tmpdir(), 'gsc-wp-'));
  const socket = join(folder, 'mariadb.sock');
  const datadir = join(folder, 'db');
  const root = join(folder, 'root');
  const debugLog = join(folder, 'debug.log');
  let database;
  let server;

  const stop = async () => {
    await stopGroup(server);
    if (database && database.exitCode === null) {
      spawnSync('mariadb-admin', ['--no-defaults', '-S', socket, '-uroot', 'shutdown'], { timeout: 10_000 });
      await stopGroup(database, 5000);
    }
    rmSync(folder, { recursive: true, force: true });
  };

  try {
    run('mariadb-install-db', [
      '--no-defaults', `--datadir=${datadir}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db',
    ]);
    database = startGroup('mariadbd', [
      '--no-defaults', `--datadir=${datadir}`, '--user=root', `--socket=${socket}`, '--skip-networking', '--skip-log-bin',
    ], { log: join(folder, 'mariadb.log') });
    const ping = () => spawnSync('mariadb-admin', ['--no-defaults', '-S', socket, '-uroot', 'ping'], { timeout: 5000 }).status === 0;
    await until(ping, 'MariaDB', 30_000);
    run('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; " +
      "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
    lap('database');

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    cpSync(WORDPRESS, root, { recursive: true, dereference: true });
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ url, socket, debugLog }));
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    copyFileSync(join(HERE, 'offline.php'), join(root, 'wp-content/mu-plugins/offline.php'));
    mkdirSync(join(root, 'wp-content/upgrade'), { recursive: true });
    server = startGroup('php', ['-S', `127.0.0.1:${port}`, '-t', root, join(HERE, 'router.php')], {
      env: { PHP_CLI_SERVER_WORKERS: '4' },
      log: join(folder, 'php-server.log'),
    });
    await until(async () => {
      try {
        return (await fetch(`${url}/readme.html`, { signal: AbortSignal.timeout(2000) })).ok;
      } catch {
        return false;
      }
    }, "PHP's server", 20_000);
    lap('server');

    const form = new URLSearchParams({
      weblog_title: 'Piel y Salud',
      user_name: ADMIN.user,
      admin_password: ADMIN.password,
      admin_password2: ADMIN.password,
      pw_weak: '1',
      admin_email: ADMIN.email,
      blog_public: '0',
      language: '',
    });
    const installed = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form, signal: AbortSignal.timeout(60_000) });
    const page = await installed.text();
    if (!page.includes('<h1>Success!</h1>')) throw new Error(`WordPress did not install:\n${page.slice(0, 2000)}`);
    // What the installer itself says (deprecations of the PHP 8.2 era, in core's own code) is not
    // what the tests look at: the log starts afresh with the site installed.
    if (existsSync(debugLog)) renameSync(debugLog, join(folder, 'install.log'));
    lap('install');

    return {
      url,
      root,
      debugLog,
      timings,
      stop,
      /** What the debug log holds, less the core's known notices. */
      notices() {
        if (!existsSync(debugLog)) return [];
        return readFileSync(debugLog, 'utf8')
          .split('\n')
          .filter((line) => line.trim() && !KNOWN_NOTICES.some((known) => known.test(line)));
      },
      /** Runs PHP with WordPress loaded and returns what it prints. */
      php(code) {
        const script = `$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}'; require '${root}/wp-load.php'; ${code}`;
        return execFileSync('php', ['-r', script], { encoding: 'utf8', timeout: 30_000 });
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
