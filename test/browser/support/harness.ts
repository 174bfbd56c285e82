// Opens the built sidebar (or a dialog page) in headless Chromium with a fake google.script.run that records calls and answers from canned Results.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { QuoteEditorBoot, Result, ServerFunctionName, SidebarBoot } from '../../../src/shared/contract';
import type { ProjectBoot } from '../../../src/shared/projectContract';
import type { ReceivablesBoot } from '../../../src/shared/receivablesContract';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..', '..');
const ORIGIN = 'https://sidebar.test/';

/** One answer of the fake server: a Result, or a thrown failure (what withFailureHandler sees). */
export type Answer = { result: Result<unknown>; delay?: number } | { failure: string; delay?: number };
/** Answers per function; each call takes the next one, the last one repeats. */
export type Script = Partial<Record<ServerFunctionName, Answer[]>>;

export interface Call {
  name: ServerFunctionName;
  args: unknown[];
}

export function sidebarHtml(): string {
  return pageHtml('sidebar');
}

/** A built page, dist/<name>.html. */
export function pageHtml(name: string): string {
  const file = join(ROOT, 'dist', `${name}.html`);
  // `npm test` builds first; a lone `jest test/browser` builds only if nothing is there to test.
  if (!existsSync(file)) execFileSync(process.execPath, ['esbuild.config.mjs', '--quiet'], { cwd: ROOT });
  return readFileSync(file, 'utf8');
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with "apt-get install -y chromium" (CI does).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Runs in the page before the sidebar: google.script.run with the builder chain the real one has. */
const FAKE_RUN = `
(() => {
  const script = window.__fakeScript || {};
  const used = {};
  window.__calls = [];
  window.__fakeSet = (name, answers) => { script[name] = answers; used[name] = 0; };
  function next(name) {
    const answers = script[name];
    if (!answers || answers.length === 0) return { failure: 'no canned answer for ' + name };
    const i = Math.min(used[name] || 0, answers.length - 1);
    used[name] = (used[name] || 0) + 1;
    return answers[i];
  }
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_, prop) {
        if (prop === 'withSuccessHandler') return (h) => runner(h, onFailure);
        if (prop === 'withFailureHandler') return (h) => runner(onSuccess, h);
        if (prop === 'withUserObject') return () => runner(onSuccess, onFailure);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          window.__calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
          const answer = next(prop);
          // Like the real service: answers arrive asynchronously, as JSON copies.
          setTimeout(() => {
            if ('failure' in answer) onFailure && onFailure(new Error(answer.failure));
            else onSuccess && onSuccess(JSON.parse(JSON.stringify(answer.result)));
          }, answer.delay ?? 20);
        };
      },
    });
  }
  window.__closed = 0;
  window.google = { script: { run: runner(null, null), host: { close: () => { window.__closed += 1; } } } };
})();
`;

export interface Sidebar {
  page: Page;
  context: BrowserContext;
  calls(): Promise<Call[]>;
  set(name: ServerFunctionName, answers: Answer[]): Promise<void>;
  /** Errors the page threw or logged; a test ends by asserting there were none. */
  errors: string[];
  dialogs: string[];
  /** How often the page called google.script.host.close(). */
  closed(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenOptions {
  boot?: SidebarBoot | null;
  width?: number;
  height?: number;
}

export async function openSidebar(
  browser: Browser,
  script: Script,
  options: OpenOptions = {},
): Promise<Sidebar> {
  const boot = options.boot === undefined ? { view: 'order' as const, lang: 'de' as const } : options.boot;
  return openPage(browser, script, {
    page: 'sidebar',
    bootName: 'AA_BOOT',
    boot,
    width: options.width ?? 300,
    height: options.height ?? 720,
  });
}

export interface QuoteOpenOptions {
  boot?: QuoteEditorBoot | null;
  width?: number;
  height?: number;
}

/** The quote editor dialog (dist/quote.html), by default 900 x 640 with boot data for order 2026-0042 in German. */
export async function openQuoteEditor(
  browser: Browser,
  script: Script,
  options: QuoteOpenOptions = {},
): Promise<Sidebar> {
  const boot = options.boot === undefined ? { orderNo: '2026-0042', lang: 'de' as const } : options.boot;
  return openPage(browser, script, {
    page: 'quote',
    bootName: 'AA_QUOTE_BOOT',
    boot,
    width: options.width ?? 900,
    height: options.height ?? 640,
  });
}

export interface ReceivablesOpenOptions {
  boot?: ReceivablesBoot | null;
  width?: number;
  height?: number;
}

/** The receivables dialog (dist/receivables.html), by default 1100 x 720 on the open items in German. */
export async function openReceivables(
  browser: Browser,
  script: Script,
  options: ReceivablesOpenOptions = {},
): Promise<Sidebar> {
  const boot =
    options.boot === undefined ? { lang: 'de' as const, tab: 'items' as const, invoiceId: '' } : options.boot;
  return openPage(browser, script, {
    page: 'receivables',
    bootName: 'AA_RECEIVABLES_BOOT',
    boot,
    width: options.width ?? 1100,
    height: options.height ?? 720,
  });
}

export interface ProjectOpenOptions {
  boot?: ProjectBoot | null;
  width?: number;
  height?: number;
}

/** The project dialog (dist/project.html), by default 1100 x 720 on order 2026-0042's overview in German. */
export async function openProject(
  browser: Browser,
  script: Script,
  options: ProjectOpenOptions = {},
): Promise<Sidebar> {
  const boot =
    options.boot === undefined
      ? { orderNo: '2026-0042', tab: 'overview' as const, lang: 'de' as const }
      : options.boot;
  return openPage(browser, script, {
    page: 'project',
    bootName: 'AA_PROJECT_BOOT',
    boot,
    width: options.width ?? 1100,
    height: options.height ?? 720,
  });
}

interface PageOptions {
  page: string;
  bootName: string;
  boot: SidebarBoot | QuoteEditorBoot | ReceivablesBoot | ProjectBoot | null;
  width: number;
  height: number;
}

async function openPage(browser: Browser, script: Script, options: PageOptions): Promise<Sidebar> {
  const html = pageHtml(options.page);
  const { boot } = options;
  const pageUrl = `${ORIGIN}${options.page}`;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    deviceScaleFactor: 1,
    // The browser's own widgets (the date picker's placeholder) follow its locale, as for a real user.
    locale: boot?.lang === 'en' ? 'en-GB' : 'de-DE',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Anything else the page tries to fetch (an injected <img src=x>, say) is answered with 404 and noted.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === pageUrl) {
      // Like HtmlService: the boot script is appended after the page's own HTML.
      const bootScript = boot ? `<script>window.${options.bootName}=${JSON.stringify(boot)};</script>` : '';
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html + bootScript });
    }
    errors.push(`unexpected request: ${url}`);
    return route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript(`window.__fakeScript = ${JSON.stringify(script)};`);
  await page.addInitScript(FAKE_RUN);
  await page.goto(pageUrl);
  return {
    page,
    context,
    errors,
    dialogs,
    calls: () => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls),
    closed: () => page.evaluate(() => (window as unknown as { __closed: number }).__closed),
    set: (name, answers) =>
      page.evaluate(
        ([n, a]) => (window as unknown as { __fakeSet: (n: string, a: unknown) => void }).__fakeSet(n, a),
        [name, answers] as const,
      ),
    close: () => context.close(),
  };
}

/** Waits until the page has made `count` calls, then returns them. */
export async function waitForCalls(sidebar: Sidebar, count: number): Promise<Call[]> {
  await sidebar.page.waitForFunction(
    (n) => (window as unknown as { __calls: unknown[] }).__calls.length >= n,
    count,
  );
  return sidebar.calls();
}

export const SCREENSHOT_DIR = '/tmp';

/** The page fits its panel: no horizontal scroll bar. */
export async function noHorizontalScroll(sidebar: Sidebar): Promise<void> {
  const { scroll, client } = await sidebar.page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

/** No script error and no alert/confirm box while the test ran. */
export function clean(sidebar: Sidebar): void {
  expect(sidebar.errors).toEqual([]);
  expect(sidebar.dialogs).toEqual([]);
}

/**
 * One Chromium for the test file, and every page it opened closed after each test: call at the top level of
 * a test file. `browser()` is valid inside tests; `track` registers a page for closing and returns it.
 */
export function useBrowser(): { browser(): Browser; track<T extends Sidebar>(page: T): T } {
  let browser: Browser | null = null;
  let open: Sidebar[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const s of open) await s.close();
    open = [];
  });
  return {
    browser: () => {
      if (!browser) throw new Error('useBrowser(): the browser is started in beforeAll');
      return browser;
    },
    track: (page) => {
      open.push(page);
      return page;
    },
  };
}
