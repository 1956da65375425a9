#!/usr/bin/env node
// Checks content files before they are published, with the checks the build runs on the shipped
// ones, for a blogger with Node.js and no Rust toolchain. Run it from the widget's folder:
//
//   node check-content.mjs my-content.json [more.json …]
//
// It prints every problem with its JSON path and exits with 1 if there is any. The checks are
// the widget's own checker (check-content.js and its wasm, beside this file).
import { readFileSync } from 'node:fs';
import { check, initSync } from './check-content.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check-content.mjs FILE.json [FILE.json …]');
  process.exit(2);
}
initSync({ module: readFileSync(new URL('./check-content_bg.wasm', import.meta.url)) });

let sound = true;
for (const file of files) {
  const problems = problemsIn(file);
  if (problems.length === 0) {
    console.log(`${file}: no problems`);
    continue;
  }
  sound = false;
  console.log(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const [path, message] of problems) console.log(path ? `  ${path}: ${message}` : `  ${message}`);
}
process.exit(sound ? 0 : 1);

/** Every problem in `file`, as `[path, message]`. */
function problemsIn(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [['', `cannot be read (${error.message})`]];
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [[place(text, error.message), `not valid JSON: ${error.message}`]];
  }
  const found = check(json);
  const problems = [];
  for (let at = 0; at < found.length; at += 2) problems.push([found[at], found[at + 1]]);
  return problems;
}

/** Where JSON.parse stopped, as a line and column, from the position its message gives. */
function place(text, message) {
  const position = /at position (\d+)/.exec(message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1])).split('\n');
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}
