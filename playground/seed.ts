// The demo agency of a first start, made the way a user would: through the add-on's own functions only.
import type { AddOn } from '../emulator/addon';
import type {
  InquiryInput,
  OrderDto,
  Result,
  SidebarStateDto,
  StageChangeInput,
} from '../src/shared/contract';
import type { ProjectDto } from '../src/shared/projectContract';
import type { QuoteEditorDto } from '../src/shared/quoteContract';

type Stage = StageChangeInput['target'];
type NewClient = NonNullable<InquiryInput['newClient']>;

const COMPANY: Record<string, string> = {
  'company.name': 'Pixelwerk Kreativagentur GmbH',
  'company.street': 'Torstraße 109',
  'company.postcode': '10119',
  'company.city': 'Berlin',
  'company.country': 'DE',
  'company.taxNumber': '37/123/45678',
  'company.vatId': 'DE123456789',
  'company.iban': 'DE89370400440532013000',
  'company.bic': 'COBADEFFXXX',
  'company.email': 'hallo@pixelwerk.example',
  'company.phone': '+49 30 1234567',
};

function client(name: string, city: string, extra: Partial<NewClient> = {}): NewClient {
  return {
    name,
    street: '',
    postcode: '',
    city,
    country: 'DE',
    contactPerson: '',
    email: '',
    phone: '',
    vatId: '',
    kind: 'business',
    ...extra,
  };
}

const CLIENTS = {
  baker: client('Bäckerei Schön', 'Köln', {
    street: 'Severinstraße 12',
    postcode: '50678',
    contactPerson: 'Marie Schön',
    email: 'marie@baeckerei-schoen.example',
    phone: '+49 221 987654',
  }),
  mueller: client('Müller & Söhne Maschinenbau GmbH', 'Stuttgart', {
    street: 'Industriestraße 4',
    postcode: '70565',
    contactPerson: 'Thomas Müller',
    email: 't.mueller@mueller-soehne.example',
    vatId: 'DE811234567',
  }),
  nord: client('Studio Nord', 'Kiel', {
    street: 'Holtenauer Straße 88',
    postcode: '24105',
    contactPerson: 'Jens Petersen',
    email: 'jens@studionord.example',
  }),
  hoffmann: client('Lena Hoffmann', 'Berlin', {
    kind: 'consumer',
    street: 'Kastanienallee 12',
    postcode: '10435',
    email: 'lena.hoffmann@example.com',
  }),
};
type ClientKey = keyof typeof CLIENTS;

interface DemoOrder {
  client: ClientKey;
  title: string;
  description: string;
  source: InquiryInput['source'];
  /** Whole euros: read the same in German and English. */
  value: string;
  /** Days from the emulator's today; negative ones are overdue. */
  deadlineInDays: number | null;
  /** Moves after the inquiry, in order; a reason for the stages that need one. */
  moves: { to: Stage; reason?: string }[];
  /** Invoices issued at the end: a down payment of a share, or one over everything confirmed. */
  invoices?: ({ type: 'downPayment'; share: string } | { type: 'standard' })[];
}

const ORDERS: DemoOrder[] = [
  {
    client: 'baker',
    title: 'Logo-Überarbeitung',
    description: 'Das Logo soll moderner werden, die Brezel bleibt.',
    source: 'inquiry',
    value: '2400',
    deadlineInDays: 30,
    moves: [],
  },
  {
    client: 'mueller',
    title: 'Website-Relaunch',
    description: 'Neue Website mit Produktkatalog, zweisprachig.',
    source: 'referral',
    value: '18500',
    deadlineInDays: 60,
    moves: [{ to: 'quote' }],
  },
  {
    client: 'mueller',
    title: 'Messestand Hannover Messe',
    description: 'Standgestaltung, Banner und Flyer.',
    source: 'pitch',
    value: '32000',
    deadlineInDays: 45,
    moves: [{ to: 'quote' }, { to: 'ordered' }],
  },
  {
    client: 'nord',
    title: 'Imagefilm 90 Sekunden',
    description: 'Drehbuch, Dreh an zwei Tagen, Schnitt.',
    source: 'inquiry',
    value: '9800',
    deadlineInDays: 20,
    moves: [{ to: 'quote' }, { to: 'ordered' }, { to: 'confirmed' }],
    invoices: [{ type: 'downPayment', share: '30 %' }],
  },
  {
    client: 'baker',
    title: 'Verpackungsdesign Brotbeutel',
    description: 'Drei Motive für Papiertüten.',
    source: 'existingClient',
    value: '4200',
    deadlineInDays: -5,
    moves: [{ to: 'quote' }, { to: 'ordered' }, { to: 'confirmed' }, { to: 'kickoff' }, { to: 'inProgress' }],
  },
  {
    client: 'hoffmann',
    title: 'Hochzeitspapeterie',
    description: 'Einladungen, Menükarten und Tischkarten.',
    source: 'inquiry',
    value: '1350',
    deadlineInDays: -2,
    moves: [
      { to: 'quote' },
      { to: 'ordered' },
      { to: 'confirmed' },
      { to: 'kickoff' },
      { to: 'inProgress' },
      { to: 'acceptance' },
      { to: 'handedOver' },
    ],
    invoices: [{ type: 'standard' }],
  },
  {
    client: 'nord',
    title: 'Social-Media-Kampagne Sommer',
    description: 'Zwölf Posts und drei Reels.',
    source: 'existingClient',
    value: '6500',
    deadlineInDays: 10,
    moves: [
      { to: 'quote' },
      { to: 'ordered' },
      { to: 'onHold', reason: 'Der Kunde klärt das Budget bis Ende Juli.' },
    ],
  },
  {
    client: 'mueller',
    title: 'Newsletter-Vorlagen',
    description: '',
    source: 'existingClient',
    value: '2900',
    deadlineInDays: null,
    moves: [{ to: 'lost', reason: 'Der Kunde setzt die Vorlagen selbst um.' }],
  },
];

function expectOk<T>(step: string, result: Result<T>): T {
  if (!result.ok) throw new Error(`Seeding failed at "${step}": ${result.error.message}`);
  return result.data;
}

function isoDay(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A quote's positions from the order's expected value: concept, design hours, rights, one option. */
function demoPositions(value: number) {
  const base = { service: '', discount: '', unitCost: '', optional: false } as const;
  const hours = Math.max(4, Math.round((value * 0.5) / 95));
  return [
    {
      ...base,
      id: 'p1',
      kind: 'title',
      description: 'Konzeption und Gestaltung',
      quantity: '',
      unit: '',
      unitPrice: '',
      vatRate: '',
    },
    {
      ...base,
      id: 'p2',
      kind: 'item',
      description: 'Konzept und Moodboard',
      quantity: '1',
      unit: 'lumpSum',
      unitPrice: String(Math.round(value * 0.2)),
      vatRate: '19',
    },
    {
      ...base,
      id: 'p3',
      kind: 'item',
      description: 'Gestaltung und Reinzeichnung',
      quantity: String(hours),
      unit: 'hour',
      unitPrice: '95',
      vatRate: '19',
      unitCost: '48',
    },
    {
      ...base,
      id: 'p4',
      kind: 'item',
      description: 'Einräumung der Nutzungsrechte',
      quantity: '1',
      unit: 'lumpSum',
      unitPrice: String(Math.round(value * 0.1)),
      vatRate: '7',
    },
    {
      ...base,
      id: 'p5',
      kind: 'item',
      description: 'Animierte Fassung für Social Media',
      quantity: '1',
      unit: 'lumpSum',
      unitPrice: '650',
      vatRate: '19',
      optional: true,
    },
  ];
}

/** Inquiry -> quote the way a user does it: the editor saves, "Create quote document" sends it. */
function quoteOrder(addon: AddOn, order: OrderDto, demo: DemoOrder, now: Date): string {
  const editor = expectOk<QuoteEditorDto>(
    `quoteLoadEditor ${order.number}`,
    addon.call('quoteLoadEditor', { orderNo: order.number }),
  );
  const draft = {
    ...editor.draft,
    date: isoDay(now, -3),
    validUntil: isoDay(now, 27),
    title: demo.title,
    usageRights: {
      kind: 'simple',
      media: 'Print und Online',
      territory: 'Deutschland',
      duration: 'unbefristet',
      onFullPayment: true,
    },
    positions: demoPositions(Number(demo.value)),
  };
  const saved = expectOk<QuoteEditorDto>(
    `quoteSave ${order.number}`,
    addon.call('quoteSave', { orderNo: order.number, baseNumber: '', draft }),
  );
  const number = saved.base?.number ?? '';
  expectOk(`quoteCreateDocument ${number}`, addon.call('quoteCreateDocument', { number }));
  return number;
}

/** One step of a demo order: the quote flow's own actions where it has them, a stage move otherwise. */
function advance(
  addon: AddOn,
  order: OrderDto,
  demo: DemoOrder,
  move: DemoOrder['moves'][number],
  now: Date,
  quote: { number: string },
): void {
  const step = `${order.number} → ${move.to}`;
  if (move.to === 'quote') {
    quote.number = quoteOrder(addon, order, demo, now);
  } else if (move.to === 'ordered') {
    const input = {
      number: quote.number,
      date: isoDay(now, -1),
      by: CLIENTS[demo.client].contactPerson,
      reference: `PO-${order.number}`,
      options: ['p5'],
    };
    expectOk(`quoteAccept ${step}`, addon.call('quoteAccept', input));
  } else if (move.to === 'confirmed') {
    const deadline = demo.deadlineInDays === null ? '' : isoDay(now, demo.deadlineInDays);
    const milestones = [
      { date: isoDay(now, 7), label: 'Entwürfe zur Abstimmung' },
      { date: isoDay(now, 14), label: 'Freigabe der Reinzeichnung' },
    ];
    expectOk(
      `confirmationCreate ${step}`,
      addon.call('confirmationCreate', { orderNo: order.number, deadline, milestones, deviationNote: '' }),
    );
  } else if (move.to === 'kickoff' || move.to === 'acceptance' || move.to === 'handedOver') {
    projectStep(addon, order, demo, move.to, now);
  } else {
    const change: StageChangeInput = { orderNo: order.number, target: move.to, reason: move.reason ?? '' };
    expectOk(`sidebarChangeStage ${step}`, addon.call('sidebarChangeStage', change));
  }
}

/** What the acceptance protocol lists: the quote's positions and the option the client took. */
const DELIVERABLES = [
  'Konzept und Moodboard',
  'Gestaltung und Reinzeichnung',
  'Einräumung der Nutzungsrechte',
  'Animierte Fassung für Social Media',
];

/**
 * The project phase's stages come with their actions in the project dialog, whose gates a bare stage move
 * would fail: the kick-off is scheduled (for today, so "In Arbeit" may follow at once: the demo's clock does
 * not move), acceptance is requested, and the handover needs the acceptance, the checklist and the protocol.
 */
function projectStep(
  addon: AddOn,
  order: OrderDto,
  demo: DemoOrder,
  target: 'kickoff' | 'acceptance' | 'handedOver',
  now: Date,
): void {
  const step = `${order.number} → ${target}`;
  const orderNo = order.number;
  if (target === 'kickoff') {
    expectOk(
      `kickoffSchedule ${step}`,
      addon.call('kickoffSchedule', {
        orderNo,
        date: isoDay(now, 0),
        start: '16:00',
        durationMin: '60',
        place: 'Pixelwerk, Torstraße 109, Berlin',
        video: true,
        guests: CLIENTS[demo.client].email,
        openQuestions: 'Ansprechpartner für Freigaben?\nLieferformate?',
      }),
    );
  } else if (target === 'acceptance') {
    expectOk(
      `acceptanceRequest ${step}`,
      addon.call('acceptanceRequest', { orderNo, deliverables: DELIVERABLES.join('\n') }),
    );
  } else {
    const project = expectOk<ProjectDto>(`projectLoad ${step}`, addon.call('projectLoad', { orderNo }));
    const pending = project.acceptances.find((a) => a.result === 'pending');
    if (!pending) throw new Error(`Seeding failed at "${step}": no acceptance is pending`);
    expectOk(
      `acceptanceDecide ${step}`,
      addon.call('acceptanceDecide', {
        acceptanceId: pending.id,
        date: isoDay(now, 0),
        accepted: pending.deliverables,
        defects: [],
      }),
    );
    expectOk(
      `checklistSave ${step}`,
      addon.call('checklistSave', { orderNo, done: project.checklist.map((c) => c.item) }),
    );
    expectOk(`handoverCreate ${step}`, addon.call('handoverCreate', { orderNo, shareWith: '' }));
  }
}

/** Drafts and issues one invoice, as "Neue Rechnung" then "Rechnung stellen" in the sidebar do. */
function bill(
  addon: AddOn,
  orderNo: string,
  invoice: NonNullable<DemoOrder['invoices']>[number],
  now: Date,
): void {
  const downPayment = invoice.type === 'downPayment';
  const order = expectOk<OrderDto>(
    `invoiceCreateDraft ${orderNo}`,
    addon.call('invoiceCreateDraft', {
      orderNo,
      type: invoice.type,
      share: downPayment ? invoice.share : '',
      picks: [],
      supplyFrom: downPayment ? '' : isoDay(now, -20),
      supplyTo: downPayment ? '' : isoDay(now, -1),
      skontoPercent: downPayment ? '' : '2',
      skontoDays: downPayment ? '' : '10',
      resolved: [],
    }),
  );
  const draft = order.billing?.invoices.find((i) => i.status === 'draft');
  expectOk(`invoiceIssue ${orderNo}`, addon.call('invoiceIssue', { id: draft?.id ?? '' }));
}

/** Opens the spreadsheet, sets up the register, fills in the agency and a few clients and orders. */
export function seedDemo(addon: AddOn): void {
  const { emulator } = addon;
  addon.call('onOpen');
  addon.call('menuSetupRegister');
  const alert = emulator.ui.alerts[0];
  if (alert) throw new Error(`Seeding failed at "menuSetupRegister": ${alert.prompt || alert.title}`);
  expectOk('sidebarSaveSettings', addon.call('sidebarSaveSettings', COMPANY));

  const now = emulator.clock.now();
  const created: OrderDto[] = [];
  const seen = new Set<ClientKey>();
  for (const demo of ORDERS) {
    let clientId = '';
    if (seen.has(demo.client)) {
      const state = expectOk<SidebarStateDto>('sidebarLoad', addon.call('sidebarLoad'));
      const match = state.clients.find((c) => c.name === CLIENTS[demo.client].name);
      if (!match) throw new Error(`Seeding failed: client ${CLIENTS[demo.client].name} is not listed`);
      clientId = match.id;
    }
    const input: InquiryInput = {
      clientId,
      newClient: clientId ? null : CLIENTS[demo.client],
      title: demo.title,
      description: demo.description,
      source: demo.source,
      expectedValue: demo.value,
      deadline: demo.deadlineInDays === null ? '' : isoDay(now, demo.deadlineInDays),
    };
    const order = expectOk<OrderDto>(
      `sidebarCreateInquiry ${demo.title}`,
      addon.call('sidebarCreateInquiry', input),
    );
    seen.add(demo.client);
    const quote = { number: '' };
    for (const move of demo.moves) advance(addon, order, demo, move, now, quote);
    for (const invoice of demo.invoices ?? []) bill(addon, order.number, invoice, now);
    created.push(order);
  }
  selectFirstOrder(addon, created[0].number);
}

/** Leaves the cursor on the first order's row, so "Open sidebar" shows an order straight away. */
function selectFirstOrder(addon: AddOn, orderNo: string): void {
  const { emulator } = addon;
  for (const name of emulator.sheetNames()) {
    const rows = emulator.values(name);
    const row = rows.findIndex((cells) => cells.includes(orderNo));
    if (row < 0) continue;
    emulator.uncounted(() =>
      emulator.spreadsheet
        .getSheetByName(name)
        ?.getRange(row + 1, 1)
        .activate(),
    );
    return;
  }
}
