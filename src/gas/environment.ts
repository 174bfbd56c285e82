// Environment on Apps Script: today in the spreadsheet's time zone, the user, the account language.
import type { Environment } from '../app/ports';
import { type Lang, langFromLocale } from '../shared/i18n';
import { dateToIso } from './cells';
import type { GasContext } from './context';

export class GasEnvironment implements Environment {
  private email: string | null = null;
  private lang: Lang | null = null;
  private idBase: string | null = null;
  private idCount = 0;

  constructor(private readonly context: GasContext) {}

  today(): string {
    return dateToIso(new Date(), this.context.timeZone());
  }

  now(): string {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  user(): string {
    // Empty for consumer accounts outside the owner's domain; the log then says so rather than guessing.
    if (this.email === null) this.email = Session.getActiveUser().getEmail() || 'unknown';
    return this.email;
  }

  newId(prefix: string): string {
    // One UUID per execution, then a counter: a statement's 500 payments cost one service call, not 500.
    if (this.idBase === null) this.idBase = Utilities.getUuid().replace(/-/g, '').slice(0, 10);
    this.idCount += 1;
    return `${prefix}-${this.idBase}.${this.idCount.toString(36)}`;
  }

  userLang(): Lang {
    if (this.lang === null) this.lang = langFromLocale(Session.getActiveUserLocale());
    return this.lang;
  }
}
