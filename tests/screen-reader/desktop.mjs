// A private desktop for a real screen reader: Xvfb, a session bus, the accessibility bus, Speech
// Dispatcher speaking into a null audio driver, and Orca writing all it says to a debug log.
//
// Everything lives in one temporary folder (home, XDG folders, sockets, configuration, logs), so
// nothing reads or changes the user's own settings. Each process starts in a process group of
// its own; `stop()` ends the groups by process id, then any process still carrying this
// desktop's marker in its environment (what the buses started on their own). The same happens
// on exit and on SIGINT, SIGTERM and SIGHUP, and a small watchdog does it if this process is
// killed outright. Every wait is bounded.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const AT_SPI_BUS_LAUNCHERS = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'];
const ESPEAK_NG_MODULE = '/usr/lib/speech-dispatcher-modules/sd_espeak-ng';
const ORCA = '/usr/bin/orca';

/** The commands the desktop runs, with the Debian package that brings each. */
const NEEDED = {
  Xvfb: 'xvfb',
  'dbus-daemon': 'dbus',
  'dbus-send': 'dbus',
  'dbus-uuidgen': 'dbus',
  'speech-dispatcher': 'speech-dispatcher',
  xdotool: 'xdotool',
  orca: 'orca',
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** What is missing for the desktop, as one line naming the Debian packages, or ''. */
export function missingTools() {
  const missing = Object.entries(NEEDED).filter(([command]) => !onPath(command));
  if (!AT_SPI_BUS_LAUNCHERS.some((path) => existsSync(path))) missing.push(['at-spi-bus-launcher', 'at-spi2-core']);
  if (!existsSync(ESPEAK_NG_MODULE)) missing.push(['sd_espeak-ng', 'speech-dispatcher-espeak-ng']);
  if (!missing.length) return '';
  const packages = [...new Set(missing.map(([, name]) => name))].join(' ');
  return `missing ${missing.map(([command]) => command).join(', ')} (Debian packages: ${packages}; ./scripts/setup installs them)`;
}

/** Waits until `check()` returns something truthy (at most `ms`) and returns it. */
async function waitFor(check, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

function tail(path, lines = 8) {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') || '(no output)';
  } catch {
    return '(no output)';
  }
}

function kill(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already.
  }
}

/** Every live process (but this one) whose environment holds `marker`. */
function processesWith(marker) {
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').split('\0').includes(marker)) found.push(Number(name));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** Whether `name` has an owner on the session bus `env` points to. */
function busHasName(env, name) {
  const result = spawnSync('dbus-send', [
    '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner', `string:${name}`,
  ], { env, encoding: 'utf8', timeout: 5000 });
  return result.status === 0 && /boolean true/.test(result.stdout);
}

/** The Orca processes this user runs already: Orca refuses to start beside one. */
function otherOrcas() {
  const result = spawnSync('pgrep', ['-u', String(process.getuid()), '-x', 'orca'], { encoding: 'utf8', timeout: 5000 });
  return (result.stdout ?? '').split(/\s+/).filter(Boolean).map(Number);
}

/**
 * A shell that cleans up if this process dies without stopping the desktop (killed outright):
 * it kills the process groups listed in `groupsFile`, then every process carrying `marker`, and
 * removes `dir`. It gives up after `maxSeconds` anyway.
 */
function startWatchdog(dir, groupsFile, marker, maxSeconds) {
  const script = `
    parent=$1; dir=$2; groups=$3; marker=$4; max=$5; waited=0
    while kill -0 "$parent" 2>/dev/null && [ "$waited" -lt "$max" ]; do sleep 1; waited=$((waited + 1)); done
    kill -0 "$parent" 2>/dev/null && exit 0
    for g in $(cat "$groups" 2>/dev/null); do kill -TERM -- "-$g" 2>/dev/null; done
    sleep 1
    for g in $(cat "$groups" 2>/dev/null); do kill -KILL -- "-$g" 2>/dev/null; done
    for p in /proc/[0-9]*; do
      if tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qxF "$marker"; then kill -KILL "\${p#/proc/}" 2>/dev/null; fi
    done
    rm -rf "$dir"
  `;
  const child = spawn('sh', ['-c', script, 'watchdog', String(process.pid), dir, groupsFile, marker, String(maxSeconds)], {
    detached: true,
    stdio: 'ignore',
    env: { PATH: process.env.PATH },
  });
  child.unref();
  return child;
}

/** The desktops running in this process, stopped on exit and on signals. */
const running = new Set();
let exitHandlers = false;

function installExitHandlers() {
  if (exitHandlers) return;
  exitHandlers = true;
  process.on('exit', () => {
    for (const desktop of running) desktop.killNow();
  });
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.once(signal, () => {
      for (const desktop of running) desktop.killNow();
      process.exit(128 + number);
    });
  }
}

export class Desktop {
  /**
   * Starts Xvfb on a free display, a session bus, the accessibility bus, Speech Dispatcher, then
   * Orca, and resolves once Orca speaks. Fails with a readable message (having stopped what it
   * started) if a piece is missing or does not come up in time. `log(line)` hears each step.
   */
  static async start({ log = () => {}, maxLifetimeSeconds = 900 } = {}) {
    const missing = missingTools();
    if (missing) throw new Error(`cannot start the screen reader's desktop: ${missing}`);
    const desktop = new Desktop(log, maxLifetimeSeconds);
    try {
      await desktop.#start();
    } catch (error) {
      error.message = `cannot start the screen reader's desktop: ${error.message}\n${desktop.diagnostics()}`;
      await desktop.stop();
      throw error;
    }
    return desktop;
  }

  /** The processes started, in order: { name, child, output (its log file), exited }. */
  processes = [];

  constructor(log, maxLifetimeSeconds) {
    this.log = log;
    this.dir = mkdtempSync(join(tmpdir(), 'gut-skin-screen-reader-'));
    for (const sub of ['home', 'runtime', 'config', 'data', 'cache', 'state', 'logs']) mkdirSync(join(this.dir, sub));
    this.home = join(this.dir, 'home');
    this.runtime = join(this.dir, 'runtime');
    chmodSync(this.runtime, 0o700);
    /** Orca's debug log: what it says is in there. */
    this.debugLog = join(this.dir, 'logs', 'orca-debug.log');
    const markerName = 'GUT_SKIN_CHECK_SCREEN_READER';
    const markerValue = randomBytes(8).toString('hex');
    this.marker = `${markerName}=${markerValue}`;
    this.groupsFile = join(this.dir, 'process-groups');
    writeFileSync(this.groupsFile, '');
    /** The environment of every process of the desktop, the browser's included. */
    this.env = {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      HOME: this.home,
      XDG_RUNTIME_DIR: this.runtime,
      XDG_CONFIG_HOME: join(this.dir, 'config'),
      XDG_DATA_HOME: join(this.dir, 'data'),
      XDG_CACHE_HOME: join(this.dir, 'cache'),
      XDG_STATE_HOME: join(this.dir, 'state'),
      TMPDIR: this.dir,
      NO_AT_BRIDGE: '0',
      GTK_MODULES: 'gail:atk-bridge',
      ACCESSIBILITY_ENABLED: '1',
      GSETTINGS_BACKEND: 'memory',
      [markerName]: markerValue,
    };
    running.add(this);
    installExitHandlers();
    this.watchdog = startWatchdog(this.dir, this.groupsFile, this.marker, maxLifetimeSeconds);
  }

  /** Starts `command` in a process group of its own, its output going to logs/<name>.log. */
  #spawn(name, command, args, { extraStdio = [] } = {}) {
    const output = join(this.dir, 'logs', `${name}.log`);
    const fd = openSync(output, 'w');
    let child;
    try {
      child = spawn(command, args, { env: this.env, cwd: this.home, detached: true, stdio: ['ignore', fd, fd, ...extraStdio] });
    } finally {
      closeSync(fd);
    }
    const entry = { name, child, output, exited: null };
    child.on('exit', (code, signal) => {
      entry.exited = signal ?? code;
    });
    child.on('error', (error) => {
      entry.exited = error.message;
    });
    this.processes.push(entry);
    if (child.pid) writeFileSync(this.groupsFile, `${child.pid}\n`, { flag: 'a' });
    this.log(`started ${name} (pid ${child.pid})`);
    return entry;
  }

  /** Waits for `check()` while `entry` runs; fails at once, with its output, if it exits. */
  #whileRunning(entry, ms, what, check) {
    return waitFor(() => {
      if (entry.exited !== null) throw new Error(`${entry.name} exited (${entry.exited}) before ${what}:\n${tail(entry.output)}`);
      return check();
    }, ms, `${what} (${entry.name})`);
  }

  async #start() {
    // The buses need a machine id; --ensure only writes one when there is none.
    const uuid = spawnSync('dbus-uuidgen', ['--ensure'], { encoding: 'utf8', timeout: 5000 });
    if (uuid.status !== 0 && !existsSync('/etc/machine-id') && !existsSync('/var/lib/dbus/machine-id')) {
      throw new Error(`there is no machine id and dbus-uuidgen --ensure failed: ${uuid.stderr}`);
    }

    // Xvfb picks a free display itself and writes its number to file descriptor 3.
    const xvfb = this.#spawn('Xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
      extraStdio: ['pipe'],
    });
    let written = '';
    xvfb.child.stdio[3].on('data', (chunk) => {
      written += chunk;
    });
    const display = await this.#whileRunning(xvfb, 15000, 'a free display', () => /^\d+\n/.test(written) && written.trim());
    xvfb.child.stdio[3].destroy();
    this.display = `:${display}`;
    this.env.DISPLAY = this.display;

    // The session bus, on a socket in the temporary folder.
    const busSocket = join(this.runtime, 'bus');
    const bus = this.#spawn('dbus-daemon', 'dbus-daemon', ['--session', '--nofork', '--nopidfile', `--address=unix:path=${busSocket}`]);
    await this.#whileRunning(bus, 10000, 'the session bus', () => existsSync(busSocket));
    this.env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${busSocket}`;

    // The accessibility bus, which the launcher announces on the session bus as org.a11y.Bus.
    const launcher = AT_SPI_BUS_LAUNCHERS.find((path) => existsSync(path));
    const a11y = this.#spawn('at-spi-bus-launcher', launcher, ['--launch-immediately']);
    await this.#whileRunning(a11y, 10000, 'org.a11y.Bus on the session bus', () => busHasName(this.env, 'org.a11y.Bus'));

    // Speech Dispatcher with espeak-ng, through libao's null driver: no sound card needed.
    const speechConfig = join(this.env.XDG_CONFIG_HOME, 'speech-dispatcher');
    mkdirSync(join(speechConfig, 'modules'), { recursive: true });
    mkdirSync(join(this.dir, 'logs', 'speech-dispatcher'));
    writeFileSync(join(speechConfig, 'speechd.conf'), [
      'LogLevel 3',
      `LogDir "${join(this.dir, 'logs', 'speech-dispatcher')}"`,
      'AudioOutputMethod "libao"',
      'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
      'DefaultModule espeak-ng',
      'DefaultLanguage "en"',
      '',
    ].join('\n'));
    if (existsSync('/etc/speech-dispatcher/modules/espeak-ng.conf')) {
      copyFileSync('/etc/speech-dispatcher/modules/espeak-ng.conf', join(speechConfig, 'modules', 'espeak-ng.conf'));
    }
    writeFileSync(join(this.home, '.libao'), 'default_driver=null\n');
    const speechSocket = join(this.runtime, 'speech-dispatcher', 'speechd.sock');
    const speechd = this.#spawn('speech-dispatcher', 'speech-dispatcher', ['-s', '-t', '0']);
    await this.#whileRunning(speechd, 15000, 'the Speech Dispatcher socket', () => existsSync(speechSocket));

    // Orca, from a private copy that writes its debug log line by line (the original opens it
    // fully buffered, so the log would lag behind the speech by kilobytes).
    const source = readFileSync(ORCA, 'utf8');
    const patched = source.replace("open(args.debug_file, 'w')", "open(args.debug_file, 'w', buffering=1)");
    if (patched === source) throw new Error(`${ORCA} no longer opens its debug file as this patch expects; update it`);
    const orcaCopy = join(this.dir, 'orca');
    writeFileSync(orcaCopy, patched, { mode: 0o755 });
    const others = otherOrcas();
    if (others.length) {
      throw new Error(`another Orca runs for this user (pid ${others.join(', ')}), and Orca refuses to start beside one`);
    }
    // Its own interpreter (named on its first line), not whichever python3 comes first on PATH.
    const python = /^#!\s*(\S+)/.exec(source)?.[1] ?? '/usr/bin/python3';
    // Key echo off: the log then holds what the page makes Orca say (keys show as key events).
    const orca = this.#spawn('orca', python, [orcaCopy, '--disable', 'key-echo', '--debug-file', this.debugLog]);
    try {
      await this.#whileRunning(orca, 30000, 'Orca to say "Screen reader on."', () =>
        existsSync(this.debugLog) && readFileSync(this.debugLog, 'utf8').includes("SPEECH OUTPUT: 'Screen reader on.'"));
    } catch (error) {
      if (/already running|another screen reader/i.test(readFileSync(orca.output, 'utf8'))) {
        throw new Error(`Orca refused to start: it thinks another Orca runs for this user:\n${tail(orca.output)}`);
      }
      throw error;
    }
    this.log(`desktop ready on display ${this.display}`);
  }

  /** The last lines each process wrote, for a failure message. */
  diagnostics() {
    return this.processes
      .map(({ name, output, exited }) => `--- ${name}${exited !== null ? ` (exited: ${exited})` : ''}:\n${tail(output)}`)
      .join('\n');
  }

  /** Kills everything at once, synchronously (for exit and signal handlers). */
  killNow() {
    for (const { child } of [...this.processes].reverse()) if (child.pid) kill(-child.pid, 'SIGKILL');
    for (const pid of processesWith(this.marker)) kill(pid, 'SIGKILL');
    if (this.watchdog?.pid) kill(-this.watchdog.pid, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
    running.delete(this);
  }

  /**
   * Stops everything: each process group, last started first (SIGTERM, then SIGKILL after a
   * second at most), then anything else the desktop started; removes the temporary folder.
   */
  async stop() {
    for (const entry of [...this.processes].reverse()) {
      if (!entry.child.pid) continue;
      kill(-entry.child.pid, 'SIGTERM');
      const deadline = Date.now() + 1000;
      while (entry.exited === null && Date.now() < deadline) await sleep(25);
      kill(-entry.child.pid, 'SIGKILL');
    }
    for (let round = 0; round < 20; round++) {
      const left = processesWith(this.marker);
      if (!left.length) break;
      for (const pid of left) kill(pid, 'SIGKILL');
      await sleep(50);
    }
    if (this.watchdog?.pid) kill(-this.watchdog.pid, 'SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
    running.delete(this);
  }

  /** The pids of processes the desktop started that still run (none after `stop()`). */
  leftovers() {
    return processesWith(this.marker);
  }
}
