'use strict';

// A CommonJS module imported from ESM (node's cjs-module-lexer finds the named exports).
const fs = require('node:fs');

function parse(text) {
  const releases = [];
  let current = null;
  for (const line of text.split('\n')) {
    const heading = /^## (\S+)/.exec(line);
    if (heading) {
      current = { version: heading[1], entries: [] };
      releases.push(current);
    } else if (current && line.startsWith('- ')) {
      const [kind, ...rest] = line.slice(2).split(': ');
      current.entries.push({ kind, text: rest.join(': ') });
    }
  }
  return releases;
}

function load(path) {
  return parse(fs.readFileSync(path, 'utf8'));
}

module.exports = { parse, load };
