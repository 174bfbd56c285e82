// Use case "Open sidebar": everything the sidebar shows, gathered in one server call.
import type { SidebarStateDto } from '../shared/contract';
import { type Lang, type MessageKey, type MessageParams, t } from '../shared/i18n';
import { OPEN_ORDERS_LIMIT, SIDEBAR_OPEN_ITEMS } from '../shared/limits';
import type { OpenItemsDto } from '../shared/receivablesContract';
import type { Environment, Mailer, Register, RegisterReader } from './ports';
import { dueFollowUpList } from './project/aftercare';
import { openItemsView } from './receivables/openItems';
import { translateSettingProblems, uiLang } from './settingsView';
import { openOrderSummaries, orderView } from './views';

export function loadSidebar(
  register: Register,
  env: Environment,
  mailer: Pick<Mailer, 'digestEnabled'>,
): SidebarStateDto {
  const today = env.today();
  return register.read((reader) => {
    if (!reader.isSetUp()) {
      const base = { lang: env.userLang(), user: env.user(), today };
      return {
        ...base,
        registerReady: false,
        settingsProblems: [],
        active: null,
        openOrders: [],
        openOrderCount: 0,
        clients: [],
        openItems: { today, totalCents: 0, count: 0, buckets: [], items: [] },
        digest: false,
        followUps: [],
      };
    }
    const { settings, problems } = reader.settings();
    const lang = uiLang(settings, env.userLang());
    const base = { lang, user: env.user(), today };
    const records = reader.orders();
    const activeRow = reader.activeOrderRow();
    const active = activeRow === null ? undefined : records.find((r) => r.row === activeRow);
    const open = openOrderSummaries(records, today);
    return {
      ...base,
      registerReady: true,
      settingsProblems: translateSettingProblems(problems, lang),
      active: active ? orderView(reader, active, today) : null,
      openOrders: open.slice(0, OPEN_ORDERS_LIMIT),
      openOrderCount: open.length,
      clients: reader
        .clients()
        .map((r) => ({ id: r.client.id, name: r.client.name, kind: r.client.kind, city: r.client.city }))
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
      openItems: sidebarOpenItems(reader, env, lang),
      digest: mailer.digestEnabled(),
      followUps: sidebarFollowUps(reader, today, lang),
    };
  });
}

/** The sidebar shows the buckets and the head of the list; the receivables dialog loads all of it. */
function sidebarOpenItems(reader: RegisterReader, env: Environment, lang: Lang): OpenItemsDto {
  try {
    const all = openItemsView(reader, env);
    return { ...all, items: all.items.slice(0, SIDEBAR_OPEN_ITEMS) };
  } catch (error) {
    // A register set up before receivables lacks their columns: the sidebar still opens and says what to do.
    const e = error as { key?: MessageKey; params?: MessageParams };
    if (!e.key) throw error;
    return {
      today: env.today(),
      totalCents: 0,
      count: 0,
      buckets: [],
      items: [],
      problem: t(lang, e.key, e.params),
    };
  }
}

/** Due follow-ups; a register set up before the project sheets has none yet (setup adds the sheet). */
function sidebarFollowUps(reader: RegisterReader, today: string, lang: Lang) {
  try {
    return dueFollowUpList(reader, today, lang);
  } catch (error) {
    if ((error as { key?: string }).key) return [];
    throw error;
  }
}
