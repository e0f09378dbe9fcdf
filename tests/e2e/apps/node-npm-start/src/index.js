import { accessSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { load } from './changelog.cjs';

const cwd = process.cwd();
let writable = 'yes';
try {
  accessSync(cwd, constants.W_OK);
} catch {
  writable = 'no';
}
process.stderr.write(`e2e-probe: uid=${process.getuid()} cwd=${cwd} writable=${writable}\n`);

const releases = load(fileURLToPath(new URL('../CHANGELOG.md', import.meta.url)));
for (const release of releases) {
  const kinds = {};
  for (const e of release.entries) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  const summary = Object.entries(kinds)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  console.log(`v${release.version}: ${summary}`);
  for (const e of release.entries) console.log(`  * ${e.text}`);
}
const digest = createHash('sha1').update(JSON.stringify(releases)).digest('hex');
console.log(`releases: ${releases.length} digest: ${digest.slice(0, 12)}`);
