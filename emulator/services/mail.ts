// Emulated MailApp: checks what the add-on sends as Apps Script would, records every mail, counts the quota.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { wallClockOf } from '../core/time-zone';
import { EmuBlob } from './blob';

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/** Recipients a consumer (gmail.com) account may mail per day; Workspace accounts get 1,500. */
export const MAIL_DAILY_QUOTA = 100;
const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_SUBJECT_LENGTH = 250;
const MAX_BODY_BYTES = 200 * 1024;
const MAX_ATTACHMENTS = 250;
const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export const mailMessages = {
  noRecipient: 'Failed to send email: no recipient',
  invalidEmail: (address: string) => `Invalid email: ${address}`,
  quota: 'Service invoked too many times for one day: email.',
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  subjectTooLong: 'Argument too large: subject',
  bodyTooLarge: 'Limit Exceeded: Email Body Size.',
  tooManyAttachments: 'Limit Exceeded: Email Attachments Per Message.',
  attachmentsTooLarge: 'Limit Exceeded: Email Total Attachments Size.',
} as const;

export interface MailAttachmentModel {
  name: string;
  mimeType: string;
  data: Buffer;
}

/** One mail as MailApp accepted it; recipients split and trimmed, absent texts empty. */
export interface MailModel {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string;
  /** '' when the add-on set none (replies then go to the sender). */
  replyTo: string;
  /** Sender display name; '' when the add-on set none (Gmail then shows the user's name). */
  name: string;
  noReply: boolean;
  attachments: MailAttachmentModel[];
  sentMs: number;
}

/** Sent mail and the day's quota use, kept by the world so they outlive executions and are saved. */
export class MailStore {
  readonly sent: MailModel[] = [];
  /** The script-time-zone day (yyyy-mm-dd) usedToday belongs to; another day starts with a full quota. */
  quotaDay = '';
  usedToday = 0;

  remaining(day: string): number {
    return day === this.quotaDay ? Math.max(0, MAIL_DAILY_QUOTA - this.usedToday) : MAIL_DAILY_QUOTA;
  }

  use(day: string, recipients: number): void {
    if (day !== this.quotaDay) {
      this.quotaDay = day;
      this.usedToday = 0;
    }
    this.usedToday += recipients;
  }
}

/** What sentMails() shows of one mail: JSON-friendly, attachment bytes unsigned (0-255). */
export interface SentMailAttachment {
  name: string;
  mimeType: string;
  size: number;
  bytes: number[];
}

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string;
  replyTo: string;
  name: string;
  noReply: boolean;
  attachments: SentMailAttachment[];
  /** ISO time of the emulated clock when it was sent. */
  at: string;
}

export function sentMailViews(store: MailStore): SentMail[] {
  return store.sent.map((mail) => ({
    from: mail.from,
    to: [...mail.to],
    cc: [...mail.cc],
    bcc: [...mail.bcc],
    subject: mail.subject,
    body: mail.body,
    htmlBody: mail.htmlBody,
    replyTo: mail.replyTo,
    name: mail.name,
    noReply: mail.noReply,
    attachments: mail.attachments.map((attachment) => ({
      name: attachment.name,
      mimeType: attachment.mimeType,
      size: attachment.data.length,
      bytes: Array.from(attachment.data),
    })),
    at: new Date(mail.sentMs).toISOString(),
  }));
}

// A pragmatic address check: local part, @, a domain with at least one dot; "Name <address>" is accepted.
const ADDRESS =
  /^[^\s@<>(),;:"[\]\\]+@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;
const NAMED_ADDRESS = /^(?:"[^"]*"|[^<>"]*)\s*<([^<>]*)>$/;

function isValidAddress(entry: string): boolean {
  const named = NAMED_ADDRESS.exec(entry);
  return ADDRESS.test(named ? named[1].trim() : entry);
}

/** A comma-separated address list as MailApp takes it; empty entries (a trailing comma) are skipped. */
function recipientList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const entries = String(value)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries)
    if (!isValidAddress(entry)) throw new EmuException(mailMessages.invalidEmail(entry));
  return entries;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** How Apps Script names argument types in "The parameters (...) don't match the method signature" errors. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  return Array.isArray(value) ? 'Array' : 'Object';
}

function signatureMismatch(args: unknown[]): EmuException {
  return new EmuException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for MailApp.sendEmail.`,
  );
}

type Call = (...args: unknown[]) => unknown;

function method(source: object, name: string): Call | null {
  const candidate = (source as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as Call).bind(source) : null;
}

/** Bytes, type and name of a BlobSource: an EmuBlob, anything whose getBlob()/copyBlob() gives one, or a blob look-alike. */
function attachmentOf(ctx: EmuContext, source: unknown): MailAttachmentModel {
  if (typeof source !== 'object' || source === null)
    throw new EmuException(messages.invalidArgument('attachments'));
  const blob = ctx.uncounted(() => {
    if (source instanceof EmuBlob) return source;
    const toBlob = method(source, 'getBlob') ?? method(source, 'copyBlob');
    return toBlob ? toBlob() : source;
  });
  if (blob instanceof EmuBlob) {
    const { data, contentType, name } = blob.contents();
    return {
      name: name ?? 'attachment',
      mimeType: contentType ?? 'application/octet-stream',
      data: Buffer.from(data),
    };
  }
  if (typeof blob === 'object' && blob !== null) {
    const getBytes = method(blob, 'getBytes');
    if (getBytes) {
      return ctx.uncounted(() => {
        const bytes = getBytes() as number[];
        const contentType = method(blob, 'getContentType')?.() as string | null | undefined;
        const name = method(blob, 'getName')?.() as string | null | undefined;
        return {
          name: name ?? 'attachment',
          mimeType: contentType ?? 'application/octet-stream',
          data: Buffer.from(bytes.map((byte) => byte & 0xff)),
        };
      });
    }
  }
  throw new EmuException(messages.invalidArgument('attachments'));
}

export class EmuMailApp
  extends EmuService
  implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>
{
  constructor(
    ctx: EmuContext,
    private readonly store: MailStore,
  ) {
    super(ctx, 'MailApp');
  }

  /** The quota counts recipients per day of the script's time zone. */
  private today(): string {
    const { year, month, day } = wallClockOf(this.ctx.clock.nowMs(), this.ctx.settings.timeZone);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }

  getRemainingDailyQuota(): number {
    this.track('getRemainingDailyQuota');
    return this.store.remaining(this.today());
  }

  sendEmail(message: MailOptions): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: MailOptions): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    this.track('sendEmail');
    this.send(this.messageOf(args));
  }

  /** Sorts the four overloads into one message object. */
  private messageOf(args: unknown[]): MailOptions {
    const [first, second, third, fourth] = args;
    if (args.length === 1 && typeof first === 'object' && first !== null && !Array.isArray(first))
      return first as MailOptions;
    if (args.length < 3 || args.length > 4) throw signatureMismatch(args);
    if (args.length === 4 && typeof fourth === 'string')
      return { to: text(first), replyTo: text(second), subject: text(third), body: fourth };
    if (args.length === 4 && (typeof fourth !== 'object' || fourth === null || Array.isArray(fourth)))
      throw signatureMismatch(args);
    const options = (fourth ?? {}) as MailOptions;
    return { ...options, to: text(first), subject: text(second), body: text(third) };
  }

  private send(message: MailOptions): void {
    const to = recipientList(message.to);
    const cc = recipientList(message.cc);
    const bcc = recipientList(message.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new EmuException(mailMessages.noRecipient);
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE) throw new EmuException(mailMessages.tooManyRecipients);
    const replyTo = text(message.replyTo).trim();
    if (replyTo !== '' && !isValidAddress(replyTo))
      throw new EmuException(mailMessages.invalidEmail(replyTo));
    const subject = text(message.subject);
    if (subject.length > MAX_SUBJECT_LENGTH) throw new EmuException(mailMessages.subjectTooLong);
    const body = text(message.body);
    const htmlBody = text(message.htmlBody);
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody) > MAX_BODY_BYTES)
      throw new EmuException(mailMessages.bodyTooLarge);
    const attachments = this.attachments(message.attachments);
    const day = this.today();
    if (recipients > this.store.remaining(day)) throw new EmuException(mailMessages.quota);
    this.store.use(day, recipients);
    this.store.sent.push({
      from: this.ctx.settings.userEmail,
      to,
      cc,
      bcc,
      subject,
      body,
      htmlBody,
      replyTo,
      name: text(message.name),
      noReply: message.noReply === true,
      attachments,
      sentMs: this.ctx.clock.nowMs(),
    });
  }

  private attachments(value: unknown): MailAttachmentModel[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new EmuException(messages.invalidArgument('attachments'));
    if (value.length > MAX_ATTACHMENTS) throw new EmuException(mailMessages.tooManyAttachments);
    const attachments = value.map((source) => attachmentOf(this.ctx, source));
    const total = attachments.reduce((sum, attachment) => sum + attachment.data.length, 0);
    if (total > MAX_ATTACHMENT_BYTES) throw new EmuException(mailMessages.attachmentsTooLarge);
    return attachments;
  }
}
