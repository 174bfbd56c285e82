// Mailer on Apps Script: letters with their PDF by MailApp; the daily digest as the user's own time-driven trigger.
import type { Mailer } from '../app/ports';
import { DomainError } from '../domain/errors';
import { fileIdOf } from './docs/drive';

/** The trigger's handler, a global function of the bundle (src/server/index.ts exports it). */
export const DIGEST_HANDLER = 'digestDaily';
const DIGEST_HOUR = 7;

export class GasMailer implements Mailer {
  send(mail: Parameters<Mailer['send']>[0]): void {
    const id = fileIdOf(mail.pdfOf.docUrl);
    if (!id) throw new Error('No document to attach');
    const pdf = DocumentApp.openById(id).getAs('application/pdf').setName(mail.pdfName);
    MailApp.sendEmail({
      to: mail.to,
      subject: mail.subject,
      body: mail.body,
      replyTo: mail.replyTo || undefined,
      attachments: [pdf],
    });
  }

  digestEnabled(): boolean {
    try {
      return ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DIGEST_HANDLER);
    } catch {
      // Without the script.scriptapp scope there is no digest; the sidebar must still open.
      return false;
    }
  }

  setDigest(enabled: boolean): boolean {
    try {
      return this.switchDigest(enabled);
    } catch (error) {
      // Without the script.scriptapp scope (an admin may strip it) only the digest is lost; say so plainly.
      if (/permission|authoriz|scope/i.test(String(error))) throw new DomainError('err.digest.scope');
      throw error;
    }
  }

  private switchDigest(enabled: boolean): boolean {
    const existing = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
    if (enabled && existing.length === 0)
      ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(DIGEST_HOUR).create();
    if (!enabled) for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    return enabled;
  }
}
