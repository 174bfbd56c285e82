// Emulator options and their defaults (a German agency, so German locale and Berlin time).

export interface EmulatorOptions {
  /** Spreadsheet and script time zone. */
  timeZone?: string;
  /** Session.getActiveUserLocale(); also decides the spreadsheet locale and default sheet name. */
  locale?: string;
  userEmail?: string;
  /** Initial emulated clock. */
  now?: Date;
  /** Projected latency per service call, for wall-time projection (the clock does not move). */
  latencyMs?: number;
  /** File name (without .html) -> content, for createHtmlOutputFromFile and createTemplateFromFile. */
  htmlFiles?: Record<string, string>;
  spreadsheetName?: string;
}

export interface EmulatorSettings {
  timeZone: string;
  locale: string;
  userEmail: string;
  now: Date;
  latencyMs: number;
  htmlFiles: Record<string, string>;
  spreadsheetName: string;
}

export function resolveOptions(options: EmulatorOptions = {}): EmulatorSettings {
  return {
    timeZone: options.timeZone ?? 'Europe/Berlin',
    locale: options.locale ?? 'de',
    userEmail: options.userEmail ?? 'anna@pixelwerk.example',
    now: options.now ?? new Date('2026-06-15T09:00:00Z'),
    latencyMs: options.latencyMs ?? 0,
    htmlFiles: options.htmlFiles ?? {},
    spreadsheetName: options.spreadsheetName ?? 'Auftragsregister',
  };
}

/** Sheets reports locales with a region ('de_DE'); a bare language gets its usual region. */
export function spreadsheetLocaleFor(locale: string): string {
  if (locale.includes('_')) return locale;
  if (locale.includes('-')) return locale.replace('-', '_');
  const regions: Record<string, string> = { en: 'US', de: 'DE', fr: 'FR', it: 'IT', es: 'ES', nl: 'NL' };
  return `${locale}_${regions[locale] ?? locale.toUpperCase()}`;
}
