// Emulated HtmlTemplate: <?= expr ?> (escaped), <?!= expr ?> (raw) and <? code ?> scriptlets.

// Expressions see the properties set on the template first, then the add-on's globals.

import type { EmuContext } from '../core/context';
import { EmuService } from '../core/service';
import { asHtmlOutput, EmuHtmlOutput } from './html-output';

type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function raw(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Turns template text into the body of a function that builds the page. */
export function compileTemplate(source: string): string {
  let code = "var __out = '';\nwith (__globals) { with (__data) {\n";
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    code += `__out += ${JSON.stringify(source.slice(last, match.index))};\n`;
    const [, kind, body] = match;
    if (kind === '=') code += `__out += __escape(${body.trim()});\n`;
    else if (kind === '!=') code += `__out += __raw(${body.trim()});\n`;
    else code += `${body}\n`;
    last = (match.index ?? 0) + match[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\n} }\nreturn __out;`;
  return code;
}

export class EmuHtmlTemplate
  extends EmuService
  implements Pick<HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'>
{
  /** Names of the emulator's own fields, hidden from template expressions. */
  private static readonly internal = new Set(['ctx', 'emulatedClass', 'source', 'globals']);

  constructor(
    ctx: EmuContext,
    private readonly source: string,
    private readonly globals: object,
  ) {
    super(ctx, 'HtmlTemplate');
  }

  /** The properties the add-on set on the template (template.data = ...), as the innermost scope. */
  private data(): object {
    const own = new Set(Object.keys(this).filter((key) => !EmuHtmlTemplate.internal.has(key)));
    const record = this as unknown as Record<string, unknown>;
    return new Proxy(
      {},
      {
        has: (_target, key) => typeof key === 'string' && own.has(key),
        get: (_target, key) => (typeof key === 'string' ? record[key] : undefined),
      },
    );
  }

  evaluate(): GoogleAppsScript.HTML.HtmlOutput {
    this.track('evaluate');
    const build = new Function('__globals', '__data', '__escape', '__raw', compileTemplate(this.source));
    const html = build(this.globals, this.data(), escapeHtml, raw) as string;
    return asHtmlOutput(new EmuHtmlOutput(this.ctx, html));
  }

  getCode(): string {
    this.track('getCode');
    return compileTemplate(this.source);
  }

  getRawContent(): string {
    this.track('getRawContent');
    return this.source;
  }
}
