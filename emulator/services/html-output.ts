// Emulated HtmlOutput: the page a sidebar or dialog shows, with its title and size.

import type { EmuContext } from '../core/context';
import { EmuService, unwrapService } from '../core/service';
import { EmuBlob } from './blob';
import { escapeHtml } from './html-template';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const asHtmlOutput = (output: EmuHtmlOutput) => output as unknown as HtmlOutput;
export const toEmuHtmlOutput = (output: unknown) => unwrapService<EmuHtmlOutput>(output, 'HtmlOutput');

export class EmuHtmlOutput
  extends EmuService
  implements
    Pick<
      HtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setSandboxMode'
      | 'setXFrameOptionsMode'
      | 'addMetaTag'
      | 'setFaviconUrl'
      | 'getFaviconUrl'
      | 'getBlob'
    >
{
  title = '';
  width: number | undefined;
  height: number | undefined;
  sandboxMode = 'IFRAME';
  xFrameOptionsMode = 'DEFAULT';
  faviconUrl = '';
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(
    ctx: EmuContext,
    public content: string,
  ) {
    super(ctx, 'HtmlOutput');
  }

  private self(): HtmlOutput {
    return asHtmlOutput(this);
  }

  getContent(): string {
    this.track('getContent');
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.track('setContent');
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): HtmlOutput {
    this.track('append');
    this.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.track('appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this.self();
  }

  clear(): HtmlOutput {
    this.track('clear');
    this.content = '';
    return this.self();
  }

  getTitle(): string {
    this.track('getTitle');
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.track('setTitle');
    this.title = String(title);
    return this.self();
  }

  /** 0 until set: the emulator has no default dialog size to report. */
  getWidth(): number {
    this.track('getWidth');
    return this.width ?? 0;
  }

  setWidth(width: number): HtmlOutput {
    this.track('setWidth');
    this.width = width;
    return this.self();
  }

  getHeight(): number {
    this.track('getHeight');
    return this.height ?? 0;
  }

  setHeight(height: number): HtmlOutput {
    this.track('setHeight');
    this.height = height;
    return this.self();
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.track('setSandboxMode');
    this.sandboxMode = String(mode);
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.track('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.track('addMetaTag');
    this.metaTags.push({ name, content });
    return this.self();
  }

  getFaviconUrl(): string {
    this.track('getFaviconUrl');
    return this.faviconUrl;
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.track('setFaviconUrl');
    this.faviconUrl = iconUrl;
    return this.self();
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.track('getBlob');
    return EmuBlob.fromString(this.ctx, this.content, 'text/html', this.title || null).asBlob();
  }
}
