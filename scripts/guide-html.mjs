#!/usr/bin/env node
// Writes the bloggers' guide (docs/guide.md) as one HTML page a browser opens from the release
// package, with no request to anything else.
//
// Usage: node scripts/guide-html.mjs docs/guide.md guide.html
import { readFileSync, writeFileSync } from 'node:fs';
import { marked } from 'marked';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/guide-html.mjs GUIDE.md OUT.html');
  process.exit(2);
}
const markdown = readFileSync(from, 'utf8');
const title = /^# (.+)$/m.exec(markdown)?.[1] ?? 'Gut–Skin Check';
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

writeFileSync(
  to,
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font: 1rem/1.55 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f1d; }
  h1, h2 { line-height: 1.2; color: #1d6b52; }
  code { font-size: 0.92em; background: #eef2ef; padding: 0 0.2em; border-radius: 3px; }
  pre { background: #eef2ef; padding: 0.8rem; overflow-x: auto; border-radius: 6px; }
  pre code { padding: 0; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #c9d3cd; padding: 0.35rem 0.6rem; text-align: start; vertical-align: top; }
  @media (prefers-color-scheme: dark) {
    body { background: #141816; color: #eef2ef; }
    h1, h2 { color: #7fd1b0; }
    code, pre { background: #25302b; }
    th, td { border-color: #3b4a43; }
  }
</style>
</head>
<body>
${marked.parse(markdown)}</body>
</html>
`,
);
