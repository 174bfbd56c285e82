// The build: one Apps Script bundle (dist/Code.js) with a top-level function per export, the sidebar
// and dialog pages inlined into single HTML files, and the manifest. `node esbuild.config.mjs`.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { build } from 'esbuild';

const GLOBAL = 'AddOn';
const out = 'dist';
const common = {
  bundle: true,
  target: 'es2019',
  charset: 'utf8',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Server: an IIFE whose exports become real top-level functions, found by Apps Script and google.script.run. */
async function buildServer() {
  // The export list comes from the build itself: an ESM pass's metafile names the entry's exports.
  const probe = await build({
    ...common,
    entryPoints: ['src/server/index.ts'],
    format: 'esm',
    write: false,
    metafile: true,
    minify: false,
  });
  const exportNames = Object.values(probe.metafile.outputs).flatMap((o) => o.exports ?? []);
  if (exportNames.length === 0) throw new Error('src/server/index.ts exports nothing');
  const result = await build({
    ...common,
    entryPoints: ['src/server/index.ts'],
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    platform: 'neutral',
  });
  const bundle = result.outputFiles[0].text;
  const wrappers = exportNames
    .sort()
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
  writeFileSync(`${out}/Code.js`, `${bundle}\n${wrappers}\n`);
  return exportNames;
}

/** Each sidebar/<page>.html with a sidebar/<page>.ts (and optional .css) becomes one self-contained dist/<page>.html. */
async function buildPages() {
  const pages = readdirSync('sidebar')
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5));
  for (const page of pages) {
    const js = await build({
      ...common,
      entryPoints: [`sidebar/${page}.ts`],
      format: 'iife',
      write: false,
      platform: 'browser',
    });
    const cssFile = `sidebar/${page}.css`;
    const css = existsSync(cssFile)
      ? (await build({ ...common, entryPoints: [cssFile], write: false, loader: { '.css': 'css' } }))
          .outputFiles[0].text
      : '';
    // A "</script" inside the code would end the inline script early.
    const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    const html = readFileSync(`sidebar/${page}.html`, 'utf8')
      .replace('<!-- inline:css -->', () => `<style>${css}</style>`)
      .replace('<!-- inline:js -->', () => `<script>${script}</script>`);
    writeFileSync(`${out}/${page}.html`, html);
  }
  return pages;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const [exportsList, pages] = await Promise.all([buildServer(), buildPages()]);
copyFileSync('appsscript.json', `${out}/appsscript.json`);
if (!process.argv.includes('--quiet')) {
  console.log(
    `built dist/Code.js (${exportsList.length} entry points) and ${pages.map((p) => `dist/${p}.html`).join(', ')}`,
  );
}
