// Emulated Ui (SpreadsheetApp.getUi()) and Menu; everything shown is recorded in ctx.ui.

import type { EmuContext } from '../core/context';
import { ButtonSet, type ButtonSetName, enumName, typedEnums } from '../core/enums';
import { EmuService, unwrapService } from '../core/service';
import type { MenuEntry } from '../core/ui-recorder';
import { toEmuHtmlOutput } from './html-output';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;

export const asUi = (ui: EmuUi) => ui as unknown as Ui;
const asMenu = (menu: EmuMenu) => menu as unknown as Menu;
const asButton = (name: string) => name as unknown as Button;
const asPromptResponse = (response: EmuPromptResponse) =>
  response as unknown as GoogleAppsScript.Base.PromptResponse;

export class EmuMenu
  extends EmuService
  implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly items: MenuEntry[] = [];

  constructor(
    ctx: EmuContext,
    readonly caption: string,
    private readonly addon: boolean,
  ) {
    super(ctx, 'Menu');
  }

  addItem(caption: string, functionName: string): Menu {
    this.track('addItem');
    this.items.push({ type: 'item', caption, functionName });
    return asMenu(this);
  }

  addSeparator(): Menu {
    this.track('addSeparator');
    this.items.push({ type: 'separator' });
    return asMenu(this);
  }

  addSubMenu(menu: Menu): Menu {
    this.track('addSubMenu');
    const sub = unwrapService<EmuMenu>(menu, 'Menu');
    this.items.push({ type: 'submenu', caption: sub.caption, items: sub.items });
    return asMenu(this);
  }

  addToUi(): void {
    this.track('addToUi');
    this.ctx.ui.addMenu({ caption: this.caption, addon: this.addon, items: this.items });
  }
}

class EmuPromptResponse
  extends EmuService
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    ctx: EmuContext,
    private readonly text: string,
    private readonly button: string,
  ) {
    super(ctx, 'PromptResponse');
  }

  getResponseText(): string {
    this.track('getResponseText');
    return this.text;
  }

  getSelectedButton(): Button {
    this.track('getSelectedButton');
    return asButton(this.button);
  }
}

/** Sorts out alert(prompt), alert(prompt, buttons) and alert(title, prompt, buttons). */
function dialogArguments(
  first: string,
  second?: unknown,
  third?: unknown,
): { title: string; prompt: string; buttons: ButtonSetName } {
  if (third !== undefined)
    return { title: first, prompt: String(second), buttons: enumName(third, ButtonSet, 'ButtonSet') };
  if (second !== undefined)
    return { title: '', prompt: first, buttons: enumName(second, ButtonSet, 'ButtonSet') };
  return { title: '', prompt: first, buttons: 'OK' };
}

export class EmuUi
  extends EmuService
  implements
    Pick<
      Ui,
      | 'Button'
      | 'ButtonSet'
      | 'createMenu'
      | 'createAddonMenu'
      | 'alert'
      | 'prompt'
      | 'showSidebar'
      | 'showModalDialog'
      | 'showModelessDialog'
    >
{
  readonly Button = typedEnums.Button;
  readonly ButtonSet = typedEnums.ButtonSet;

  constructor(ctx: EmuContext) {
    super(ctx, 'Ui');
  }

  createMenu(caption: string): Menu {
    this.track('createMenu');
    return asMenu(new EmuMenu(this.ctx, caption, false));
  }

  createAddonMenu(): Menu {
    this.track('createAddonMenu');
    return asMenu(new EmuMenu(this.ctx, 'Add-on', true));
  }

  alert(first: string, second?: unknown, third?: unknown): Button {
    this.track('alert');
    const dialog = dialogArguments(first, second, third);
    const answer = this.ctx.ui.takeAnswer(dialog.buttons);
    this.ctx.ui.alerts.push({ ...dialog, answer: answer.button });
    return asButton(answer.button);
  }

  prompt(first: string, second?: unknown, third?: unknown): GoogleAppsScript.Base.PromptResponse {
    this.track('prompt');
    const dialog = dialogArguments(first, second, third);
    const answer = this.ctx.ui.takeAnswer(dialog.buttons);
    const responseText = answer.text ?? '';
    this.ctx.ui.prompts.push({ ...dialog, answer: answer.button, responseText });
    return asPromptResponse(new EmuPromptResponse(this.ctx, responseText, answer.button));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.track('showSidebar');
    const output = toEmuHtmlOutput(userInterface);
    this.ctx.ui.sidebars.push({
      title: output.title,
      html: output.content,
      width: output.width,
      height: output.height,
    });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.track('showModalDialog');
    this.recordDialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.track('showModelessDialog');
    this.recordDialog(userInterface, title, false);
  }

  private recordDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string, modal: boolean): void {
    const output = toEmuHtmlOutput(userInterface);
    this.ctx.ui.dialogs.push({
      title,
      html: output.content,
      width: output.width,
      height: output.height,
      modal,
    });
  }
}
