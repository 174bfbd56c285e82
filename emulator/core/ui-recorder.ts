// Records what the add-on showed (menus, sidebars, dialogs, alerts, prompts, toasts).

// It also hands out scripted answers to alerts and prompts, so tests can steer the user interface.

import type { ButtonName, ButtonSetName } from './enums';

export type MenuEntry =
  | { type: 'item'; caption: string; functionName: string }
  | { type: 'separator' }
  | { type: 'submenu'; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  caption: string;
  /** createAddonMenu(): the menu appears under Extensions with the add-on's name. */
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedHtml {
  title: string;
  html: string;
  width?: number;
  height?: number;
}

export interface RecordedDialog extends RecordedHtml {
  modal: boolean;
}

export interface RecordedAlert {
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  answer: ButtonName;
}

export interface RecordedPrompt extends RecordedAlert {
  responseText: string;
}

export interface RecordedToast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

export interface ScriptedAnswer {
  button: ButtonName;
  /** Text a prompt returns. */
  text?: string;
}

const DEFAULT_ANSWER: Record<ButtonSetName, ButtonName> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export class UiRecorder {
  menus: RecordedMenu[] = [];
  sidebars: RecordedHtml[] = [];
  dialogs: RecordedDialog[] = [];
  alerts: RecordedAlert[] = [];
  prompts: RecordedPrompt[] = [];
  toasts: RecordedToast[] = [];
  /** Answers for the next alerts/prompts, first in first out. */
  readonly answers: ScriptedAnswer[] = [];

  /** Queues the button the user will press on the next alert or prompt. */
  answerNext(button: ButtonName, text?: string): void {
    this.answers.push({ button, text });
  }

  /** The queued answer, or the set's affirmative button (OK / YES) when nothing is queued. */
  takeAnswer(buttons: ButtonSetName): ScriptedAnswer {
    return this.answers.shift() ?? { button: DEFAULT_ANSWER[buttons] };
  }

  addMenu(menu: RecordedMenu): void {
    // onOpen may run more than once; a menu with the same caption replaces the old one as in the editor.
    this.menus = this.menus.filter(
      (existing) => existing.caption !== menu.caption || existing.addon !== menu.addon,
    );
    this.menus.push(menu);
  }

  lastSidebar(): RecordedHtml | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }

  lastDialog(): RecordedDialog | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }

  reset(): void {
    this.menus = [];
    this.sidebars = [];
    this.dialogs = [];
    this.alerts = [];
    this.prompts = [];
    this.toasts = [];
    this.answers.length = 0;
  }
}
