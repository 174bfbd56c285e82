// The page's files: web/page.html and page.css as they are, web/main.ts and the bridge bundled by esbuild in memory.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { DIST } from '../emulator/addon';
import type { PageLang } from './wire';

const WEB = join(dirname(DIST), 'playground', 'web');

export interface Assets {
  pageHtml: string;
  pageCss: string;
  pageJs: string;
  bridgeJs: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(WEB, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

export async function buildAssets(lang: PageLang): Promise<Assets> {
  const [pageJs, bridgeJs] = await Promise.all([bundle('main.ts'), bundle('bridge.ts')]);
  return {
    pageHtml: readFileSync(join(WEB, 'page.html'), 'utf8').replace(
      '<html lang="de">',
      `<html lang="${lang}">`,
    ),
    pageCss: readFileSync(join(WEB, 'page.css'), 'utf8'),
    pageJs,
    bridgeJs,
  };
}

/** The add-on's HTML as HtmlService produced it, with the bridge loaded first thing in <head>. */
export function withBridge(html: string): string {
  const tag = '<script src="/bridge.js"></script>';
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
