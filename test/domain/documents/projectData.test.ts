import { createEmulator } from '../../../emulator';
import { type DocumentData, fill, placeholdersIn, rowGroup } from '../../../src/domain/documents/fill';
import {
  acceptanceDocumentData,
  agendaDocumentData,
  handoverDocumentData,
  minutesDocumentData,
} from '../../../src/domain/documents/projectData';
import { positionRows } from '../../../src/domain/documents/quoteData';
import { NO_DOCUMENTS } from '../../../src/domain/order';
import { type ActionItem, HANDOVER_ITEMS, type Meeting, NO_PROJECT } from '../../../src/domain/project/types';
import { type Confirmation, confirmedPositions } from '../../../src/domain/quote/confirmation';
import type { Quote } from '../../../src/domain/quote/quote';
import { parseSettings } from '../../../src/domain/settings';
import { type ProjectTemplateKind, projectTemplateContent } from '../../../src/gas/docs/projectTemplates';
import { renderDocument } from '../../../src/gas/docs/render';
import { TEMPLATE_KINDS, templateContent } from '../../../src/gas/docs/templateContent';
import { buildTemplate } from '../../../src/gas/docs/templates';
import { isMessageKey, type Lang, t } from '../../../src/shared/i18n';
import { projectDocDe, projectDocEn } from '../../../src/shared/i18n/projectDoc';
import { aClient, anOrder } from '../../mothers/orderMother';
import { e1Positions } from '../../mothers/quoteMother';

const settings = parseSettings({
  'company.name': 'Pixelwerk Kreativagentur GmbH',
  'company.street': 'Ehrenstraße 12',
  'company.postcode': '50672',
  'company.city': 'Köln',
  'company.vatId': 'DE123456789',
  'company.iban': 'DE89370400440532013000',
}).settings;

function party(lang: Lang = 'de', client = aClient()) {
  return {
    order: anOrder({
      number: '2026-0042',
      title: 'Relaunch Website',
      documents: NO_DOCUMENTS,
      project: NO_PROJECT,
    }),
    client,
    settings,
    lang,
    user: 'anna@pixelwerk.example',
  };
}

/** Text the user typed that looks like a placeholder, a formula or a replacement pattern: it must stay as typed. */
const TRICKY = '{{client.name}} =SUM(A1:A9) $1 $&';

/** E1's positions with fixed descriptions (the mother numbers them by a running counter). */
const positions = () =>
  e1Positions().map((p) => ({ ...p, description: p.id === 'option' ? 'Fotoshooting' : `Leistung ${p.id}` }));

const quote = (): Quote => ({
  number: 'A-2026-0042-1',
  orderNo: '2026-0042',
  version: 1,
  status: 'accepted',
  date: '2026-06-15',
  validUntil: '2026-07-15',
  title: 'Relaunch Website',
  intro: '',
  closing: '',
  paymentTerms: '14 Tage',
  discountBp: 500,
  usageRights: { kind: 'simple', media: 'Web', territory: 'DE', duration: '2 Jahre', onFullPayment: true },
  positions: positions(),
  changeSummary: '',
  acceptance: { date: '2026-06-18', by: 'Erika Muster', reference: 'PO-7', options: ['option'] },
  declineReason: '',
  docUrl: '',
  pdfUrl: '',
});

const confirmation = (q: Quote = quote()): Confirmation => ({
  number: 'AB-2026-0042',
  orderNo: '2026-0042',
  quoteNumber: q.number,
  date: '2026-06-20',
  deadline: '2026-09-30',
  clientReference: 'PO-4711',
  deviationNote: '',
  positions: confirmedPositions(q),
  milestones: [
    { date: '2026-07-31', label: 'Entwurf' },
    { date: '2026-08-31', label: 'Umsetzung' },
  ],
  docUrl: '',
  pdfUrl: '',
});

const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'M-1',
  orderNo: '2026-0042',
  kind: 'kickoff',
  date: '2026-07-01',
  start: '10:00',
  durationMin: 90,
  place: 'https://meet.google.com/abc-defg-hij',
  guests: ['erika@sonnenschein.example', 'tom@sonnenschein.example'],
  eventId: 'ev1',
  eventUrl: 'https://calendar.google.com/event?eid=ev1',
  interval: null,
  docUrl: '',
  minutesOn: null,
  ...overrides,
});

const anItem = (overrides: Partial<ActionItem> = {}): ActionItem => ({
  id: 'I-1',
  orderNo: '2026-0042',
  kind: 'action',
  text: 'Bildauswahl schicken',
  owner: 'Erika Muster',
  due: '2026-07-20',
  status: 'open',
  source: 'M-1',
  createdOn: '2026-07-01',
  doneOn: null,
  ...overrides,
});

function agenda(lang: Lang = 'de') {
  return agendaDocumentData(party(lang), {
    meeting: meeting(),
    confirmation: confirmation(),
    quote: quote(),
    openQuestions: `Wer liefert die Texte?\n\n  ${TRICKY}  \r\nHosting?`,
    team: ['Anna Schmidt', 'Ben Koch'],
  });
}

const figures = {
  hours: 1250,
  budgetUsed: 123_400,
  budgetBp: 2000,
  progressBp: 4500,
  elapsedBp: 5234,
  deviations: ['budget80' as const, 'actionOverdue' as const],
};

function minutes(lang: Lang = 'de') {
  return minutesDocumentData(party(lang), {
    meeting: meeting({
      kind: 'jourFixe',
      date: '2026-07-15',
      start: '09:30',
      durationMin: 30,
      place: 'Büro Köln',
    }),
    seriesNo: 3,
    attendees: 'Erika Muster\nAnna Schmidt\n',
    notes: `Startseite besprochen\n${TRICKY}`,
    decisions: 'Farbe Blau',
    carried: [anItem()],
    closed: [anItem({ id: 'I-0', text: 'Logo liefern', status: 'done', doneOn: '2026-07-10' })],
    added: [anItem({ id: 'I-2', text: TRICKY, owner: 'Anna', due: null })],
    figures,
    confirmedNetCents: 617_000,
    milestones: [
      { date: '2026-07-31', label: 'Entwurf', progress: 90 },
      { date: '2026-08-31', label: 'Umsetzung', progress: null },
    ],
  });
}

const acceptanceRecord = {
  id: 'AC-1',
  orderNo: '2026-0042',
  round: 2,
  requestedOn: '2026-09-01',
  deliverables: ['Website', TRICKY],
  docUrl: '',
  pdfUrl: '',
  result: 'pending' as const,
  decidedOn: null,
  accepted: [],
  note: '',
};

function acceptance(lang: Lang = 'de') {
  return acceptanceDocumentData(party(lang), { acceptance: acceptanceRecord, confirmation: confirmation() });
}

function handover(lang: Lang = 'de') {
  return handoverDocumentData(party(lang), {
    handedOverOn: '2026-09-20',
    acceptedOn: '2026-09-15',
    checklist: HANDOVER_ITEMS.map((item) => ({ item, done: item !== 'licences' })),
    rights: quote().usageRights,
    folderUrl: 'https://drive.google.com/drive/folders/abc',
    followUps: [
      {
        id: 'F-2',
        orderNo: '2026-0042',
        due: '2027-09-20',
        kind: 'warranty',
        offset: 12,
        doneOn: null,
        outcome: '',
        satisfaction: null,
      },
      {
        id: 'F-1',
        orderNo: '2026-0042',
        due: '2026-10-20',
        kind: 'days',
        offset: 30,
        doneOn: null,
        outcome: '',
        satisfaction: null,
      },
    ],
  });
}

const FULL: Record<ProjectTemplateKind, (lang: Lang) => DocumentData> = {
  agenda,
  minutes,
  acceptance,
  handover,
};

/** As little as each document can know: no contact data, no confirmation, no figures, nothing typed. */
const SPARSE: Record<ProjectTemplateKind, (lang: Lang) => DocumentData> = {
  agenda: (lang) =>
    agendaDocumentData(party(lang, aClient({ contactPerson: '', email: '', phone: '', street: '' })), {
      meeting: meeting({ place: '', guests: [] }),
      confirmation: null,
      quote: null,
      openQuestions: '',
      team: [],
    }),
  minutes: (lang) =>
    minutesDocumentData(party(lang), {
      meeting: meeting({ place: '' }),
      seriesNo: 1,
      attendees: '',
      notes: '',
      decisions: '',
      carried: [],
      closed: [],
      added: [],
      figures: { ...NO_PROJECT },
      confirmedNetCents: null,
      milestones: [],
    }),
  acceptance: (lang) =>
    acceptanceDocumentData(party(lang), { acceptance: acceptanceRecord, confirmation: null }),
  handover: (lang) =>
    handoverDocumentData(party(lang), {
      handedOverOn: '2026-09-20',
      acceptedOn: null,
      checklist: [],
      rights: null,
      folderUrl: '',
      followUps: [],
    }),
};

describe('kick-off agenda data', () => {
  it('fills the meeting, the client contact and the PO number', () => {
    expect(agenda().values).toMatchObject({
      'client.name': 'Bäckerei Sonnenschein GmbH',
      'client.contact': 'Erika Muster',
      'client.email': 'erika@sonnenschein.example',
      'client.phone': '+49 30 123456',
      'order.number': '2026-0042',
      'order.title': 'Relaunch Website',
      'meeting.date': '01.07.2026',
      'meeting.time': '10:00–11:30 Uhr',
      'meeting.duration': '90 Minuten',
      'meeting.place': 'Videokonferenz: https://meet.google.com/abc-defg-hij',
      'meeting.guests': 'erika@sonnenschein.example, tom@sonnenschein.example',
      'agenda.team': 'Anna Schmidt, Ben Koch',
      'confirmation.clientReference': 'PO-4711',
      'confirmation.deadline': '30.09.2026',
    });
  });

  it('lists the confirmed services net, the accepted options and the budget net and gross', () => {
    const d = agenda();
    const c = confirmation();
    expect(d.rows.pos).toEqual(positionRows(c.positions, { lang: 'de', gross: false, vatMode: 'regular' }));
    expect(d.rows.pos).toHaveLength(5);
    expect(d.values['label.unitPrice']).toBe('Einzelpreis (netto)');
    expect(d.values['agenda.options']).toBe('Zusätzlich beauftragte Optionen: Fotoshooting.');
    // 6,500.00 net less 5 % = 6,175.00; VAT 19 % on 4,750.00 and 7 % on 1,425.00.
    expect(d.values['budget.net']).toBe('6.175,00 €');
    expect(d.values['budget.gross']).toBe('7.177,25 €');
  });

  it('adds milestones, usage rights and one row per open question, typed text kept literally', () => {
    const d = agenda();
    expect(d.rows.ms).toEqual([
      { 'ms.date': '31.07.2026', 'ms.label': 'Entwurf' },
      { 'ms.date': '31.08.2026', 'ms.label': 'Umsetzung' },
    ]);
    expect(d.values['rights.heading']).toBe('Nutzungsrechte');
    expect(d.values['rights.text']).toContain('für Web');
    expect(d.rows.q).toEqual([
      { 'q.no': '1', 'q.text': 'Wer liefert die Texte?' },
      { 'q.no': '2', 'q.text': TRICKY },
      { 'q.no': '3', 'q.text': 'Hosting?' },
    ]);
    expect(fill('{{q.no}}. {{q.text}}', { ...d.values, ...d.rows.q[1] }).text).toBe(`2. ${TRICKY}`);
  });

  it('leaves out what is not known, and says "none" where a table would be empty', () => {
    const d = agendaDocumentData(party('de', aClient({ contactPerson: '', email: '', phone: '' })), {
      meeting: meeting({ place: '  ', guests: [] }),
      confirmation: null,
      quote: null,
      openQuestions: '\n  \n',
      team: [],
    });
    expect(d.values).toMatchObject({
      'client.contact': null,
      'client.email': null,
      'client.phone': null,
      'meeting.place': null,
      'meeting.guests': null,
      'agenda.team': null,
      'agenda.options': null,
      'confirmation.clientReference': null,
      'confirmation.deadline': null,
      'budget.net': null,
      'budget.gross': null,
      'rights.heading': null,
      'rights.text': null,
    });
    expect(d.rows.pos).toEqual([
      {
        'pos.no': '',
        'pos.description': 'Keine',
        'pos.quantity': '',
        'pos.unit': '',
        'pos.unitPrice': '',
        'pos.total': '',
        'pos.kind': '',
      },
    ]);
    expect(d.rows.ms).toEqual([{ 'ms.date': '', 'ms.label': 'Keine' }]);
    expect(d.rows.q).toEqual([{ 'q.no': '', 'q.text': 'Keine' }]);
  });

  it('falls back to the accepted quote before a confirmation exists; a small business shows no gross', () => {
    const small = { ...settings, vat: { ...settings.vat, mode: 'smallBusiness' as const } };
    const d = agendaDocumentData(
      { ...party(), settings: small },
      { meeting: meeting(), confirmation: null, quote: quote(), openQuestions: '', team: [] },
    );
    expect(d.rows.pos).toHaveLength(5);
    expect(d.values['budget.net']).toBe('6.175,00 €');
    expect(d.values['budget.gross']).toBeNull();
    expect(d.values['confirmation.clientReference']).toBe('PO-7');
  });

  it('speaks English', () => {
    const d = agenda('en');
    expect(d.values).toMatchObject({
      'meeting.date': '2026-07-01',
      'meeting.time': '10:00–11:30',
      'meeting.duration': '90 minutes',
      'meeting.place': 'Video call: https://meet.google.com/abc-defg-hij',
      'budget.net': '€6,175.00',
      'label.unitPrice': 'Unit price (net)',
      'agenda.options': 'Optional services ordered in addition: Fotoshooting.',
    });
    expect(agendaDocumentData(party('en'), { ...noAgenda }).rows.q).toEqual([
      { 'q.no': '', 'q.text': 'None' },
    ]);
  });

  it('keeps a room as typed and wraps the end time past midnight', () => {
    const d = agendaDocumentData(party(), {
      ...noAgenda,
      meeting: meeting({ place: 'Raum 2', start: '23:30' }),
    });
    expect(d.values['meeting.place']).toBe('Raum 2');
    expect(d.values['meeting.time']).toBe('23:30–01:00 Uhr');
  });
});

const noAgenda = { meeting: meeting(), confirmation: null, quote: null, openQuestions: '', team: [] };

describe('jour-fixe minutes data', () => {
  it('heads the minutes with number, date, attendees and the writer', () => {
    expect(minutes().values).toMatchObject({
      'minutes.number': '3',
      'meeting.date': '15.07.2026',
      'meeting.time': '09:30–10:00 Uhr',
      'meeting.place': 'Büro Köln',
      'minutes.attendees': 'Erika Muster, Anna Schmidt',
      'user.email': 'anna@pixelwerk.example',
    });
  });

  it('puts notes and decisions in one row per line, literally', () => {
    const d = minutes();
    expect(d.rows.note).toEqual([
      { 'note.no': '1', 'note.text': 'Startseite besprochen' },
      { 'note.no': '2', 'note.text': TRICKY },
    ]);
    expect(d.rows.dec).toEqual([{ 'dec.no': '1', 'dec.text': 'Farbe Blau' }]);
  });

  it('lists carried items as open and added ones as new, then what got done', () => {
    const d = minutes();
    expect(d.rows.item).toEqual([
      {
        'item.no': '1',
        'item.text': 'Bildauswahl schicken',
        'item.owner': 'Erika Muster',
        'item.due': '20.07.2026',
        'item.status': 'offen',
      },
      { 'item.no': '2', 'item.text': TRICKY, 'item.owner': 'Anna', 'item.due': '', 'item.status': 'neu' },
    ]);
    expect(d.rows.done).toEqual([
      { 'done.text': 'Logo liefern', 'done.owner': 'Erika Muster', 'done.date': '10.07.2026' },
    ]);
  });

  it('shows hours, budget used against the confirmed net, progress, time elapsed and deviations', () => {
    const d = minutes();
    expect(d.values).toMatchObject({
      'status.hours': '12,5 h',
      'status.budgetUsed': '1.234,00 €',
      'status.confirmedNet': '6.170,00 €',
      'status.budgetPercent': '20 %',
      'status.progress': '45 %',
      'status.elapsed': '52,3 %',
      'status.deviations': 'Budget über 80 %, Offene Punkte überfällig',
    });
    expect(d.rows.ms).toEqual([
      { 'ms.date': '31.07.2026', 'ms.label': 'Entwurf', 'ms.progress': '90 %' },
      { 'ms.date': '31.08.2026', 'ms.label': 'Umsetzung', 'ms.progress': '–' },
    ]);
  });

  it('starts hours and budget at 0, leaves out unknown figures and says "none" for empty lists', () => {
    const d = minutesDocumentData(party(), {
      meeting: meeting({ place: '' }),
      seriesNo: 1,
      attendees: ' ',
      notes: '',
      decisions: '\n',
      carried: [],
      closed: [],
      added: [],
      figures: { ...NO_PROJECT },
      confirmedNetCents: null,
      milestones: [],
    });
    expect(d.values).toMatchObject({
      'meeting.place': null,
      'minutes.attendees': null,
      'status.hours': '0 h',
      'status.budgetUsed': '0,00 €',
      'status.confirmedNet': null,
      'status.budgetPercent': null,
      'status.progress': null,
      'status.elapsed': null,
      'status.deviations': 'Keine',
    });
    expect(d.rows.note).toEqual([{ 'note.no': '', 'note.text': 'Keine' }]);
    expect(d.rows.dec).toEqual([{ 'dec.no': '', 'dec.text': 'Keine' }]);
    expect(d.rows.item).toEqual([
      { 'item.no': '', 'item.text': 'Keine', 'item.owner': '', 'item.due': '', 'item.status': '' },
    ]);
    expect(d.rows.done).toEqual([{ 'done.text': 'Keine', 'done.owner': '', 'done.date': '' }]);
    expect(d.rows.ms).toEqual([{ 'ms.date': '', 'ms.label': 'Keine', 'ms.progress': '' }]);
  });

  it('speaks English', () => {
    const d = minutes('en');
    expect(d.values).toMatchObject({
      'status.hours': '12.5 h',
      'status.budgetUsed': '€1,234.00',
      'status.elapsed': '52.3 %',
      'status.deviations': 'Budget over 80 %, Action items overdue',
    });
    expect(d.rows.item.map((r) => r['item.status'])).toEqual(['open', 'new']);
  });
});

describe('acceptance report data', () => {
  it('names the round, the request date, the confirmation and the PO, and a row per deliverable', () => {
    const d = acceptance();
    expect(d.values).toMatchObject({
      'acceptance.round': '2',
      'acceptance.requestedOn': '01.09.2026',
      'confirmation.number': 'AB-2026-0042',
      'confirmation.date': '20.06.2026',
      'confirmation.clientReference': 'PO-4711',
      'client.street': 'Hauptstraße 1',
    });
    expect(d.rows.del).toEqual([
      { 'del.no': '1', 'del.text': 'Website' },
      { 'del.no': '2', 'del.text': TRICKY },
    ]);
    expect(acceptance('en').values['acceptance.requestedOn']).toBe('2026-09-01');
  });

  it('leaves out the confirmation line without a confirmation', () => {
    const d = acceptanceDocumentData(party(), { acceptance: acceptanceRecord, confirmation: null });
    expect(d.values).toMatchObject({
      'confirmation.number': null,
      'confirmation.date': null,
      'confirmation.clientReference': null,
    });
  });
});

describe('handover report data', () => {
  it('ticks the checklist, states the usage rights, links the folder and lists after-care dates in order', () => {
    const d = handover();
    expect(d.values).toMatchObject({
      'handover.date': '20.09.2026',
      'handover.acceptedOn': '15.09.2026',
      'handover.rights':
        'Bäckerei Sonnenschein GmbH erhält an den übergebenen Ergebnissen diese Nutzungsrechte:',
      'rights.heading': 'Nutzungsrechte',
      'handover.folderUrl': 'https://drive.google.com/drive/folders/abc',
    });
    expect(d.values['rights.text']).toContain('Die Nutzungsrechte gehen mit vollständiger Bezahlung');
    expect(d.rows.chk).toEqual([
      { 'chk.label': 'Finale Dateien', 'chk.status': '✓' },
      { 'chk.label': 'Offene Quelldateien', 'chk.status': '✓' },
      { 'chk.label': 'Zugangsdaten', 'chk.status': '✓' },
      { 'chk.label': 'Lizenzen (Schriften, Bilder, Musik)', 'chk.status': 'offen' },
      { 'chk.label': 'Nutzungsrechte-Erklärung übergeben', 'chk.status': '✓' },
      { 'chk.label': 'Auftragsordner mit dem Kunden geteilt', 'chk.status': '✓' },
    ]);
    expect(d.rows.fu).toEqual([
      { 'fu.date': '20.10.2026', 'fu.label': 'Nachfrage 30 Tage nach der Übergabe' },
      { 'fu.date': '20.09.2027', 'fu.label': 'Ende der Gewährleistung (12 Monate)' },
    ]);
  });

  it('leaves out rights, folder and acceptance date when unknown', () => {
    const d = handoverDocumentData(party(), {
      handedOverOn: '2026-09-20',
      acceptedOn: null,
      checklist: [],
      rights: null,
      folderUrl: '',
      followUps: [],
    });
    expect(d.values).toMatchObject({
      'handover.acceptedOn': null,
      'handover.rights': null,
      'rights.heading': null,
      'rights.text': null,
      'handover.folderUrl': null,
    });
    expect(d.rows.fu).toEqual([{ 'fu.date': '', 'fu.label': 'Keine' }]);
  });

  it('speaks English', () => {
    const d = handover('en');
    expect(d.rows.chk[3]).toEqual({ 'chk.label': 'Licences (fonts, images, music)', 'chk.status': 'open' });
    expect(d.rows.fu.map((r) => r['fu.label'])).toEqual([
      'Check-in 30 days after handover',
      'End of warranty (12 months)',
    ]);
  });
});

describe('project templates', () => {
  const kinds: ProjectTemplateKind[] = ['agenda', 'minutes', 'acceptance', 'handover'];

  function texts(kind: ProjectTemplateKind, lang: Lang) {
    const content = projectTemplateContent(kind, lang);
    return {
      scalars: [
        ...content.header,
        ...content.footer,
        ...content.body.flatMap((b) => (b.type === 'table' ? [] : [b.text])),
      ],
      rows: content.body.flatMap((b) => (b.type === 'table' ? b.rows : [])),
    };
  }

  it('are template kinds, each with its name in both languages', () => {
    for (const kind of kinds) {
      expect(TEMPLATE_KINDS).toContain(kind);
      expect(templateContent(kind, 'de')).toEqual(projectTemplateContent(kind, 'de'));
      expect(t('de', `tpl.${kind}.name`)).toMatch(/^Vorlage .* \(Deutsch\)$/);
      expect(t('en', `tpl.${kind}.name`)).toMatch(/^Template .* \(English\)$/);
    }
    expect(t('de', 'tpl.agenda.name')).toBe('Vorlage Kick-off-Agenda (Deutsch)');
  });

  it.each(kinds.flatMap((kind) => (['de', 'en'] as const).map((lang) => [kind, lang] as const)))(
    '%s (%s): every placeholder is provided by the data, and every row group has its row',
    (kind, lang) => {
      const data = FULL[kind](lang);
      const { scalars, rows } = texts(kind, lang);
      const unknown: string[] = [];
      for (const text of scalars) unknown.push(...fill(text, data.values).unknown);
      const groups = new Set<string>();
      for (const row of rows) {
        const names = row.flatMap(placeholdersIn);
        const group = names.map((n) => rowGroup(n, data)).find((g) => g !== null);
        if (group) groups.add(group);
        // A row template is filled per item; any other row like a paragraph.
        const values = group ? { ...data.values, ...data.rows[group][0] } : data.values;
        for (const cell of row) unknown.push(...fill(cell, values).unknown);
      }
      expect(unknown).toEqual([]);
      expect([...groups].sort()).toEqual(Object.keys(data.rows).sort());
      // No leftover text of the catalogue: every key was translated.
      expect([...scalars, ...rows.flat()].filter((s) => /projectDoc\.|tpl\./.test(s))).toEqual([]);
    },
  );

  it('keep the letterhead of the other documents', () => {
    for (const kind of kinds) {
      expect(projectTemplateContent(kind, 'en').header).toEqual(templateContent('quote', 'en').header);
      expect(projectTemplateContent(kind, 'de').footer).toEqual(templateContent('invoice', 'de').footer);
    }
  });
});

describe('project document texts', () => {
  it('have the same keys and parameters in German and English, none empty', () => {
    expect(Object.keys(projectDocEn).sort()).toEqual(Object.keys(projectDocDe).sort());
    const params = (s: string) => (s.match(/\{\{?[\w.]+\}\}?/g) ?? []).sort();
    for (const key of Object.keys(projectDocDe) as (keyof typeof projectDocDe)[]) {
      expect(projectDocDe[key].trim()).not.toBe('');
      expect(projectDocEn[key].trim()).not.toBe('');
      expect({ key, params: params(projectDocEn[key]) }).toEqual({ key, params: params(projectDocDe[key]) });
      expect(isMessageKey(key)).toBe(true);
    }
  });

  it('name every deviation and handover item', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const d of [
        'budget80',
        'budget100',
        'milestoneAtRisk',
        'deadlineAtRisk',
        'actionOverdue',
      ] as const) {
        expect(t(lang, `deviation.${d}`)).not.toBe(`deviation.${d}`);
      }
      for (const item of HANDOVER_ITEMS) expect(t(lang, `handover.${item}`)).not.toBe(`handover.${item}`);
    }
    expect(t('de', 'deviation.budget80')).toBe('Budget über 80 %');
    expect(t('de', 'deviation.budget100')).toBe('Budget überschritten');
  });
});

describe('project documents rendered on the emulated DocumentApp', () => {
  const emu = createEmulator();
  Object.assign(globalThis, emu.globals);
  const DOC = 'application/vnd.google-apps.document';

  function render(kind: ProjectTemplateKind, lang: Lang, data: DocumentData) {
    const id = emu.services.Drive.Files.create({ name: kind, mimeType: DOC }).id as string;
    buildTemplate(emu.services.DocumentApp.openById(id), kind, lang);
    const doc = emu.services.DocumentApp.openById(id);
    const unknown = renderDocument(doc, data, {});
    const tables = doc
      .getBody()
      .getTables()
      .map((table) => ({ rows: table.getNumRows(), header: table.getBorderWidth() > 0 }));
    doc.saveAndClose();
    return { unknown, tables, text: emu.documentText(id) };
  }

  const cases = (['agenda', 'minutes', 'acceptance', 'handover'] as const).flatMap((kind) =>
    (['de', 'en'] as const).flatMap((lang) =>
      (['full', 'sparse'] as const).map((v) => [kind, lang, v] as const),
    ),
  );

  it.each(cases)(
    '%s (%s, %s): no unknown placeholder, no table without rows under its headings',
    (kind, lang, v) => {
      const { unknown, tables, text } = render(kind, lang, (v === 'full' ? FULL : SPARSE)[kind](lang));
      expect(unknown).toEqual([]);
      expect(tables.filter((table) => table.rows === 0 || (table.header && table.rows < 2))).toEqual([]);
      // Only typed text may still look like a placeholder: it is never filled.
      expect(text.replaceAll(TRICKY, '').match(/\{\{[^}]*\}\}/g)).toBeNull();
      if (v === 'full' && kind !== 'handover') expect(text).toContain(TRICKY);
    },
  );

  it('leaves out the rows and paragraphs of what is unknown', () => {
    const sparse = render('agenda', 'de', SPARSE.agenda('de')).text;
    expect(sparse).not.toMatch(/Ort\t|Telefon|Ihre Bestellnummer|Auftragswert|Liefertermin:|Nutzungsrechte/);
    expect(sparse).toContain('Offene Fragen\nNr.\tFrage\tAntwort / Notiz\n\tKeine');
    const handoverText = render('handover', 'de', SPARSE.handover('de')).text;
    expect(handoverText).not.toMatch(/abgenommen\.|Auftragsordner:|Nutzungsrechte/);
  });
});
