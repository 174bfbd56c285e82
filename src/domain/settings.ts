// Agency settings: the definitions (kind, default), and parsing the Settings sheet's values with named problems.
import type { MessageKey, MessageParams } from '../shared/i18n';
import { parseScaled } from './decimal';
import { DEFAULT_BASE_RATES, formatBaseRates, parseBaseRates } from './dunning/baseRates';
import { FEDERAL_STATES } from './dunning/holidays';
import { DEFAULT_DUNNING } from './dunning/levels';
import { isValidPattern } from './numbering';
import { isQuotePattern } from './quote/quote';
import { isBic, isCountryCode, isEmail, isIban, isVatId } from './validators';

type Kind =
  | { type: 'text'; max: number; check?: (v: string) => boolean; error?: MessageKey }
  | { type: 'pattern'; context: readonly string[] }
  | { type: 'quotePattern' }
  | { type: 'int'; min: number; max: number }
  | { type: 'choice'; choices: readonly string[] }
  | { type: 'money' }
  | { type: 'baseRates' };

interface SettingDef {
  key: string;
  kind: Kind;
  default: string;
}

const text = (max = 200, check?: (v: string) => boolean, error?: MessageKey): Kind => ({
  type: 'text',
  max,
  check,
  error,
});

const days = (level: 'reminder' | 'first' | 'second') => String(DEFAULT_DUNNING.levels[level].waitDays);
/** Fees are kept as typed in the sheet, "2.50"; parsing accepts German and English style. */
const fee = (level: 'reminder' | 'first' | 'second') =>
  (DEFAULT_DUNNING.levels[level].feeCents / 100).toFixed(2);
/** The Settings cell lists the base rates since 2019 (older invoices are rare); the user adds each new half-year. */
const DEFAULT_RATES_TEXT = formatBaseRates(
  DEFAULT_BASE_RATES.filter((p) => p.from >= '2019-01-01'),
  'en',
);

export const SETTING_DEFS = [
  { key: 'company.name', kind: text(), default: '' },
  { key: 'company.street', kind: text(), default: '' },
  { key: 'company.postcode', kind: text(20), default: '' },
  { key: 'company.city', kind: text(), default: '' },
  { key: 'company.country', kind: text(2, isCountryCode, 'err.invalidCountry'), default: 'DE' },
  { key: 'company.taxNumber', kind: text(40), default: '' },
  { key: 'company.vatId', kind: text(20, isVatId, 'err.invalidVatId'), default: '' },
  { key: 'company.iban', kind: text(42, isIban, 'err.invalidIban'), default: '' },
  { key: 'company.bic', kind: text(11, isBic, 'err.invalid'), default: '' },
  { key: 'company.email', kind: text(200, isEmail, 'err.invalidEmail'), default: '' },
  { key: 'company.phone', kind: text(40), default: '' },
  { key: 'numbers.order', kind: { type: 'pattern', context: [] }, default: '{YYYY}-{####}' },
  { key: 'numbers.client', kind: { type: 'pattern', context: [] }, default: 'K-{####}' },
  { key: 'numbers.quote', kind: { type: 'quotePattern' }, default: 'A-{order}-{version}' },
  { key: 'numbers.invoice', kind: { type: 'pattern', context: [] }, default: 'RE-{YYYY}-{####}' },
  { key: 'payment.termsDays', kind: { type: 'int', min: 0, max: 365 }, default: '14' },
  { key: 'vat.mode', kind: { type: 'choice', choices: ['regular', 'smallBusiness'] }, default: 'regular' },
  { key: 'dunning.state', kind: { type: 'choice', choices: ['none', ...FEDERAL_STATES] }, default: 'none' },
  { key: 'dunning.termsAgreed', kind: { type: 'choice', choices: ['yes', 'no'] }, default: 'yes' },
  { key: 'dunning.reminderDays', kind: { type: 'int', min: 0, max: 180 }, default: days('reminder') },
  { key: 'dunning.reminderFee', kind: { type: 'money' }, default: fee('reminder') },
  { key: 'dunning.reminderText', kind: text(1500), default: '' },
  { key: 'dunning.firstDays', kind: { type: 'int', min: 0, max: 180 }, default: days('first') },
  { key: 'dunning.firstFee', kind: { type: 'money' }, default: fee('first') },
  { key: 'dunning.firstText', kind: text(1500), default: '' },
  { key: 'dunning.secondDays', kind: { type: 'int', min: 0, max: 180 }, default: days('second') },
  { key: 'dunning.secondFee', kind: { type: 'money' }, default: fee('second') },
  { key: 'dunning.secondText', kind: text(1500), default: '' },
  {
    key: 'dunning.deadlineDays',
    kind: { type: 'int', min: 1, max: 90 },
    default: String(DEFAULT_DUNNING.deadlineDays),
  },
  { key: 'interest.baseRates', kind: { type: 'baseRates' }, default: DEFAULT_RATES_TEXT },
  {
    key: 'project.followUpDays',
    kind: text(60, (v) => /^\s*\d{1,4}(\s*,\s*\d{1,4})*\s*$/.test(v), 'err.invalid'),
    default: '30, 90',
  },
  { key: 'project.warrantyMonths', kind: { type: 'int', min: 0, max: 120 }, default: '12' },
  { key: 'project.hoursPerDay', kind: { type: 'int', min: 1, max: 24 }, default: '8' },
  { key: 'ui.language', kind: { type: 'choice', choices: ['auto', 'de', 'en'] }, default: 'auto' },
] as const satisfies readonly SettingDef[];

export type SettingKey = (typeof SETTING_DEFS)[number]['key'];

export interface Settings {
  company: {
    name: string;
    street: string;
    postcode: string;
    city: string;
    country: string;
    taxNumber: string;
    vatId: string;
    iban: string;
    bic: string;
    email: string;
    phone: string;
  };
  numbers: { order: string; client: string; quote: string; invoice: string };
  payment: { termsDays: number };
  vat: { mode: 'regular' | 'smallBusiness' };
  dunning: {
    state: string;
    termsAgreed: 'yes' | 'no';
    reminderDays: number;
    reminderFee: number;
    reminderText: string;
    firstDays: number;
    firstFee: number;
    firstText: string;
    secondDays: number;
    secondFee: number;
    secondText: string;
    deadlineDays: number;
  };
  interest: { baseRates: string };
  project: { followUpDays: string; warrantyMonths: number; hoursPerDay: number };
  ui: { language: 'auto' | 'de' | 'en' };
}

export interface SettingProblem {
  key: SettingKey;
  message: MessageKey;
  params: MessageParams;
}

/** Choice values can be typed as the key or as either language's label; labels come from outside. */
export type ChoiceResolver = (key: SettingKey, typed: string) => string | null;

/** Parses raw cell values (by setting key) into Settings; every bad or missing field becomes a problem. */
export function parseSettings(
  raw: Partial<Record<string, string | number | boolean>>,
  resolveChoice: ChoiceResolver = (_k, typed) => typed,
): { settings: Settings; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const flat: Record<string, string | number> = {};
  for (const def of SETTING_DEFS as readonly SettingDef[]) {
    const key = def.key as SettingKey;
    const value = raw[key];
    if (value === undefined) {
      problems.push({ key, message: 'err.settingsMissing', params: {} });
      flat[key] = parseValue(def, def.default, resolveChoice).value ?? '';
      continue;
    }
    const parsed = parseValue(def, String(value).trim(), resolveChoice);
    if (parsed.problem) {
      problems.push({ key, message: parsed.problem.message, params: parsed.problem.params });
      flat[key] = parseValue(def, def.default, resolveChoice).value ?? '';
    } else flat[key] = parsed.value ?? '';
  }
  return { settings: unflatten(flat), problems };
}

function parseValue(
  def: SettingDef,
  value: string,
  resolveChoice: ChoiceResolver,
): { value?: string | number; problem?: { message: MessageKey; params: MessageParams } } {
  const kind = def.kind;
  switch (kind.type) {
    case 'text':
      if (value.length > kind.max) return { problem: { message: 'err.tooLong', params: { max: kind.max } } };
      if (value !== '' && kind.check && !kind.check(value))
        return { problem: { message: kind.error ?? 'err.invalid', params: {} } };
      return { value: kind.check === isCountryCode ? value.toUpperCase() : value };
    case 'pattern':
      return isValidPattern(value, kind.context)
        ? { value }
        : { problem: { message: 'err.invalidPattern', params: {} } };
    case 'quotePattern':
      return isQuotePattern(value)
        ? { value }
        : { problem: { message: 'err.invalidQuotePattern', params: {} } };
    case 'int': {
      const n = Number(value);
      return value !== '' && Number.isInteger(n) && n >= kind.min && n <= kind.max
        ? { value: n }
        : { problem: { message: 'err.invalidNumber', params: { min: kind.min, max: kind.max } } };
    }
    case 'money': {
      const cents = parseScaled(value, 'en', 2) ?? parseScaled(value, 'de', 2);
      return cents !== null && cents >= 0 && cents <= 100_000
        ? { value: cents }
        : { problem: { message: 'err.invalidMoney', params: {} } };
    }
    case 'baseRates': {
      const { problems } = parseBaseRates(value);
      return problems.length === 0
        ? { value }
        : { problem: { message: problems[0].reason, params: { entry: problems[0].entry } } };
    }
    case 'choice': {
      const choice = resolveChoice(def.key as SettingKey, value);
      return choice !== null && kind.choices.includes(choice)
        ? { value: choice }
        : { problem: { message: 'err.invalidChoice', params: {} } };
    }
  }
}

function unflatten(flat: Record<string, string | number>): Settings {
  const out: Record<string, Record<string, string | number>> = {};
  for (const [path, value] of Object.entries(flat)) {
    const [group, name] = path.split('.');
    out[group] = out[group] ?? {};
    out[group][name] = value;
  }
  return out as unknown as Settings;
}

export function settingDef(key: SettingKey): SettingDef {
  return (SETTING_DEFS as readonly SettingDef[]).find((d) => d.key === key) as SettingDef;
}

/** Choice values of a setting, for drop-downs. */
export function settingChoices(key: SettingKey): readonly string[] {
  const kind = settingDef(key).kind;
  return kind.type === 'choice' ? kind.choices : [];
}
