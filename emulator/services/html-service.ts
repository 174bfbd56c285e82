// Emulated HtmlService: pages from strings, from the add-on's HTML files, and from templates.

import type { EmuContext } from '../core/context';
import { typedEnums } from '../core/enums';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { asHtmlOutput, EmuHtmlOutput } from './html-output';
import { EmuHtmlTemplate } from './html-template';

type HtmlService = GoogleAppsScript.HTML.HtmlService;
type Source = string | GoogleAppsScript.Base.BlobSource;

const asTemplate = (template: EmuHtmlTemplate) => template as unknown as GoogleAppsScript.HTML.HtmlTemplate;

function textOf(source: Source | undefined): string {
  if (source === undefined || source === null) return '';
  return typeof source === 'string' ? source : source.getBlob().getDataAsString();
}

export class EmuHtmlService
  extends EmuService
  implements
    Pick<
      HtmlService,
      | 'SandboxMode'
      | 'XFrameOptionsMode'
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
    >
{
  readonly SandboxMode = typedEnums.SandboxMode;
  readonly XFrameOptionsMode = typedEnums.XFrameOptionsMode;

  constructor(ctx: EmuContext) {
    super(ctx, 'HtmlService');
  }

  private file(filename: string): string {
    const name = filename.replace(/\.html$/, '');
    const content = this.ctx.settings.htmlFiles[name];
    if (content === undefined) throw new EmuException(messages.noHtmlFile(name));
    return content;
  }

  createHtmlOutput(source?: Source): GoogleAppsScript.HTML.HtmlOutput {
    this.track('createHtmlOutput');
    return asHtmlOutput(new EmuHtmlOutput(this.ctx, textOf(source)));
  }

  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    this.track('createHtmlOutputFromFile');
    return asHtmlOutput(new EmuHtmlOutput(this.ctx, this.file(filename)));
  }

  createTemplate(source: Source): GoogleAppsScript.HTML.HtmlTemplate {
    this.track('createTemplate');
    return asTemplate(new EmuHtmlTemplate(this.ctx, textOf(source), this.ctx.globalScope));
  }

  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    this.track('createTemplateFromFile');
    return asTemplate(new EmuHtmlTemplate(this.ctx, this.file(filename), this.ctx.globalScope));
  }

  getUserAgent(): string {
    this.track('getUserAgent');
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}
