#!/usr/bin/env node
// The release's one version number, as Cargo.toml gives it, and every other place that must say
// the same: package.json and its lock, Cargo.lock, the WordPress plugin's header, constant,
// readme.txt and block.json, and the newest entry of CHANGELOG.md.
//
//   node scripts/version.mjs            prints the version; exits 1, naming each place, if any disagrees
//   node scripts/version.mjs set 0.2.0  writes 0.2.0 in every place (then add its CHANGELOG entry)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT = resolve(import.meta.dirname, '..');
const PLUGIN = 'wordpress/gut-skin-check';

/** Each place: its file, and a pattern whose first group is the version there. */
export const PLACES = [
  { name: 'Cargo.toml', file: 'Cargo.toml', pattern: /^\[package\][^[]*?^version = "([^"]+)"/m },
  { name: 'Cargo.lock', file: 'Cargo.lock', pattern: /^name = "gut-skin-check"\nversion = "([^"]+)"/m },
  { name: 'package.json', file: 'package.json', pattern: /^ {2}"version": "([^"]+)"/m },
  { name: 'package-lock.json', file: 'package-lock.json', pattern: /^ {6}"name": "gut-skin-check-tests",\n {6}"version": "([^"]+)"/m },
  { name: 'the plugin header', file: `${PLUGIN}/gut-skin-check.php`, pattern: /^ \* Version: +(\S+)$/m },
  { name: 'the plugin constant', file: `${PLUGIN}/gut-skin-check.php`, pattern: /define\('GUT_SKIN_CHECK_VERSION', '([^']+)'\)/ },
  { name: 'readme.txt', file: `${PLUGIN}/readme.txt`, pattern: /^Stable tag: (\S+)$/m },
  { name: 'block.json', file: `${PLUGIN}/block/block.json`, pattern: /^\t"version": "([^"]+)"/m },
  { name: 'CHANGELOG.md', file: 'CHANGELOG.md', pattern: /^## \[?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/m },
];

/** { place name: version found there, or null } */
export function versions(root = PROJECT) {
  return Object.fromEntries(
    PLACES.map(({ name, file, pattern }) => [name, pattern.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? null]),
  );
}

/** The version, when every place agrees; else an Error naming the places that do not. */
export function agreedVersion(root = PROJECT) {
  const found = versions(root);
  const version = found['Cargo.toml'];
  const wrong = Object.entries(found).filter(([, v]) => v !== version);
  if (!version || wrong.length > 0) {
    const list = wrong.map(([name, v]) => `${name} says ${v ?? 'nothing'}`).join(', ');
    throw new Error(`Cargo.toml says ${version ?? 'nothing'}, but ${list}`);
  }
  return version;
}

function set(version, root = PROJECT) {
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`${version} is not a version like 1.2.3`);
  for (const { file, pattern, name } of PLACES) {
    if (name === 'CHANGELOG.md') continue;
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const match = pattern.exec(text);
    if (!match) throw new Error(`no version found in ${file}`);
    const at = match.index + match[0].lastIndexOf(match[1]);
    writeFileSync(path, text.slice(0, at) + version + text.slice(at + match[1].length));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (process.argv[2] === 'set') {
      set(process.argv[3] ?? '');
      console.log(`version ${process.argv[3]} written; add its entry to CHANGELOG.md`);
    } else {
      console.log(agreedVersion());
    }
  } catch (error) {
    console.error(`version: ${error.message}`);
    process.exit(1);
  }
}
