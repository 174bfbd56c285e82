// The rate card: the agency's services with unit, sale price, internal cost rate and default VAT rate.
import type { Lang } from '../../shared/i18n';
import type { Cents } from '../money';
import type { Unit, VatRate } from './position';

export interface RateCardEntry {
  service: string;
  unit: Unit;
  /** Sale price per unit in 1/10,000 euro. */
  unitPrice: number;
  /** Internal cost per unit in cents. */
  unitCost: Cents;
  vatRate: VatRate;
  description: string;
}

/** What setup puts into a new rate card, so the first quote can start from something real. */
export function defaultRateCard(lang: Lang): RateCardEntry[] {
  const de = lang === 'de';
  const entry = (service: string, unit: Unit, euros: number, costEuros: number, description: string) => ({
    service,
    unit,
    unitPrice: euros * 10_000,
    unitCost: costEuros * 100,
    vatRate: 19 as VatRate,
    description,
  });
  return [
    entry(
      de ? 'Konzeption' : 'Concept',
      'hour',
      110,
      55,
      de ? 'Konzeption und Strategie' : 'Concept and strategy',
    ),
    entry(de ? 'Gestaltung' : 'Design', 'hour', 95, 48, de ? 'Grafikdesign' : 'Graphic design'),
    entry(
      de ? 'Reinzeichnung' : 'Artwork',
      'hour',
      75,
      38,
      de ? 'Reinzeichnung und Druckdaten' : 'Final artwork and print files',
    ),
    entry(
      de ? 'Projektmanagement' : 'Project management',
      'hour',
      85,
      42,
      de ? 'Projektleitung und Abstimmung' : 'Project lead and coordination',
    ),
    entry(
      de ? 'Workshop' : 'Workshop',
      'day',
      1200,
      600,
      de ? 'Workshop vor Ort (ganztägig)' : 'On-site workshop (full day)',
    ),
  ];
}
