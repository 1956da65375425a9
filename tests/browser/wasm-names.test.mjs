// The build's renaming of the names a wasm and its glue share (scripts/wasm-names.mjs), on a
// small module written out by hand: what it renames still links up, and what it cannot rename
// safely stops the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { shortenNames } from '../../scripts/wasm-names.mjs';

const name = (text) => [text.length, ...Buffer.from(text)];
const section = (id, body) => [id, body.length, ...body];

/** A module importing `log` from the glue and exporting `call`, which calls it. */
function module({ importName, exportName }) {
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [0x01, 0x60, 0x00, 0x00]),
    ...section(2, [0x01, ...name('./x_bg.js'), ...name(importName), 0x00, 0x00]),
    ...section(3, [0x01, 0x00]),
    ...section(7, [0x01, ...name(exportName), 0x00, 0x01]),
    ...section(10, [0x01, 0x04, 0x00, 0x10, 0x00, 0x0b]),
  ]);
}

const LOG = '__wbg_log_0123456789abcdef';
const CALL = 'wasm_bindgen__convert__closures_____invoke__hfedcba9876543210';
// The glue names a function of its own after the export, as wasm-bindgen's does; that name stays.
const GLUE = `const imports = { "./x_bg.js": { ${LOG}: function () { logged += 1; } } };\nfunction ${CALL}() { wasm.${CALL}(); }\n`;

test('hashed names become short in the wasm and the glue alike, and still link up', async () => {
  const { wasm, glue, renamed } = shortenNames(module({ importName: LOG, exportName: CALL }), GLUE);
  assert.equal(renamed, 2);
  const compiled = await WebAssembly.compile(wasm);
  const [imported] = WebAssembly.Module.imports(compiled);
  const [exported] = WebAssembly.Module.exports(compiled);
  assert.deepEqual(imported, { module: 'w', name: 'a', kind: 'function' });
  assert.equal(exported.name, 'b');
  assert.equal(glue, `const imports = { "w": { a: function () { logged += 1; } } };\nfunction ${CALL}() { wasm.b(); }\n`);

  let logged = 0;
  const instance = await WebAssembly.instantiate(compiled, { w: { a: () => (logged += 1) } });
  instance.exports.b();
  assert.equal(logged, 1);
});

test('a build already shortened is left as it is', () => {
  const first = shortenNames(module({ importName: LOG, exportName: CALL }), GLUE);
  const second = shortenNames(first.wasm, first.glue);
  assert.equal(second.renamed, 0);
  assert.deepEqual(second.wasm, first.wasm);
  assert.equal(second.glue, first.glue);
});

test('a glue that names an import other than once stops the build', () => {
  const twice = GLUE.replace('logged += 1;', `logged += 1; // ${LOG}`);
  assert.throws(() => shortenNames(module({ importName: LOG, exportName: CALL }), twice), /names __wbg_log_0123456789abcdef 2 times/);
  const never = GLUE.replace(LOG, 'log');
  assert.throws(() => shortenNames(module({ importName: LOG, exportName: CALL }), never), /0 times/);
});

test('bytes that are not a wasm module stop the build', () => {
  assert.throws(() => shortenNames(Buffer.from('not wasm'), GLUE), /not a wasm module/);
});
