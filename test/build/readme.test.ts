// The README's placeholder list is the documentation users style templates by: it must match the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dunningDocumentData } from '../../src/domain/documents/dunningData';
import { type DocumentData, placeholdersIn } from '../../src/domain/documents/fill';
import { invoiceDocumentData } from '../../src/domain/documents/invoiceData';
import {
  acceptanceDocumentData,
  agendaDocumentData,
  handoverDocumentData,
  minutesDocumentData,
} from '../../src/domain/documents/projectData';
import { confirmationDocumentData, quoteDocumentData } from '../../src/domain/documents/quoteData';
import { NO_DOCUMENTS } from '../../src/domain/order';
import { HANDOVER_ITEMS, NO_PROJECT } from '../../src/domain/project/types';
import type { Confirmation } from '../../src/domain/quote/confirmation';
import type { Quote } from '../../src/domain/quote/quote';
import { parseSettings } from '../../src/domain/settings';
import { TEMPLATE_KINDS, templateContent } from '../../src/gas/docs/templateContent';
import { aDeduction, anIssuedInvoice } from '../mothers/invoiceMother';
import { aClient, anOrder } from '../mothers/orderMother';
import { e1Positions } from '../mothers/quoteMother';

/** Placeholders that stand for an image (render.ts gets them through its `images` argument), not a value. */
const IMAGE_PLACEHOLDERS = ['qr'];

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

function documented(): Set<string> {
  const start = readme.indexOf('#### Template placeholders');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const list = section.split('\n').filter((line) => line.startsWith('- '));
  return new Set(list.flatMap((line) => [...line.matchAll(/`([a-zA-Z.]+)`/g)].map((m) => m[1])));
}

function provided(data: DocumentData): string[] {
  return [
    ...Object.keys(data.values),
    ...Object.values(data.rows).flatMap((rows) => Object.keys(rows[0] ?? {})),
  ];
}

const quote: Quote = {
  number: 'A-2026-0001-1',
  orderNo: '2026-0001',
  version: 1,
  status: 'accepted',
  date: '2026-06-15',
  validUntil: '2026-07-15',
  title: 'Logo',
  intro: 'Hallo',
  closing: 'Bis bald',
  paymentTerms: '14 Tage',
  discountBp: 500,
  usageRights: { kind: 'simple', media: 'Print', territory: 'DE', duration: '1 Jahr', onFullPayment: true },
  positions: e1Positions(),
  changeSummary: '',
  acceptance: null,
  declineReason: '',
  docUrl: '',
  pdfUrl: '',
};
const confirmation: Confirmation = {
  number: 'AB-2026-0001',
  orderNo: '2026-0001',
  quoteNumber: quote.number,
  date: '2026-06-20',
  deadline: '2026-09-30',
  clientReference: 'PO-7',
  deviationNote: '',
  positions: e1Positions(),
  milestones: [{ date: '2026-08-01', label: 'Entwurf' }],
  docUrl: '',
  pdfUrl: '',
};
const party = {
  order: anOrder({ documents: NO_DOCUMENTS }),
  client: aClient(),
  settings: parseSettings({ 'company.name': 'Pixelwerk GmbH' }).settings,
  lang: 'de' as const,
  user: 'anna@pixelwerk.example',
};

/** A final invoice with a discount, usage rights and a deduction: every invoice row group has a row. */
const invoice = anIssuedInvoice({
  type: 'final',
  positions: e1Positions(),
  discountBp: 500,
  skonto: { percentBp: 200, days: 10 },
  usageRights: quote.usageRights,
  deductions: [aDeduction()],
});

/** A first dunning letter in default: interest over one period, the lump sum, no fee. */
const letter = {
  level: 'first' as const,
  date: '2026-08-01',
  openCents: 595000,
  inDefault: true,
  interest: {
    lines: [
      {
        from: '2026-07-02',
        to: '2026-08-01',
        days: 31,
        principalCents: 595000,
        baseBp: 127,
        rateBp: 1027,
        yearDays: 365 as const,
        cents: 5190,
      },
    ],
    totalCents: 5190,
  },
  feeCents: 0,
  lumpSumCents: 4000,
  totalCents: 604190,
  deadline: '2026-08-11',
};

const meeting = {
  id: 'M-1',
  orderNo: '2026-0001',
  kind: 'kickoff' as const,
  date: '2026-07-01',
  start: '10:00',
  durationMin: 60,
  place: 'Büro',
  guests: ['a@b.example'],
  eventId: '',
  eventUrl: '',
  interval: null,
  docUrl: '',
  minutesOn: null,
};
const anItem = {
  id: 'I-1',
  orderNo: '2026-0001',
  kind: 'action' as const,
  text: 'Texte',
  owner: 'Erika',
  due: '2026-07-10',
  status: 'open' as const,
  source: 'M-1',
  createdOn: '2026-07-01',
  doneOn: null,
};

describe('README: template placeholders', () => {
  it('lists exactly the placeholders the quote, confirmation and invoice data provide, and the images', () => {
    const names = new Set([
      ...provided(quoteDocumentData(quote, party)),
      ...provided(confirmationDocumentData(confirmation, quote, party)),
      ...provided(invoiceDocumentData(invoice, party)),
      ...provided(
        dunningDocumentData(letter, {
          invoice,
          dueCents: 595000,
          order: party.order,
          settings: party.settings,
          lang: 'de',
          date: '2026-08-01',
          ownText: '',
        }),
      ),
      ...provided(
        agendaDocumentData(party, { meeting, confirmation, quote, openQuestions: 'Texte?', team: ['Anna'] }),
      ),
      ...provided(
        minutesDocumentData(party, {
          meeting,
          seriesNo: 1,
          attendees: 'Erika',
          notes: 'x',
          decisions: 'y',
          carried: [anItem],
          closed: [anItem],
          added: [],
          figures: {
            ...NO_PROJECT,
            hours: 100,
            budgetUsed: 100,
            budgetBp: 100,
            progressBp: 100,
            elapsedBp: 100,
          },
          confirmedNetCents: 10000,
          milestones: [{ date: '2026-08-01', label: 'Entwurf', progress: 50 }],
        }),
      ),
      ...provided(
        acceptanceDocumentData(party, {
          acceptance: {
            id: 'AC-1',
            orderNo: '2026-0001',
            round: 1,
            requestedOn: '2026-09-01',
            deliverables: ['Website'],
            docUrl: '',
            pdfUrl: '',
            result: 'pending',
            decidedOn: null,
            accepted: [],
            note: '',
          },
          confirmation,
        }),
      ),
      ...provided(
        handoverDocumentData(party, {
          handedOverOn: '2026-09-20',
          acceptedOn: '2026-09-15',
          checklist: HANDOVER_ITEMS.map((item) => ({ item, done: true })),
          rights: quote.usageRights,
          folderUrl: 'https://drive.google.com/x',
          followUps: [
            {
              id: 'F-1',
              orderNo: '2026-0001',
              due: '2026-10-20',
              kind: 'days',
              offset: 30,
              doneOn: null,
              outcome: '',
              satisfaction: null,
            },
          ],
        }),
      ),
      ...IMAGE_PLACEHOLDERS,
    ]);
    expect([...documented()].sort()).toEqual([...names].filter((n) => !n.endsWith('.kind')).sort());
  });

  it('documents every placeholder the German and English templates use', () => {
    const list = documented();
    for (const lang of ['de', 'en'] as const) {
      for (const kind of TEMPLATE_KINDS) {
        const content = templateContent(kind, lang);
        const texts = [
          ...content.header,
          ...content.footer,
          ...content.body.flatMap((b) => (b.type === 'table' ? b.rows.flat() : [b.text])),
        ];
        const missing = texts.flatMap(placeholdersIn).filter((name) => !list.has(name));
        expect({ lang, kind, missing }).toEqual({ lang, kind, missing: [] });
      }
    }
  });
});
