// The release as a blogger downloads it (run ./scripts/package first): one version everywhere;
// the package unzipped into a plain folder, its checksums verified, and the embedding tests
// passed against it served as it is; the WordPress plugin built from the same bundle, its PHP
// sound.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { PLACES, versions } from '../../scripts/version.mjs';

const PROJECT = resolve(import.meta.dirname, '../..');
const RELEASE = join(PROJECT, 'dist-release');
const version = versions()['Cargo.toml'];
const PACKAGE = `gut-skin-check-${version}`;
const PLUGIN_ZIP = `gut-skin-check-wordpress-${version}.zip`;
const folder = mkdtempSync(join(tmpdir(), 'gsc-release-'));

after(() => rmSync(folder, { recursive: true, force: true }));

function run(command, args, options = {}) {
  return spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options });
}

function filesIn(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => relative(dir, path))
    .sort();
}

function unzip(zip, to) {
  const result = run('unzip', ['-q', join(RELEASE, zip), '-d', to]);
  assert.equal(result.status, 0, result.stderr);
  return to;
}

describe('the version', () => {
  test('Cargo.toml, package.json, the plugin header, readme.txt, block.json and the changelog agree', () => {
    const found = versions();
    assert.match(version, /^\d+\.\d+\.\d+/);
    assert.deepEqual(Object.keys(found), PLACES.map((place) => place.name));
    for (const [place, said] of Object.entries(found)) assert.equal(said, version, `${place} says ${said}`);
  });
});

describe('the release package', () => {
  const unzipped = join(folder, 'package');

  test('holds the bundle, the guide, LICENSE, CHANGELOG.md and SHA256SUMS, and its checksums verify', () => {
    unzip(`${PACKAGE}.zip`, unzipped);
    assert.deepEqual(readdirSync(unzipped), [PACKAGE]);
    const top = join(unzipped, PACKAGE);
    const files = filesIn(top);
    for (const file of ['CHANGELOG.md', 'LICENSE', 'SHA256SUMS', 'guide.html', 'guide.md', 'gut-skin-check/index.html', 'gut-skin-check/embed.js', 'gut-skin-check/frame-host.js', 'gut-skin-check/sw.js', 'gut-skin-check/check-content.mjs', 'gut-skin-check/content/en.json', 'gut-skin-check/content/es.json']) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    assert.match(readFileSync(join(top, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.match(readFileSync(join(top, 'guide.html'), 'utf8'), /<h2>On WordPress<\/h2>/);
    const sums = readFileSync(join(top, 'SHA256SUMS'), 'utf8').trim().split('\n');
    assert.deepEqual(sums.map((line) => line.split('  ')[1]), files.filter((file) => file !== 'SHA256SUMS'), 'every file is listed');
    const checked = run('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: top });
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);

    const zips = run('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: RELEASE });
    assert.equal(zips.status, 0, zips.stdout + zips.stderr);
  });

  test('its content checker runs with Node.js from the unzipped folder', () => {
    const bundle = join(unzipped, PACKAGE, 'gut-skin-check');
    const checked = run(process.execPath, ['check-content.mjs', 'content/en.json', 'content/es.json'], { cwd: bundle });
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  });

  test('passes the embedding tests, served as it is from a plain folder', () => {
    const bundle = join(unzipped, PACKAGE, 'gut-skin-check');
    // A test run of its own, not a part of this one (which node:test would make it, told by NODE_TEST_CONTEXT).
    const { NODE_TEST_CONTEXT, ...env } = process.env;
    const embedding = run(process.execPath, ['--test', '--test-reporter=spec', 'tests/browser/embedding.test.mjs'], {
      cwd: PROJECT,
      env: { ...env, GSC_BUNDLE: bundle },
      timeout: 10 * 60_000,
    });
    process.stdout.write(embedding.stdout.replace(/^/gm, '    '));
    assert.equal(embedding.status, 0, embedding.stderr);
    assert.match(embedding.stdout, /ℹ fail 0/);
  });
});

describe('the WordPress plugin', () => {
  const unzipped = join(folder, 'plugin');

  test('is the plugin folder with the very same bundle in widget/', () => {
    unzip(PLUGIN_ZIP, unzipped);
    assert.deepEqual(readdirSync(unzipped), ['gut-skin-check']);
    const plugin = join(unzipped, 'gut-skin-check');
    const files = filesIn(plugin);
    for (const file of ['gut-skin-check.php', 'readme.txt', 'uninstall.php', 'LICENSE', 'includes/words.php', 'block/block.json', 'block/index.js', 'block/index.asset.php', 'block/render.php', 'widget/worker.php', 'widget/editor.html']) {
      assert.ok(files.includes(file), `${file} is in the plugin`);
    }
    const bundle = join(folder, 'package', PACKAGE, 'gut-skin-check');
    const widget = files.filter((file) => file.startsWith('widget/') && file !== 'widget/worker.php').map((file) => file.slice('widget/'.length));
    assert.deepEqual(widget, filesIn(bundle));
    for (const file of widget) {
      assert.ok(readFileSync(join(plugin, 'widget', file)).equals(readFileSync(join(bundle, file))), `widget/${file} is the package's`);
    }
  });

  test('its readme.txt gives the guide’s analytics snippet, word for word', () => {
    const guide = readFileSync(join(PROJECT, 'docs/guide.md'), 'utf8');
    const snippet = [...guide.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((code) => code.includes('gut_skin_check_start'));
    const readme = readFileSync(join(unzipped, 'gut-skin-check', 'readme.txt'), 'utf8');
    const indented = [...readme.matchAll(/\n((?: {4}.*\n)+)/g)].map((m) => m[1]).find((code) => code.includes('gut_skin_check_start'));
    assert.ok(snippet && indented, 'both hold the snippet');
    assert.equal(indented.replace(/^ {4}/gm, ''), snippet);
  });

  test('every PHP file passes php -l, and the source passes phpcs with its ruleset', () => {
    const plugin = join(unzipped, 'gut-skin-check');
    const php = filesIn(plugin).filter((file) => file.endsWith('.php'));
    assert.ok(php.length >= 8, `${php}`);
    for (const file of php) {
      const linted = run('php', ['-l', join(plugin, file)]);
      assert.equal(linted.status, 0, `${file}: ${linted.stdout}${linted.stderr}`);
    }
    const style = run('phpcs', ['--standard=wordpress/phpcs.xml', '--report=full'], { cwd: PROJECT });
    assert.equal(style.status, 0, style.stdout + style.stderr);
  });
});
