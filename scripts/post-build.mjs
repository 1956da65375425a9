#!/usr/bin/env node
// Trunk's post-build step: writes the loader (embed.js) and the service worker (sw.js) into the
// build with the names Trunk gave the hashed files, and the service worker's precache list from
// the files actually built, so nothing is listed by hand.
//
// Usage: node scripts/post-build.mjs [build-dir]   (Trunk passes TRUNK_STAGING_DIR instead)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { shortenNames } from './wasm-names.mjs';

const project = resolve(import.meta.dirname, '..');
const build = resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? join(project, 'dist'));

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `source` with each placeholder replaced; a placeholder that is missing fails the build. */
function filledIn(source, what, values) {
  let filled = source;
  for (const [placeholder, value] of Object.entries(values)) {
    if (!filled.includes(placeholder)) fail(`${what} has no ${placeholder} to fill in`);
    filled = filled.replace(placeholder, () => value);
  }
  return filled;
}

function onlyMatch(names, pattern, what) {
  const found = names.filter((name) => pattern.test(name));
  if (found.length !== 1) fail(`expected one ${what} in ${build}, found ${found.length}`);
  return found[0];
}


const topLevel = readdirSync(build);
const appScript = onlyMatch(topLevel, /^gut-skin-check-[0-9a-f]+\.js$/, 'widget script');
const appWasm = onlyMatch(topLevel, /^gut-skin-check-[0-9a-f]+_bg\.wasm$/, 'widget wasm');
const stylesheet = onlyMatch(topLevel, /^widget-[0-9a-f]+\.css$/, 'widget stylesheet');

// With its loader off, Trunk leaves its placeholder for the wasm in the page: in its place go
// hints that fetch the script and the wasm while embed.js is still on its way.
const page = join(build, 'index.html');
const rustLink = /<link[^>]*\brel="?rust\b[^>]*>/;
const built = readFileSync(page, 'utf8');
// Run again on a build it already wrote, the page already names this build's script.
if (!rustLink.test(built) && !built.includes(`href="./${appScript}"`)) {
  fail("index.html has neither Trunk's placeholder for the wasm nor this build's script");
}
const index = built.replace(
  rustLink,
  `<link rel="modulepreload" href="./${appScript}" />\n    ` +
    `<link rel="preload" href="./${appWasm}" as="fetch" type="application/wasm" crossorigin />`,
);
writeFileSync(page, index);
// A strict Content-Security-Policy blocks inline scripts and styles, so none may ship.
if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(index)) fail('index.html has an inline script');
if (/\sstyle=/i.test(index) || /<style/i.test(index)) fail('index.html has inline styles');

// Trunk minifies the HTML and CSS but not the scripts; every script ships minified.
const minified = (source) => transformSync(source, { minify: true, format: 'esm', target: 'es2020' }).code;
/** Shortens the names a wasm and its glue share, then minifies the glue. */
function finishBundle(script, wasm) {
  let shortened;
  try {
    shortened = shortenNames(readFileSync(join(build, wasm)), readFileSync(join(build, script), 'utf8'));
  } catch (error) {
    fail(`${wasm}: ${error.message}`);
  }
  writeFileSync(join(build, wasm), shortened.wasm);
  writeFileSync(join(build, script), minified(shortened.glue));
}
finishBundle(appScript, appWasm);
// The content checker that Trunk builds beside the widget, for a blogger's own content file.
const checker = 'check-content.js';
if (!topLevel.includes(checker) || !topLevel.includes('check-content_bg.wasm')) fail('the build has no content checker');
finishBundle(checker, 'check-content_bg.wasm');
// The results module, fetched once the reader is under way (src/bin/results/main.rs). Trunk names
// it plainly; it is renamed after its contents, as Trunk names the widget's own files, so a
// browser's cache can never hand a page the results module of another build.
let resultsScript = topLevel.find((name) => /^results-[0-9a-f]{16}\.js$/.test(name));
let resultsWasm = topLevel.find((name) => /^results-[0-9a-f]{16}_bg\.wasm$/.test(name));
if (!resultsScript || !resultsWasm) {
  if (!topLevel.includes('results.js') || !topLevel.includes('results_bg.wasm')) fail('the build has no results module');
  finishBundle('results.js', 'results_bg.wasm');
  const hash = createHash('sha256')
    .update(readFileSync(join(build, 'results.js')))
    .update(readFileSync(join(build, 'results_bg.wasm')))
    .digest('hex')
    .slice(0, 16);
  resultsScript = `results-${hash}.js`;
  resultsWasm = `results-${hash}_bg.wasm`;
  renameSync(join(build, 'results.js'), join(build, resultsScript));
  renameSync(join(build, 'results_bg.wasm'), join(build, resultsWasm));
}
// The content editor (src/bin/editor/), loaded only by editor.html: renamed after its contents as
// the results module is, so a browser's cache never mixes two builds' editor files.
let editorScript = topLevel.find((name) => /^editor-[0-9a-f]{16}\.js$/.test(name));
let editorWasm = topLevel.find((name) => /^editor-[0-9a-f]{16}_bg\.wasm$/.test(name));
if (!editorScript || !editorWasm) {
  if (!topLevel.includes('editor.js') || !topLevel.includes('editor_bg.wasm')) fail('the build has no content editor');
  finishBundle('editor.js', 'editor_bg.wasm');
  const hash = createHash('sha256')
    .update(readFileSync(join(build, 'editor.js')))
    .update(readFileSync(join(build, 'editor_bg.wasm')))
    .digest('hex')
    .slice(0, 16);
  editorScript = `editor-${hash}.js`;
  editorWasm = `editor-${hash}_bg.wasm`;
  renameSync(join(build, 'editor.js'), join(build, editorScript));
  renameSync(join(build, 'editor_bg.wasm'), join(build, editorWasm));
}
// The results' styles, which the loader adds with the results module: minified and named after
// their contents, as Trunk names the widget's stylesheet. Run again on its own output, the build
// already holds the named file.
let resultsStylesheet = topLevel.find((name) => /^results-[0-9a-f]{16}\.css$/.test(name));
if (!resultsStylesheet) {
  if (!topLevel.includes('results.css')) fail('the build has no results.css');
  const css = transformSync(readFileSync(join(build, 'results.css'), 'utf8'), { loader: 'css', minify: true }).code;
  resultsStylesheet = `results-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  writeFileSync(join(build, resultsStylesheet), css);
  rmSync(join(build, 'results.css'));
}
// The same checker as a command for Node.js, for bloggers with no Rust toolchain; not precached.
const checkerCommand = 'check-content.mjs';
writeFileSync(join(build, checkerCommand), readFileSync(join(project, 'assets', checkerCommand), 'utf8'));
writeFileSync(join(build, 'frame-host.js'), minified(readFileSync(join(project, 'assets/frame-host.js'), 'utf8')));

// The content's review (REVIEW.md) sits beside the files it reviews, for the people who sign
// it off; readers never fetch it, so it is not shipped.
for (const name of readdirSync(join(build, 'content')).filter((name) => name.endsWith('.md'))) {
  rmSync(join(build, 'content', name));
}
// The part of each content file the widget needs to ask the questions, served on its own as
// <lang>.start.json, the only content in the first load; the whole file follows with the results
// module. Which parts and which interface texts, the content checker says (src/content.rs and
// src/interface.rs decide). Of the questions and scores, the start leaves out the fields only the
// results read.
const { initSync, start_parts: startParts, start_texts: startTexts } = await import(pathToFileURL(join(build, checker)).href);
initSync({ module: readFileSync(join(build, 'check-content_bg.wasm')) });
const startKeys = startParts();
const widgetTexts = new Set(startTexts());
// Scores are worked out by the results module only (it tells the widget the focus areas), so
// the weights, and which answers score for whom, stay out of the first load too.
const RESULTS_ONLY_FIELDS = {
  question: ['summary_links', 'unscored_if'],
  option: ['says', 'short', 'weak_link', 'weights'],
  score: ['about'],
};
function startOf(whole) {
  const start = Object.fromEntries(startKeys.filter((key) => key in whole).map((key) => [key, whole[key]]));
  if (start.interface) {
    start.interface = Object.fromEntries(Object.entries(start.interface).filter(([key]) => widgetTexts.has(key)));
  }
  const without = (object, fields) => Object.fromEntries(Object.entries(object).filter(([key]) => !fields.includes(key)));
  start.scores = (start.scores ?? []).map((score) => without(score, RESULTS_ONLY_FIELDS.score));
  start.questions = (start.questions ?? []).map((question) => ({
    ...without(question, RESULTS_ONLY_FIELDS.question),
    options: (question.options ?? []).map((option) => without(option, RESULTS_ONLY_FIELDS.option)),
  }));
  return start;
}
// Served without the indentation that keeps them easy to edit: the same JSON, smaller gzipped.
for (const name of readdirSync(join(build, 'content')).filter((name) => /^[^.]+\.json$/.test(name))) {
  const file = join(build, 'content', name);
  const whole = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify(whole));
  writeFileSync(join(build, 'content', name.replace(/\.json$/, '.start.json')), JSON.stringify(startOf(whole)));
}
// The languages the loader may choose from: one content file each, copied by Trunk.
const contentFiles = readdirSync(join(build, 'content'));
// The loader asks for content/<tag>.json with the tag in small letters.
const capitalised = contentFiles.filter((name) => name !== name.toLowerCase());
if (capitalised.length > 0) fail(`content file names are in small letters: ${capitalised.join(', ')}`);
const languages = contentFiles
  .filter((name) => /^[a-z]{2,3}(-[a-z0-9]+)*\.json$/.test(name))
  .map((name) => name.slice(0, -'.json'.length).toLowerCase())
  .sort();
if (!languages.includes('en')) fail('the build has no content/en.json, the language of last resort');

const loader = filledIn(readFileSync(join(project, 'assets/embed.js'), 'utf8'), 'assets/embed.js', {
  __GSC_APP_JS__: appScript,
  __GSC_APP_WASM__: appWasm,
  __GSC_RESULTS_JS__: resultsScript,
  __GSC_RESULTS_WASM__: resultsWasm,
  __GSC_STYLESHEET__: stylesheet,
  __GSC_RESULTS_STYLESHEET__: resultsStylesheet,
  __GSC_LANGUAGES__: JSON.stringify(languages),
});
writeFileSync(join(build, 'embed.js'), minified(loader));

// The content editor's page and its preview, written from assets/ with the build's names. The
// preview is the widget's own page with assets/preview.js before the loader: index.html and
// embed.js stay exactly as the first load needs them.
const pageStylesheet = onlyMatch(topLevel, /^page-[0-9a-f]+\.css$/, 'page stylesheet');
const editorLoader = filledIn(readFileSync(join(project, 'assets/editor.js'), 'utf8'), 'assets/editor.js', {
  __GSC_EDITOR_JS__: editorScript,
  __GSC_EDITOR_WASM__: editorWasm,
  __GSC_LANGUAGES__: JSON.stringify(languages),
});
writeFileSync(join(build, 'editor.js'), minified(editorLoader));
writeFileSync(join(build, 'preview.js'), minified(readFileSync(join(project, 'assets/preview.js'), 'utf8')));
const icon = onlyMatch(topLevel, /^icon-[0-9a-f]+\.svg$/, 'icon');
writeFileSync(join(build, 'editor.html'), filledIn(readFileSync(join(project, 'assets/editor.html'), 'utf8'), 'assets/editor.html', { __GSC_ICON__: icon }));
writeFileSync(
  join(build, 'preview.html'),
  filledIn(readFileSync(join(project, 'assets/preview.html'), 'utf8'), 'assets/preview.html', {
    __GSC_PAGE_STYLESHEET__: pageStylesheet,
    __GSC_ICON__: icon,
  }),
);
writeFileSync(join(build, 'editor.css'), transformSync(readFileSync(join(project, 'styles/editor.css'), 'utf8'), { loader: 'css', minify: true }).code);
for (const page of ['editor.html', 'preview.html']) {
  const html = readFileSync(join(build, page), 'utf8');
  if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html) || /\sstyle=/i.test(html) || /<style/i.test(html)) fail(`${page} has an inline script or style`);
}
const editorFiles = [editorScript, editorWasm, 'editor.js', 'editor.css', 'editor.html', 'preview.js', 'preview.html'];

const files = filesIn(build)
  .map((file) => relative(build, file).split(sep).join('/'))
  .filter((file) => file !== 'sw.js' && file !== checkerCommand)
  .sort();
// Only a page with a blogger's own content file runs the checker, and such a page is not kept
// offline (its content file is not the widget's): the worker leaves it out, so readers do not
// download it for nothing. It still counts towards the version.
// Nor does it keep the content editor: bloggers use it, readers never do.
const notKept = [checker, 'check-content_bg.wasm', ...editorFiles];
const version = createHash('sha256');
for (const file of files) {
  version.update(file).update('\0').update(readFileSync(join(build, file))).update('\0');
}
const worker = filledIn(readFileSync(join(project, 'assets/sw.js'), 'utf8'), 'assets/sw.js', {
  __GSC_VERSION__: version.digest('hex').slice(0, 16),
  __GSC_FILES__: JSON.stringify(files.filter((file) => !notKept.includes(file))),
});
writeFileSync(join(build, 'sw.js'), minified(worker));

console.log(`post-build: embed.js and sw.js written; ${files.length - notKept.length} files precached`);
