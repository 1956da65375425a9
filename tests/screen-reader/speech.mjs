// What Orca says, read from its debug log as it grows, and real key presses that wait for it.
//
// Orca writes one timestamped record per event; a record's text may span lines (Orca indents
// the continuation lines by 18 spaces). Two kinds of record are speech:
//   12:00:00.000000 - SPEECH OUTPUT: 'How old are you? heading level 2'{'established': False}
//   12:00:00.000000 - WEB SAY ALL CONTENT: 0. [heading | How old are you?] 'How old are you?' (0-16)
// The first is everything Orca sends to the synthesizer outside say-all; the second is each piece
// of content Orca reads while it reads the page aloud by itself (on load).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const RECORD_START = /^\d\d:\d\d:\d\d\.\d+ - /;
const CONTINUATION = ' '.repeat(18);

/** The spoken text of one log record, or null when the record is not speech. */
export function parseRecord(record) {
  const body = record.replace(RECORD_START, '');
  if (body.startsWith("SPEECH OUTPUT: '")) {
    const rest = body.slice("SPEECH OUTPUT: '".length);
    // After the closing quote Orca appends an optional " voice=name" and the voice's settings,
    // a Python dict ("{...}"); key echo puts a space before it.
    const match = /^([\s\S]*)'(?: voice=\S+)? ?(\{[\s\S]*\})?$/.exec(rest);
    const text = match ? match[1] : rest;
    return { kind: 'speech', text };
  }
  const sayAll = /^WEB SAY ALL CONTENT: \d+\. [\s\S]*? '([\s\S]*)' \(-?\d+--?\d+\)$/.exec(body);
  if (sayAll) return { kind: 'say-all', text: sayAll[1] };
  return null;
}

/** Collapses whitespace, for comparing what was heard with what a page says. */
export function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Follows Orca's debug log from its current end. `utterances` holds everything spoken since,
 * each { text, kind, line } where line counts records read.
 */
export class SpeechLog {
  constructor(path) {
    if (!existsSync(path)) throw new Error(`no Orca debug log at ${path}`);
    this.path = path;
    this.fd = openSync(path, 'r');
    this.offset = 0;
    this.partial = '';
    /** Lines of the record being read (a record ends when the next one starts). */
    this.pending = [];
    this.records = 0;
    this.utterances = [];
    /** Key presses Orca received, by key name ("Tab", "ISO_Left_Tab", "space", "Return"). */
    this.keys = [];
    this.lastGrowth = Date.now();
    this.poll();
  }

  /** Reads what Orca has written since the last call; returns true if the log grew. */
  poll() {
    const size = fstatSync(this.fd).size;
    if (size <= this.offset) return false;
    const buffer = Buffer.alloc(size - this.offset);
    const read = readSync(this.fd, buffer, 0, buffer.length, this.offset);
    this.offset += read;
    this.lastGrowth = Date.now();
    const lines = (this.partial + buffer.subarray(0, read).toString('utf8')).split('\n');
    this.partial = lines.pop();
    for (const line of lines) {
      if (line.startsWith(CONTINUATION) && this.pending.length) {
        this.pending.push(line.slice(CONTINUATION.length));
      } else {
        this.#flush();
        this.pending.push(line);
      }
    }
    return true;
  }

  #flush() {
    if (!this.pending.length) return;
    const record = this.pending.join('\n');
    this.pending = [];
    this.records++;
    const key = /^vvvvv PROCESS ATSPI_KEY_PRESSED_EVENT: '(.+?)'/.exec(record);
    if (key) this.keys.push(key[1]);
    const spoken = parseRecord(record);
    if (spoken && spoken.text.trim()) this.utterances.push({ ...spoken, line: this.records });
  }

  /** Where the log is now: pass it to `since` for what was said after. */
  mark() {
    this.poll();
    this.#flush();
    return { utterances: this.utterances.length, keys: this.keys.length };
  }

  /** The utterances after `mark`. */
  since(mark) {
    this.#flush();
    return this.utterances.slice(mark.utterances);
  }

  /** The keys Orca received after `mark`. */
  keysSince(mark) {
    this.#flush();
    return this.keys.slice(mark.keys);
  }

  /**
   * Waits until the log has not grown for `quietMs` (counting from `start` at the earliest), or
   * `maxMs` since `start` at most. Returns whether it went quiet.
   */
  async quiet({ quietMs = 400, maxMs = 3000, start = Date.now() } = {}) {
    const deadline = start + maxMs;
    for (;;) {
      this.poll();
      const now = Date.now();
      if (now - Math.max(this.lastGrowth, start) >= quietMs) {
        this.#flush();
        return true;
      }
      if (now >= deadline) {
        this.#flush();
        return false;
      }
      await sleep(25);
    }
  }

  close() {
    closeSync(this.fd);
  }
}

/**
 * Real key presses on the desktop's display, through the X server (XTEST), so Orca sees them as
 * a person's. Key names are xdotool's: "Tab", "shift+Tab", "space", "Down", "Return".
 */
export class Keyboard {
  constructor(env, speech) {
    this.env = env;
    this.speech = speech;
  }

  /** Sends one key, as is, without waiting for anything. */
  send(key) {
    const result = spawnSync('xdotool', ['key', '--clearmodifiers', key], {
      env: this.env, encoding: 'utf8', timeout: 5000,
    });
    if (result.status !== 0) {
      throw new Error(`xdotool key ${key} failed: ${result.error?.message ?? result.stderr}`);
    }
  }

  /**
   * Presses `key`, then waits until Orca's log has been quiet for `quietMs` (at most `maxMs`).
   * Returns what was spoken since the key, { texts, heard (all of it, one line), quiet (false if
   * Orca was still busy at `maxMs`), keys (the key events Orca received: none means the key
   * never reached it) }.
   */
  async pressKey(key, { quietMs = 400, maxMs = 3000 } = {}) {
    const mark = this.speech.mark();
    const start = Date.now();
    this.send(key);
    const quiet = await this.speech.quiet({ quietMs, maxMs, start });
    const keys = this.speech.keysSince(mark);
    return { ...spoken(this.speech.since(mark), quiet), keys };
  }

  /** What is spoken from now until Orca has been quiet for `quietMs` (at most `maxMs`), without a key. */
  async listen({ quietMs = 400, maxMs = 3000 } = {}) {
    const mark = this.speech.mark();
    const quiet = await this.speech.quiet({ quietMs, maxMs });
    return spoken(this.speech.since(mark), quiet);
  }
}

function spoken(utterances, quiet) {
  const texts = utterances.map((u) => normalize(u.text));
  return { texts, heard: texts.join(' | '), quiet };
}
