// A second version of the built widget, for testing how a new version replaces an old one.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const POST_BUILD = resolve(import.meta.dirname, '../../../scripts/post-build.mjs');

/**
 * The files of a build named after their contents: { script, wasm, stylesheet } by Trunk, and
 * the results module's { resultsScript, resultsWasm } by the post-build step.
 */
export function hashedFiles(dir) {
  const names = readdirSync(dir);
  const find = (pattern) => names.find((name) => pattern.test(name));
  return {
    script: find(/^gut-skin-check-[0-9a-f]+\.js$/),
    wasm: find(/^gut-skin-check-[0-9a-f]+_bg\.wasm$/),
    stylesheet: find(/^widget-[0-9a-f]+\.css$/),
    resultsScript: find(/^results-[0-9a-f]{16}\.js$/),
    resultsWasm: find(/^results-[0-9a-f]{16}_bg\.wasm$/),
  };
}

/** A wasm custom section (id 0) naming this build; any valid module may carry one. */
function customSection(text) {
  const name = Buffer.from('build');
  const body = Buffer.concat([Buffer.from([name.length]), name, Buffer.from(text)]);
  if (body.length > 127) throw new Error('section too long for a one-byte size');
  return Buffer.concat([Buffer.from([0, body.length]), body]);
}

/**
 * Writes to `to` a changed copy of the build in `from`: the script, the wasm, the widget's
 * stylesheet and the results module all get new content and so new hashed names, as a real
 * rebuild gives them, and the build's own post-build step writes the loader and service worker
 * for them. Returns the new build's hashed file names.
 */
export function changedBuild(from, to, tag = 'b') {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const old = hashedFiles(to);
  const hash = tag.repeat(16).slice(0, 16);
  const renamed = {
    script: old.script.replace(/-[0-9a-f]+\.js$/, `-${hash}.js`),
    wasm: old.wasm.replace(/-[0-9a-f]+_bg\.wasm$/, `-${hash}_bg.wasm`),
    stylesheet: old.stylesheet.replace(/-[0-9a-f]+\.css$/, `-${hash}.css`),
    resultsScript: `results-${hash}.js`,
    resultsWasm: `results-${hash}_bg.wasm`,
  };
  const replaceNames = (text) =>
    text
      .replaceAll(old.script, renamed.script)
      .replaceAll(old.wasm, renamed.wasm)
      .replaceAll(old.stylesheet, renamed.stylesheet);

  const wasm = readFileSync(join(to, old.wasm));
  writeFileSync(join(to, renamed.wasm), Buffer.concat([wasm, customSection(`version ${tag}`)]));
  const script = readFileSync(join(to, old.script), 'utf8');
  writeFileSync(join(to, renamed.script), `${replaceNames(script)}\n// version ${tag}\n`);
  const stylesheet = readFileSync(join(to, old.stylesheet), 'utf8');
  writeFileSync(join(to, renamed.stylesheet), `${stylesheet}\n/* version ${tag} */\n`);
  const resultsWasm = readFileSync(join(to, old.resultsWasm));
  writeFileSync(join(to, renamed.resultsWasm), Buffer.concat([resultsWasm, customSection(`version ${tag}`)]));
  const resultsScript = readFileSync(join(to, old.resultsScript), 'utf8');
  writeFileSync(join(to, renamed.resultsScript), `${resultsScript}\n// version ${tag}\n`);
  const replaced = [old.script, old.wasm, old.stylesheet, old.resultsScript, old.resultsWasm];
  for (const name of [...replaced, 'embed.js', 'sw.js']) rmSync(join(to, name));
  // Trunk's subresource-integrity hashes would no longer match the changed stylesheet.
  const index = readFileSync(join(to, 'index.html'), 'utf8');
  writeFileSync(join(to, 'index.html'), replaceNames(index).replace(/\s+integrity=("[^"]*"|[^\s>]+)/g, ''));

  execFileSync('node', [POST_BUILD, to], { stdio: 'ignore' });
  return renamed;
}
