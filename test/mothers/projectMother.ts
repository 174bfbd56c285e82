// Test-data builders for the project phase: meetings, action items, time entries, acceptances and follow-ups.
import { DomainError, DomainErrors } from '../../src/domain/errors';
import type { Acceptance, ActionItem, FollowUp, Meeting, TimeEntry } from '../../src/domain/project/types';
import type { RateCardEntry } from '../../src/domain/quote/rateCard';

let counter = 0;
function next(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: next('M'),
    orderNo: '2026-0001',
    kind: 'kickoff',
    date: '2026-07-01',
    start: '10:00',
    durationMin: 90,
    place: 'Studio, Raum 2',
    guests: ['erika@sonnenschein.example'],
    eventId: 'evt-1',
    eventUrl: 'https://calendar.example/evt-1',
    interval: null,
    docUrl: '',
    minutesOn: null,
    ...overrides,
  };
}

export function anActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: next('A'),
    orderNo: '2026-0001',
    kind: 'action',
    text: 'Bildauswahl freigeben',
    owner: 'Erika Muster',
    due: '2026-07-10',
    status: 'open',
    source: 'M1',
    createdOn: '2026-07-01',
    doneOn: null,
    ...overrides,
  };
}

/** hours in everyday units: aTimeEntry({ h: 1.5 }) is 150 centi-hours. */
export function aTimeEntry(overrides: Partial<TimeEntry> & { h?: number } = {}): TimeEntry {
  const { h = 1, ...rest } = overrides;
  return {
    id: next('T'),
    date: '2026-07-02',
    person: 'anna@pixelwerk.example',
    orderNo: '2026-0001',
    service: 'Gestaltung',
    hours: Math.round(h * 100),
    billable: true,
    note: '',
    ...rest,
  };
}

export function anAcceptance(overrides: Partial<Acceptance> = {}): Acceptance {
  return {
    id: next('AB'),
    orderNo: '2026-0001',
    round: 1,
    requestedOn: '2026-08-01',
    deliverables: ['Logo (SVG, PNG)', 'Geschäftsausstattung', 'Styleguide'],
    docUrl: 'https://docs.example/abnahme',
    pdfUrl: 'https://drive.example/abnahme.pdf',
    result: 'pending',
    decidedOn: null,
    accepted: [],
    note: '',
    ...overrides,
  };
}

export function aFollowUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: next('F'),
    orderNo: '2026-0001',
    due: '2026-09-30',
    kind: 'days',
    offset: 30,
    doneOn: null,
    outcome: '',
    satisfaction: null,
    ...overrides,
  };
}

/** A rate card in everyday units: 95 €/h design, 110 €/h concept, 1,200 €/day workshop, a lump-sum item. */
export function aRateCard(): RateCardEntry[] {
  const entry = (service: string, unit: RateCardEntry['unit'], euros: number, costEuros: number) => ({
    service,
    unit,
    unitPrice: euros * 10_000,
    unitCost: costEuros * 100,
    vatRate: 19 as const,
    description: service,
  });
  return [
    entry('Konzeption', 'hour', 110, 55),
    entry('Gestaltung', 'hour', 95, 48),
    entry('Workshop', 'day', 1200, 600),
    entry('Druckabwicklung', 'lumpSum', 400, 200),
  ];
}

/** The fields of the meeting form, as typed. */
export function aMeetingForm(
  overrides: Partial<{
    date: string;
    start: string;
    durationMin: string;
    place: string;
    guests: string;
  }> = {},
) {
  return {
    date: '2026-07-01',
    start: '9:30',
    durationMin: '90',
    place: 'Studio',
    guests: 'erika@sonnenschein.example',
    ...overrides,
  };
}

/** Runs work that must fail and maps each field at fault to its message key (a lone DomainError too). */
export function errorsOf(work: () => unknown): Record<string, string> {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainErrors)
      return Object.fromEntries(error.errors.map((e) => [e.field ?? '', e.key]));
    if (error instanceof DomainError) return { [error.field ?? '']: error.key };
    throw error;
  }
  throw new Error('expected errors');
}
