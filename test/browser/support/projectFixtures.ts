// A project mother for the project dialog's browser tests: plain DTOs as the server would send them, one order in progress.
// Hours are hundredths of an hour (150 = 1,5 h), as the server counts them.
import type {
  AcceptanceDto,
  ActionItemDto,
  DueFollowUpDto,
  FollowUpDto,
  MeetingDto,
  ProjectDto,
  ProjectResultDto,
  TimeEntryDto,
} from '../../../src/shared/projectContract';

export const PROJECT_TODAY = '2026-06-20';

export function meeting(overrides: Partial<MeetingDto> = {}): MeetingDto {
  return {
    id: 'M-1',
    kind: 'kickoff',
    date: '2026-06-03',
    start: '10:00',
    durationMin: 90,
    place: 'Büro Hamburg, Raum 2',
    guests: ['kunde@mueller.example', 'anna@agentur.example'],
    eventUrl: 'https://calendar.google.com/calendar/event?eid=kickoff',
    docUrl: 'https://docs.google.com/document/d/agenda/edit',
    minutesOn: null,
    interval: null,
    ...overrides,
  };
}

/** A jour fixe occurrence of a weekly series, minutes not yet written. */
export function jourFixe(overrides: Partial<MeetingDto> = {}): MeetingDto {
  return meeting({
    id: 'M-2',
    kind: 'jourFixe',
    date: '2026-06-17',
    start: '09:30',
    durationMin: 30,
    place: 'https://meet.google.com/abc-defg-hij',
    eventUrl: 'https://calendar.google.com/calendar/event?eid=jf',
    docUrl: '',
    interval: 'weekly',
    ...overrides,
  });
}

export function actionItem(overrides: Partial<ActionItemDto> = {}): ActionItemDto {
  return {
    id: 'I-1',
    kind: 'action',
    text: 'Logo-Dateien liefern',
    owner: 'Kunde',
    due: '2026-06-24',
    status: 'open',
    overdue: false,
    ...overrides,
  };
}

export function timeEntry(overrides: Partial<TimeEntryDto> = {}): TimeEntryDto {
  return {
    date: '2026-06-19',
    person: 'anna@agentur.example',
    service: 'Design',
    hours: 150,
    billable: true,
    note: 'Startseite',
    ...overrides,
  };
}

export function acceptance(overrides: Partial<AcceptanceDto> = {}): AcceptanceDto {
  return {
    id: 'A-1',
    round: 1,
    requestedOn: '2026-06-18',
    deliverables: ['Startseite', 'Shop', 'Impressum und Datenschutz'],
    docUrl: 'https://docs.google.com/document/d/acceptance-1/edit',
    pdfUrl: 'https://drive.google.com/file/d/acceptance-1-pdf/view',
    result: 'pending',
    decidedOn: null,
    accepted: [],
    ...overrides,
  };
}

export function followUp(overrides: Partial<FollowUpDto> = {}): FollowUpDto {
  return {
    id: 'F-1',
    due: '2026-06-15',
    label: '30 Tage nach Übergabe',
    doneOn: null,
    outcome: '',
    satisfaction: null,
    overdue: true,
    ...overrides,
  };
}

export function dueFollowUp(overrides: Partial<DueFollowUpDto> = {}): DueFollowUpDto {
  return {
    id: 'F-1',
    orderNo: '2026-0042',
    client: 'Müller GmbH',
    title: 'Website-Relaunch',
    due: '2026-06-15',
    label: '30 Tage nach Übergabe',
    overdue: true,
    ...overrides,
  };
}

/** Order 2026-0042 in progress: kick-off held, one jour fixe without minutes, 85 % of the budget used. */
export function project(overrides: Partial<ProjectDto> = {}): ProjectDto {
  return {
    orderNo: '2026-0042',
    client: 'Müller GmbH',
    title: 'Website-Relaunch',
    stage: 'inProgress',
    nextStep: 'next.inProgress',
    today: PROJECT_TODAY,
    deadline: '2026-07-15',
    kickoffOn: '2026-06-03',
    acceptedOn: null,
    handedOverOn: null,
    handoverDocUrl: '',
    clientEmail: 'kunde@mueller.example',
    user: 'anna@agentur.example',
    figures: {
      hours: 4_250,
      budgetUsedCents: 1_062_500,
      confirmedNetCents: 1_250_000,
      budgetBp: 8_500,
      progressBp: 4_000,
      elapsedBp: 4_500,
      deviations: [
        { key: 'budget80', label: 'Budget zu 80 % verbraucht' },
        { key: 'actionOverdue', label: 'Aufgabe überfällig' },
      ],
    },
    milestones: [
      { index: 0, date: '2026-06-10', label: 'Konzept', progress: 100 },
      { index: 1, date: '2026-06-30', label: 'Design', progress: 50 },
      { index: 2, date: '2026-07-15', label: 'Livegang', progress: null },
    ],
    meetings: [meeting(), jourFixe()],
    items: [
      actionItem(),
      actionItem({
        id: 'I-2',
        text: 'Texte für die Startseite',
        owner: 'Anna',
        due: '2026-06-12',
        overdue: true,
      }),
      actionItem({ id: 'I-3', text: 'Farben abstimmen', owner: 'Ben', due: '2026-06-05', status: 'done' }),
    ],
    time: [
      timeEntry(),
      timeEntry({
        date: '2026-06-18',
        person: 'ben@agentur.example',
        service: 'Entwicklung',
        hours: 600,
        note: '',
      }),
      timeEntry({
        date: '2026-06-17',
        service: 'Projektleitung',
        hours: 75,
        billable: false,
        note: 'Jour fixe',
      }),
    ],
    byService: [
      { service: 'Design', hours: 2_050, billableHours: 2_050, cents: 194_750 },
      { service: 'Entwicklung', hours: 2_125, billableHours: 2_125, cents: 201_875 },
      { service: 'Projektleitung', hours: 75, billableHours: 0, cents: 0 },
    ],
    services: ['Design', 'Entwicklung', 'Projektleitung'],
    acceptances: [],
    checklist: [
      { item: 'finalFiles', done: true },
      { item: 'sourceFiles', done: false },
      { item: 'accessData', done: false },
      { item: 'licences', done: false },
      { item: 'usageRights', done: true },
      { item: 'folderShared', done: false },
    ],
    followUps: [],
    overrun: false,
    folderUrl: 'https://drive.google.com/drive/folders/order-2026-0042',
    ...overrides,
  };
}

/** What an action answers: the message, the documents it made and the whole project again. */
export function projectResult(
  p: ProjectDto,
  message: string,
  docs: { docUrl?: string; pdfUrl?: string } = {},
): ProjectResultDto {
  return { message, docUrl: docs.docUrl ?? '', pdfUrl: docs.pdfUrl ?? '', project: p };
}
