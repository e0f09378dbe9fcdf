// In-process throughput of a peer linter over a directory of Dockerfiles (files read into memory first),
// the same measurement bench/lint_bench.cpp makes for distill. Usage: node lint_all.js dockerfilelint|dockerfile-utils DIR
'use strict';
const fs = require('fs');
const path = require('path');
const [tool, dir] = process.argv.slice(2);
const files = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = files.reduce((n, s) => n + Buffer.byteLength(s), 0);
let lint;
if (tool === 'dockerfilelint') {
  const dfl = require('dockerfilelint');
  lint = (text) => dfl.run(__dirname, text);
} else {
  const utils = require('dockerfile-utils');
  lint = (text) => utils.validate(text);
}
let problems = 0;
for (let round = 0; round < 2; round++) {  // first round warms the JIT
  const start = process.hrtime.bigint();
  problems = 0;
  for (const text of files) {
    try { problems += lint(text).length; } catch (e) { problems += 0; }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (round === 1) {
    console.log(`${tool}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(3)} s -> ` +
                `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(files.length / seconds).toFixed(0)} files/s, ${problems} problems`);
  }
}
