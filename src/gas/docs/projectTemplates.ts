// What the German and English templates of the project phase say: kick-off agenda, jour-fixe minutes,
// acceptance report and handover report, on the same letterhead as quote and invoice.
import { type Lang, type MessageKey, t } from '../../shared/i18n';
import {
  addressBlocks,
  type Block,
  letterhead,
  positionsTable,
  signatureBlocks,
  type TemplateContent,
} from './templateContent';

export type ProjectTemplateKind = 'agenda' | 'minutes' | 'acceptance' | 'handover';

export function isProjectTemplateKind(kind: string): kind is ProjectTemplateKind {
  return kind === 'agenda' || kind === 'minutes' || kind === 'acceptance' || kind === 'handover';
}

/** Text width of A4 with 56 pt margins: 595 - 2 × 56 = 483 points. */
const FACTS_WIDTHS = [150, 333];
const SIGNATURE_LINE = '________________________________';

/** Label and value, one pair per row, without borders; a row whose value is missing goes. */
function facts(lang: Lang, rows: [MessageKey, string][]): Block {
  return { type: 'table', widths: FACTS_WIDTHS, rows: rows.map(([label, value]) => [t(lang, label), value]) };
}

/** A bordered table with a heading row and the row that repeats per item. */
function grid(lang: Lang, head: MessageKey[], row: string[], widths: number[], right?: number[]): Block {
  return { type: 'table', header: true, widths, right, rows: [head.map((k) => t(lang, k)), row] };
}

/** Place, date and signature of both sides, side by side. */
function signatures(lang: Lang, left: MessageKey, right: MessageKey): Block[] {
  const placeDate = t(lang, 'projectDoc.sign.placeDate');
  return [
    { type: 'p', text: '' },
    {
      type: 'table',
      widths: [241, 242],
      rows: [
        [placeDate, placeDate],
        ['', ''],
        [SIGNATURE_LINE, SIGNATURE_LINE],
        [t(lang, left), t(lang, right)],
      ],
    },
  ];
}

export function projectTemplateContent(kind: ProjectTemplateKind, lang: Lang): TemplateContent {
  const body =
    kind === 'agenda'
      ? agenda(lang)
      : kind === 'minutes'
        ? minutes(lang)
        : kind === 'acceptance'
          ? acceptance(lang)
          : handover(lang);
  return { ...letterhead(lang), body };
}

/** The kick-off agenda: meeting facts, the fixed agenda, the confirmed scope, budget, dates, rights, open questions. */
function agenda(lang: Lang): Block[] {
  const topics: MessageKey[] = [
    'projectDoc.agenda.topic1',
    'projectDoc.agenda.topic2',
    'projectDoc.agenda.topic3',
    'projectDoc.agenda.topic4',
    'projectDoc.agenda.topic5',
    'projectDoc.agenda.topic6',
    'projectDoc.agenda.topic7',
  ];
  return [
    { type: 'p', text: t(lang, 'projectDoc.agenda.head'), align: 'right', bold: true },
    { type: 'p', text: t(lang, 'projectDoc.orderLine'), align: 'right' },
    { type: 'h1', text: t(lang, 'projectDoc.agenda.title') },
    facts(lang, [
      ['projectDoc.label.client', '{{client.name}}'],
      ['projectDoc.label.reference', '{{confirmation.clientReference}}'],
      ['projectDoc.label.date', '{{meeting.date}}'],
      ['projectDoc.label.time', '{{meeting.time}}'],
      ['projectDoc.label.duration', '{{meeting.duration}}'],
      ['projectDoc.label.place', '{{meeting.place}}'],
      ['projectDoc.agenda.guests', '{{meeting.guests}}'],
      ['projectDoc.agenda.contact', '{{client.contact}}'],
      ['projectDoc.agenda.email', '{{client.email}}'],
      ['projectDoc.agenda.phone', '{{client.phone}}'],
      ['projectDoc.agenda.team', '{{agenda.team}}'],
    ]),
    { type: 'h2', text: t(lang, 'projectDoc.agenda.topics') },
    { type: 'table', widths: [34, 449], rows: topics.map((key, i) => [`${i + 1}.`, t(lang, key)]) },
    { type: 'h2', text: t(lang, 'projectDoc.agenda.scope') },
    positionsTable(lang),
    { type: 'p', text: '{{agenda.options}}' },
    { type: 'p', text: t(lang, 'projectDoc.agenda.budgetNet'), bold: true },
    { type: 'p', text: t(lang, 'projectDoc.agenda.budgetGross') },
    { type: 'h2', text: t(lang, 'projectDoc.agenda.dates') },
    { type: 'p', text: t(lang, 'projectDoc.agenda.deadline') },
    grid(
      lang,
      ['projectDoc.label.date', 'projectDoc.label.milestone'],
      ['{{ms.date}}', '{{ms.label}}'],
      [120, 363],
    ),
    { type: 'h2', text: '{{rights.heading}}' },
    { type: 'p', text: '{{rights.text}}' },
    { type: 'h2', text: t(lang, 'projectDoc.agenda.questions') },
    grid(
      lang,
      ['projectDoc.label.no', 'projectDoc.agenda.question', 'projectDoc.agenda.answer'],
      ['{{q.no}}', '{{q.text}}', ''],
      [34, 250, 199],
    ),
    { type: 'p', text: '' },
    { type: 'p', text: t(lang, 'projectDoc.agenda.closing') },
    ...signatureBlocks(lang),
  ];
}

/** Jour-fixe minutes: facts, what was discussed and decided, action items, what got done, figures, milestones. */
function minutes(lang: Lang): Block[] {
  return [
    { type: 'h1', text: t(lang, 'projectDoc.minutes.title') },
    facts(lang, [
      ['projectDoc.label.order', '{{order.number}} – {{order.title}}'],
      ['projectDoc.label.client', '{{client.name}}'],
      ['projectDoc.label.date', '{{meeting.date}}'],
      ['projectDoc.label.time', '{{meeting.time}}'],
      ['projectDoc.label.place', '{{meeting.place}}'],
      ['projectDoc.minutes.attendees', '{{minutes.attendees}}'],
      ['projectDoc.minutes.writer', '{{user.email}}'],
    ]),
    { type: 'h2', text: t(lang, 'projectDoc.minutes.notes') },
    grid(
      lang,
      ['projectDoc.label.no', 'projectDoc.minutes.note'],
      ['{{note.no}}', '{{note.text}}'],
      [34, 449],
    ),
    { type: 'h2', text: t(lang, 'projectDoc.minutes.decisions') },
    grid(
      lang,
      ['projectDoc.label.no', 'projectDoc.minutes.decision'],
      ['{{dec.no}}', '{{dec.text}}'],
      [34, 449],
    ),
    { type: 'h2', text: t(lang, 'projectDoc.minutes.items') },
    grid(
      lang,
      [
        'projectDoc.label.no',
        'projectDoc.label.task',
        'projectDoc.label.owner',
        'projectDoc.minutes.due',
        'projectDoc.minutes.status',
      ],
      ['{{item.no}}', '{{item.text}}', '{{item.owner}}', '{{item.due}}', '{{item.status}}'],
      [34, 211, 100, 78, 60],
    ),
    { type: 'h2', text: t(lang, 'projectDoc.minutes.done') },
    grid(
      lang,
      ['projectDoc.label.task', 'projectDoc.label.owner', 'projectDoc.minutes.doneOn'],
      ['{{done.text}}', '{{done.owner}}', '{{done.date}}'],
      [245, 140, 98],
    ),
    { type: 'h2', text: t(lang, 'projectDoc.minutes.figures') },
    {
      type: 'table',
      widths: [300, 183],
      right: [1],
      rows: [
        [t(lang, 'projectDoc.minutes.hours'), '{{status.hours}}'],
        [t(lang, 'projectDoc.minutes.budgetUsed'), '{{status.budgetUsed}}'],
        [t(lang, 'projectDoc.minutes.budgetShare'), '{{status.budgetPercent}}'],
        [t(lang, 'projectDoc.minutes.progress'), '{{status.progress}}'],
        [t(lang, 'projectDoc.minutes.elapsed'), '{{status.elapsed}}'],
      ],
    },
    { type: 'h2', text: t(lang, 'projectDoc.minutes.milestones') },
    grid(
      lang,
      ['projectDoc.label.date', 'projectDoc.label.milestone', 'projectDoc.label.progress'],
      ['{{ms.date}}', '{{ms.label}}', '{{ms.progress}}'],
      [100, 283, 100],
      [2],
    ),
    { type: 'p', text: '' },
    { type: 'p', text: t(lang, 'projectDoc.minutes.corrections'), size: 9, color: '#5f6368' },
  ];
}

/** The acceptance report the client fills in on paper: deliverables to tick, the result, defects, signatures. */
function acceptance(lang: Lang): Block[] {
  const blank = (): string[] => ['', '', ''];
  return [
    ...addressBlocks(),
    { type: 'p', text: t(lang, 'projectDoc.acceptance.head'), align: 'right', bold: true },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.date'), align: 'right' },
    { type: 'p', text: t(lang, 'projectDoc.orderLine'), align: 'right' },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.reference'), align: 'right' },
    { type: 'h1', text: t(lang, 'projectDoc.acceptance.title') },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.forConfirmation') },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.intro') },
    grid(
      lang,
      [
        'projectDoc.label.no',
        'projectDoc.acceptance.deliverable',
        'projectDoc.acceptance.accepted',
        'projectDoc.acceptance.defect',
      ],
      ['{{del.no}}', '{{del.text}}', '☐', '☐'],
      [34, 289, 80, 80],
    ),
    { type: 'h2', text: t(lang, 'projectDoc.acceptance.result') },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.resultAccepted') },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.resultMinor') },
    { type: 'p', text: t(lang, 'projectDoc.acceptance.resultRefused') },
    { type: 'h2', text: t(lang, 'projectDoc.acceptance.defects') },
    {
      type: 'table',
      header: true,
      widths: [34, 329, 120],
      rows: [
        [
          t(lang, 'projectDoc.label.no'),
          t(lang, 'projectDoc.acceptance.defect'),
          t(lang, 'projectDoc.acceptance.deadline'),
        ],
        blank(),
        blank(),
        blank(),
        blank(),
      ],
    },
    ...signatures(lang, 'projectDoc.sign.client', 'projectDoc.sign.agency'),
  ];
}

/** The handover report: the checklist, the usage rights granted, the order folder, after-care dates, signatures. */
function handover(lang: Lang): Block[] {
  return [
    ...addressBlocks(),
    { type: 'p', text: t(lang, 'projectDoc.handover.head'), align: 'right', bold: true },
    { type: 'p', text: t(lang, 'projectDoc.handover.date'), align: 'right' },
    { type: 'p', text: t(lang, 'projectDoc.orderLine'), align: 'right' },
    { type: 'h1', text: t(lang, 'projectDoc.handover.title') },
    { type: 'p', text: t(lang, 'projectDoc.handover.accepted') },
    { type: 'p', text: t(lang, 'projectDoc.handover.intro') },
    { type: 'h2', text: t(lang, 'projectDoc.handover.checklist') },
    grid(
      lang,
      ['projectDoc.handover.item', 'projectDoc.handover.done'],
      ['{{chk.label}}', '{{chk.status}}'],
      [383, 100],
    ),
    { type: 'h2', text: '{{rights.heading}}' },
    { type: 'p', text: '{{handover.rights}}' },
    { type: 'p', text: '{{rights.text}}' },
    { type: 'p', text: '' },
    { type: 'p', text: t(lang, 'projectDoc.handover.folder') },
    { type: 'h2', text: t(lang, 'projectDoc.handover.afterCare') },
    { type: 'p', text: t(lang, 'projectDoc.handover.afterCareIntro') },
    grid(
      lang,
      ['projectDoc.label.date', 'projectDoc.handover.occasion'],
      ['{{fu.date}}', '{{fu.label}}'],
      [120, 363],
    ),
    ...signatures(lang, 'projectDoc.sign.handedOver', 'projectDoc.sign.received'),
  ];
}
