// Shortens the names a wasm module and its wasm-bindgen glue know each other by.
//
// wasm-bindgen names every import after the browser function it wraps plus a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`), from a module named after the file, and names
// the closure entry points it exports with a hash too (`…__invoke__h4a96dd2f26cd2bb9`). Each
// name is written in the wasm and again in the glue, and the hashes do not compress: renaming
// them short in both files, consistently, took 4.5 KB off the widget's gzipped first load and
// changes nothing else.

/** Reads an unsigned LEB128 number at `offset`: [value, next offset]. */
function readU32(bytes, offset) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[offset++];
    if (byte === undefined) throw new Error('the wasm ends inside a number');
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, offset];
    shift += 7;
    if (shift > 35) throw new Error('a number in the wasm is too long');
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encode = (text) => [...new TextEncoder().encode(text)];

function readName(bytes, offset) {
  const [length, start] = readU32(bytes, offset);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

const nameBytes = (name) => {
  const encoded = encode(name);
  return [...writeU32(encoded.length), ...encoded];
};

/** Skips a value type, which may be a reference type with a heap type after it. */
function skipValueType(bytes, offset) {
  const kind = bytes[offset];
  // (ref null ht) and (ref ht) carry a heap type: a signed LEB128 number.
  if (kind === 0x63 || kind === 0x64) {
    offset += 1;
    while (bytes[offset] & 0x80) offset += 1;
    return offset + 1;
  }
  return offset + 1;
}

function skipLimits(bytes, offset) {
  const flags = bytes[offset];
  let next = readU32(bytes, offset + 1)[1];
  if (flags & 1) next = readU32(bytes, next)[1];
  // A custom page size follows, as its log2.
  if (flags & 8) next = readU32(bytes, next)[1];
  return next;
}

/** The bytes of one import's description, after its two names. */
function skipImportDescription(bytes, offset) {
  const kind = bytes[offset];
  offset += 1;
  switch (kind) {
    case 0x00: // function: its type's index
      return readU32(bytes, offset)[1];
    case 0x01: // table: element type, limits
      return skipLimits(bytes, skipValueType(bytes, offset));
    case 0x02: // memory: limits
      return skipLimits(bytes, offset);
    case 0x03: // global: value type, mutability
      return skipValueType(bytes, offset) + 1;
    case 0x04: // tag: attribute, type index
      return readU32(bytes, offset + 1)[1];
    default:
      throw new Error(`unknown import kind ${kind}`);
  }
}

/** Short names that are also plain JavaScript identifiers: a, b, …, Z, a0, … */
function* shortNames(taken) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (let round = -1; ; round += 1) {
    for (const letter of letters) {
      const name = round < 0 ? letter : `${letter}${round}`;
      if (!taken.has(name)) yield name;
    }
  }
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `glue` with every whole-word `from` replaced by `to`, or only those read as a property
 * (`wasm.from`) when `onlyProperty`; fails unless it appears `expected` times (or at least once,
 * for `null`).
 */
function renameInGlue(glue, from, to, expected, onlyProperty = false) {
  const before = onlyProperty ? '(?<=\\.)' : '(?<![\\w$])';
  const word = new RegExp(`${before}${escapeRegExp(from)}(?![\\w$])`, 'g');
  const found = glue.match(word)?.length ?? 0;
  if (expected === null ? found === 0 : found !== expected) {
    throw new Error(`the glue names ${from} ${found} times, expected ${expected ?? 'at least once'}`);
  }
  return glue.replace(word, to);
}

/**
 * The wasm and its glue with the hashed import and export names, and the glue module's name,
 * made short. A build whose names are already short is returned as it is, so running twice is
 * harmless. Anything unexpected in either file throws rather than writes a broken pair.
 */
export function shortenNames(wasm, glue) {
  const bytes = new Uint8Array(wasm);
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) {
    throw new Error('not a wasm module');
  }
  const sections = [];
  let offset = 8;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = readU32(bytes, offset + 1);
    sections.push({ id, start, end: start + size });
    offset = start + size;
  }
  const importSection = sections.find((section) => section.id === 2);
  const exportSection = sections.find((section) => section.id === 7);
  if (!importSection || !exportSection) throw new Error('the wasm has no imports or no exports');

  const imports = [];
  let at = importSection.start;
  let count;
  [count, at] = readU32(bytes, at);
  for (let i = 0; i < count; i += 1) {
    let module;
    let name;
    [module, at] = readName(bytes, at);
    [name, at] = readName(bytes, at);
    const descriptionStart = at;
    at = skipImportDescription(bytes, at);
    imports.push({ module, name, description: bytes.subarray(descriptionStart, at) });
  }
  const exports = [];
  at = exportSection.start;
  [count, at] = readU32(bytes, at);
  for (let i = 0; i < count; i += 1) {
    let name;
    [name, at] = readName(bytes, at);
    const descriptionStart = at;
    at = readU32(bytes, at + 1)[1];
    exports.push({ name, description: bytes.subarray(descriptionStart, at) });
  }

  const glueModules = [...new Set(imports.map((entry) => entry.module))].filter((module) => module.endsWith('_bg.js'));
  const hashed = /_h?[0-9a-f]{16}$/;
  const renamedImports = imports.filter((entry) => glueModules.includes(entry.module) && hashed.test(entry.name));
  const renamedExports = exports.filter((entry) => hashed.test(entry.name));
  if (glueModules.length === 0 && renamedImports.length === 0 && renamedExports.length === 0) {
    return { wasm, glue, renamed: 0 };
  }
  if (glueModules.length !== 1) throw new Error(`expected one glue module, found ${glueModules.length}`);

  const taken = new Set([...imports.map((entry) => entry.name), ...exports.map((entry) => entry.name)]);
  const names = shortNames(taken);
  const moduleName = 'w';
  glue = renameInGlue(glue, `"${glueModules[0]}"`, `"${moduleName}"`, 1);
  const newImportName = new Map();
  for (const entry of renamedImports) {
    const short = names.next().value;
    glue = renameInGlue(glue, entry.name, short, 1);
    newImportName.set(entry, short);
  }
  const newExportName = new Map();
  // The glue also names a function of its own after each export, which its minifier renames:
  // only its reads of the export (`wasm.name`) change here.
  for (const entry of renamedExports) {
    const short = names.next().value;
    glue = renameInGlue(glue, entry.name, short, null, true);
    newExportName.set(entry, short);
  }

  const importBody = [...writeU32(imports.length)];
  for (const entry of imports) {
    const module = glueModules.includes(entry.module) ? moduleName : entry.module;
    importBody.push(...nameBytes(module), ...nameBytes(newImportName.get(entry) ?? entry.name), ...entry.description);
  }
  const exportBody = [...writeU32(exports.length)];
  for (const entry of exports) {
    exportBody.push(...nameBytes(newExportName.get(entry) ?? entry.name), ...entry.description);
  }

  const out = [...bytes.subarray(0, 8)];
  for (const section of sections) {
    const body =
      section === importSection ? importBody : section === exportSection ? exportBody : bytes.subarray(section.start, section.end);
    out.push(section.id, ...writeU32(body.length));
    for (const byte of body) out.push(byte);
  }
  return { wasm: Uint8Array.from(out), glue, renamed: renamedImports.length + renamedExports.length };
}
