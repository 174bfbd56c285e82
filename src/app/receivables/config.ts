// The receivables settings as the domain needs them: dunning levels, federal state, agreed terms, base rates.
import type { BaseRatePeriod } from '../../domain/dunning/baseRates';
import { parseBaseRates } from '../../domain/dunning/baseRates';
import { FEDERAL_STATES, type FederalState } from '../../domain/dunning/holidays';
import type { DunningConfig, DunningLevel } from '../../domain/dunning/levels';
import type { Settings } from '../../domain/settings';

export interface ReceivablesConfig {
  dunning: DunningConfig;
  state: FederalState | null;
  /** The invoice's due date was agreed (payment terms in the accepted quote): default starts the day after it. */
  termsAgreed: boolean;
  baseRates: BaseRatePeriod[];
  /** The agency's own letter text per level; '' means the standard text. */
  texts: Record<DunningLevel, string>;
}

export function receivablesConfig(settings: Settings): ReceivablesConfig {
  const d = settings.dunning;
  const state = (FEDERAL_STATES as readonly string[]).includes(d.state) ? (d.state as FederalState) : null;
  return {
    dunning: {
      levels: {
        reminder: { waitDays: d.reminderDays, feeCents: d.reminderFee },
        first: { waitDays: d.firstDays, feeCents: d.firstFee },
        second: { waitDays: d.secondDays, feeCents: d.secondFee },
      },
      deadlineDays: d.deadlineDays,
    },
    state,
    termsAgreed: d.termsAgreed === 'yes',
    baseRates: parseBaseRates(settings.interest.baseRates).periods,
    texts: { reminder: d.reminderText, first: d.firstText, second: d.secondText },
  };
}
