// What most test files share: the release build served on loopback and one Chromium, for the
// whole file, and the widget the current test keeps in `widget`, closed after it with a clean
// console asserted.
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';

import { serve } from './server.mjs';
import { Widget, launch } from './widget.mjs';

/** Registers the file's hooks; the returned object holds the server and browser once started. */
export function servedBuild() {
  const build = {
    server: undefined,
    browser: undefined,
    /** A widget left open by the test that opened it, closed after that test. */
    widget: undefined,
    /** The standalone page, in a fresh browser context: `Widget.open`'s options. */
    open(contextOptions, options) {
      return Widget.open(build.browser, build.server.url, contextOptions, options);
    },
  };

  before(async () => {
    build.server = await serve();
    build.browser = await launch();
  });

  after(async () => {
    await build.browser?.close();
    await build.server?.close();
  });

  afterEach(async () => {
    // Every run must leave the console clean: no errors, no panics.
    const errors = build.widget?.errors ?? [];
    await build.widget?.close();
    build.widget = undefined;
    assert.deepEqual(errors, [], 'console errors');
  });

  return build;
}
