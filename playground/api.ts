// The playground's routes: the page, the workbook as JSON, and calls into the bundle's global functions only.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Assets, withBridge } from './assets';
import { serveDriveFile } from './drive-pages';
import {
  FRAME_CSP,
  field,
  HttpError,
  isPositiveInt,
  isRecord,
  isString,
  PAGE_CSP,
  readJson,
  send,
  sendJson,
} from './http';
import { sheetTabs, sheetView } from './render-data';
import type { PlaygroundState } from './state';
import type { ErrorAnswer, PageLang, RunAnswer, StateView } from './wire';

/**
 * The add-on's name from its Marketplace listing, under which Sheets shows createAddonMenu()'s items
 * (Extensions → name → items). It is not part of the script, so the playground names it here.
 */
export const ADDON_NAME = 'Auftragsabwicklung';
const FUNCTION_NAME = /^[A-Za-z_]\w*$/;

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#0f9d58" d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7z"/><path fill="#87ceac" d="M15 2v5h5z"/><path fill="#fff" d="M7 10h10v7H7zm1.5 1.5v1.5h3v-1.5zm4.5 0v1.5h2.5v-1.5zm-4.5 3v1h3v-1zm4.5 0v1h2.5v-1z"/></svg>`;

export interface ApiContext {
  state: PlaygroundState;
  assets: Assets;
  lang: PageLang;
  /** Host headers the server answers to (127.0.0.1:port, localhost:port): no DNS rebinding. */
  allowedHosts: () => string[];
}

function stateView(ctx: ApiContext): StateView {
  const { emulator } = ctx.state;
  return emulator.uncounted(() => ({
    lang: ctx.lang,
    title: emulator.spreadsheet.getName(),
    version: ctx.state.version,
    menus: emulator.ui.menus.map((menu) => ({
      caption: menu.addon ? ADDON_NAME : menu.caption,
      addon: menu.addon,
      items: menu.items,
    })),
    sheets: sheetTabs(emulator),
    activeSheet: emulator.spreadsheet.getActiveSheet().getName(),
  }));
}

function functionName(body: Record<string, unknown>): string {
  const name = field(body, 'name', isString);
  if (!FUNCTION_NAME.test(name)) throw new HttpError(400, 'invalid function name');
  return name;
}

/** A call into the bundle on the page's behalf; a throw becomes a 500 with the message, as Apps Script shows it. */
function run(ctx: ApiContext, res: ServerResponse, name: string, args: unknown[]): void {
  try {
    const { result, ui } = ctx.state.call(name, args);
    const answer: RunAnswer = { result, version: ctx.state.version, ui };
    sendJson(res, 200, answer);
  } catch (error) {
    ctx.state.takeUi();
    const answer: ErrorAnswer = {
      error: error instanceof Error ? error.message : String(error),
      version: ctx.state.version,
    };
    sendJson(res, 500, answer);
  }
}

async function post(ctx: ApiContext, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  if (!isRecord(body)) throw new HttpError(400, 'expected a JSON object');
  const { state } = ctx;
  switch (path) {
    case '/api/run': {
      const name = functionName(body);
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, 'invalid field args');
      if (!state.isBundleFunction(name)) throw new HttpError(404, `Script function not found: ${name}`);
      run(ctx, res, name, args);
      return;
    }
    case '/api/menu': {
      const name = functionName(body);
      if (!state.menuFunctions().has(name) || !state.isBundleFunction(name)) {
        throw new HttpError(404, `no menu item calls ${name}`);
      }
      run(ctx, res, name, []);
      return;
    }
    case '/api/select': {
      const sheet = field(body, 'sheet', isString);
      if (body.row === undefined) {
        state.activateSheet(sheet);
        sendJson(res, 200, { ok: true });
        return;
      }
      const row = field(body, 'row', isPositiveInt);
      const column = field(body, 'column', isPositiveInt);
      sendJson(res, 200, state.select(sheet, row, column));
      return;
    }
    case '/api/edit': {
      const sheet = field(body, 'sheet', isString);
      const row = field(body, 'row', isPositiveInt);
      const column = field(body, 'column', isPositiveInt);
      const text = field(body, 'text', isString);
      if (text.length > 50_000) throw new HttpError(400, 'a cell holds at most 50,000 characters');
      sendJson(res, 200, state.edit(sheet, row, column, text));
      return;
    }
    case '/api/reset':
      state.reset();
      {
        sendJson(res, 200, { version: state.version });
        return;
      }
    default:
      throw new HttpError(404, 'not found');
  }
}

/** The page's own files and the icon, by path. */
function staticAsset(
  assets: Assets,
  path: string,
): { type: string; body: string; headers?: Record<string, string> } | null {
  switch (path) {
    case '/':
      return {
        type: 'text/html; charset=utf-8',
        body: assets.pageHtml,
        headers: { 'Content-Security-Policy': PAGE_CSP },
      };
    case '/page.js':
      return { type: 'text/javascript; charset=utf-8', body: assets.pageJs };
    case '/bridge.js':
      return { type: 'text/javascript; charset=utf-8', body: assets.bridgeJs };
    case '/page.css':
      return { type: 'text/css; charset=utf-8', body: assets.pageCss };
    case '/favicon.svg':
    case '/favicon.ico':
      return { type: 'image/svg+xml', body: FAVICON };
    default:
      return null;
  }
}

function get(ctx: ApiContext, url: URL, res: ServerResponse): void {
  const { assets, state } = ctx;
  const path = url.pathname;
  const asset = staticAsset(assets, path);
  if (asset) {
    send(res, 200, asset.type, asset.body, asset.headers);
    return;
  }
  if (path === '/api/state') {
    sendJson(res, 200, stateView(ctx));
    return;
  }
  if (path === '/api/sheet') {
    const name = url.searchParams.get('name') ?? '';
    if (!state.emulator.sheetNames().includes(name)) throw new HttpError(404, `no sheet named ${name}`);
    sendJson(res, 200, sheetView(state.emulator, name, state.version));
    return;
  }
  const driveFile = /^\/drive\/([^/]+)$/.exec(path);
  if (driveFile) {
    serveDriveFile(state.emulator, driveFile[1], ctx.lang, res);
    return;
  }
  const frame = /^\/frame\/(\d{1,9})$/.exec(path);
  if (frame) {
    const html = state.frameHtml(Number(frame[1]));
    if (html === null) throw new HttpError(404, 'this dialog is closed; open it again from the menu');
    send(res, 200, 'text/html; charset=utf-8', withBridge(html), { 'Content-Security-Policy': FRAME_CSP });
    return;
  }
  throw new HttpError(404, 'not found');
}

export function createHandler(ctx: ApiContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const handle = async () => {
      if (!ctx.allowedHosts().includes(req.headers.host ?? '')) throw new HttpError(421, 'unexpected Host');
      const url = new URL(req.url ?? '/', 'http://playground.invalid');
      if (req.method === 'GET' || req.method === 'HEAD') return get(ctx, url, res);
      if (req.method === 'POST') return post(ctx, url.pathname, req, res);
      throw new HttpError(405, 'method not allowed');
    };
    handle().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, status, { error: message } satisfies ErrorAnswer);
      else res.destroy();
      // A request whose body was not read to the end would keep the connection busy.
      if (status === 413) req.destroy();
    });
  };
}
