// Choice cells hold a label in the register's language; reading accepts either language or the bare key.
import { CLIENT_KINDS } from '../../domain/client';
import { DUNNING_LEVELS } from '../../domain/dunning/levels';
import { INVOICE_STATUSES, INVOICE_TYPES } from '../../domain/invoice/invoice';
import { LOG_ACTIONS } from '../../domain/log';
import { DUNNING_BLOCKS, SOURCES } from '../../domain/order';
import {
  ACCEPTANCE_RESULTS,
  ACTION_KINDS,
  ACTION_STATUSES,
  FOLLOW_UP_KINDS,
  JOUR_FIXE_INTERVALS,
  MEETING_KINDS,
} from '../../domain/project/types';
import { POSITION_KINDS, UNITS, VAT_RATES } from '../../domain/quote/position';
import { QUOTE_STATUSES } from '../../domain/quote/quote';
import { PAYMENT_METHODS } from '../../domain/receivables/payment';
import { SETTLEMENT_STATUSES } from '../../domain/receivables/settlement';
import { STAGES } from '../../domain/stages';
import { type Lang, type MessageKey, t } from '../../shared/i18n';
import type { ChoiceList } from '../schema';

const LISTS: Record<ChoiceList, { keys: readonly string[]; prefix: string }> = {
  stage: { keys: STAGES, prefix: 'stage.' },
  source: { keys: SOURCES, prefix: 'source.' },
  kind: { keys: CLIENT_KINDS, prefix: 'kind.' },
  logAction: { keys: LOG_ACTIONS, prefix: 'log.' },
  quoteStatus: { keys: QUOTE_STATUSES, prefix: 'quoteStatus.' },
  positionKind: { keys: POSITION_KINDS, prefix: 'positionKind.' },
  unit: { keys: UNITS, prefix: 'unit.' },
  vatRate: { keys: VAT_RATES.map(String), prefix: 'vatRate.' },
  invoiceType: { keys: INVOICE_TYPES, prefix: 'invoiceType.' },
  invoiceStatus: { keys: INVOICE_STATUSES, prefix: 'invoiceStatus.' },
  dunningLevel: { keys: DUNNING_LEVELS, prefix: 'dunning.level.' },
  dunningBlock: { keys: DUNNING_BLOCKS, prefix: 'dunningBlock.' },
  paymentMethod: { keys: PAYMENT_METHODS, prefix: 'receivables.method.' },
  settlement: { keys: SETTLEMENT_STATUSES, prefix: 'receivables.status.' },
  meetingKind: { keys: MEETING_KINDS, prefix: 'meetingKind.' },
  jourFixeInterval: { keys: JOUR_FIXE_INTERVALS, prefix: 'interval.' },
  actionKind: { keys: ACTION_KINDS, prefix: 'actionKind.' },
  actionStatus: { keys: ACTION_STATUSES, prefix: 'actionStatus.' },
  acceptanceResult: { keys: ACCEPTANCE_RESULTS, prefix: 'acceptanceResult.' },
  followUpKind: { keys: FOLLOW_UP_KINDS, prefix: 'followUpKind.' },
};

export function choiceLabel(list: ChoiceList, key: string, lang: Lang): string {
  return t(lang, `${LISTS[list].prefix}${key}` as MessageKey);
}

export function choiceLabels(list: ChoiceList, lang: Lang): string[] {
  return LISTS[list].keys.map((key) => choiceLabel(list, key, lang));
}

/** Lookup table built once per list: normalised label or key -> key. */
const lookups = new Map<ChoiceList, Map<string, string>>();

export function readChoice(list: ChoiceList, text: string): string | null {
  let lookup = lookups.get(list);
  if (!lookup) {
    lookup = new Map();
    for (const key of LISTS[list].keys) {
      lookup.set(key.toLowerCase(), key);
      for (const lang of ['de', 'en'] as const) lookup.set(choiceLabel(list, key, lang).toLowerCase(), key);
    }
    lookups.set(list, lookup);
  }
  return lookup.get(text.trim().toLowerCase()) ?? null;
}
