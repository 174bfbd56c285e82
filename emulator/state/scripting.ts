// Saves and restores MailApp's sent mail (attachments as base64) with its quota use, and the project's triggers.

import type { MailModel, MailStore } from '../services/mail';
import type { TriggerModel, TriggerStore } from '../services/triggers';

export type SavedMail = Omit<MailModel, 'attachments'> & {
  attachments: Array<{ name: string; mimeType: string; data: string }>;
};

export interface SavedMailStore {
  sent: SavedMail[];
  quotaDay: string;
  usedToday: number;
}

export interface SavedTriggers {
  nextId: number;
  triggers: TriggerModel[];
}

function copyMail<T extends { to: string[]; cc: string[]; bcc: string[] }>(mail: T): T {
  return { ...mail, to: [...mail.to], cc: [...mail.cc], bcc: [...mail.bcc] };
}

export function saveMail(store: MailStore): SavedMailStore {
  return {
    sent: store.sent.map((mail) => ({
      ...copyMail(mail),
      attachments: mail.attachments.map((a) => ({ ...a, data: a.data.toString('base64') })),
    })),
    quotaDay: store.quotaDay,
    usedToday: store.usedToday,
  };
}

/** Replaces the store's contents in place, so views holding the store stay live. */
export function restoreMail(store: MailStore, saved: SavedMailStore): void {
  store.sent.length = 0;
  for (const mail of saved.sent) {
    store.sent.push({
      ...copyMail(mail),
      attachments: mail.attachments.map((a) => ({ ...a, data: Buffer.from(a.data, 'base64') })),
    });
  }
  store.quotaDay = saved.quotaDay;
  store.usedToday = saved.usedToday;
}

export function saveTriggers(store: TriggerStore): SavedTriggers {
  return {
    nextId: store.nextId,
    triggers: store.triggers.map((trigger) => ({ ...trigger, schedule: { ...trigger.schedule } })),
  };
}

export function restoreTriggers(store: TriggerStore, saved: SavedTriggers): void {
  store.nextId = saved.nextId;
  store.triggers.length = 0;
  for (const trigger of saved.triggers)
    store.triggers.push({ ...trigger, schedule: { ...trigger.schedule } });
}
