// Runs a TypeScript entry (playground server, benchmark) on Node: esbuild bundles it to .tmp/, then node runs it.
// Usage: node scripts/run-ts.mjs <entry.ts> [args...]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const outfile = `.tmp/${basename(entry).replace(/\.ts$/, '')}.cjs`;
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', '--expose-gc', outfile, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
