// Use case "Refresh deviations": every running order's budget, progress and flags recomputed, written in bulk.
import type { Order } from '../../domain/order';
import { t } from '../../shared/i18n';
import type { DeviationsRefreshDto } from '../../shared/projectContract';
import type { Environment, Register } from '../ports';
import { uiLang } from '../settingsView';
import { RUNNING_STAGES } from './context';
import { figuresOf } from './figures';

/** Orders with a budget to watch: running ones, and those on hold (their budget still counts when they resume). */
const WATCHED = new Set<string>([...RUNNING_STAGES, 'onHold']);

/**
 * One read each of orders, confirmations, milestones, time, action items and the rate card; everything else in
 * memory; the changed figure cells written with one setValues per run of columns. The calls do not grow with the
 * register. The figures are derived data: an interrupted refresh leaves each row either old or new, never wrong.
 */
export function refreshDeviations(register: Register, env: Environment): DeviationsRefreshDto {
  const today = env.today();
  return register.transact((reader) => {
    const { settings } = reader.settings();
    const project = reader.project();
    const confirmations = project.allConfirmations();
    const timeByOrder = groupBy(project.allTime(), (e) => e.orderNo);
    const itemsByOrder = groupBy(project.allItems(), (i) => i.orderNo);
    const card = reader.rateCard();
    const pairs: { before: Order; after: Order }[] = [];
    let checked = 0;
    let flagged = 0;
    for (const { order, problems } of reader.orders()) {
      if (problems.length > 0 || !WATCHED.has(order.stage)) continue;
      checked++;
      const confirmation = confirmations.get(order.number);
      const project2 = figuresOf(
        {
          order,
          confirmedNetCents: confirmation ? confirmation.netCents : null,
          confirmationDate: confirmation?.date ?? null,
          deadline: confirmation?.deadline ?? order.deadline,
          milestones: confirmation?.milestones ?? [],
          time: timeByOrder.get(order.number) ?? [],
          items: itemsByOrder.get(order.number) ?? [],
        },
        card,
        settings,
        today,
      );
      if (project2.deviations.length > 0) flagged++;
      if (JSON.stringify(project2) !== JSON.stringify(order.project))
        pairs.push({ before: order, after: { ...order, project: project2 } });
    }
    const lang = uiLang(settings, env.userLang());
    const registerLang = reader.lang();
    return {
      changes: {
        project: { orderFigures: pairs },
        log: [
          {
            action: 'refreshDeviations',
            orderNo: '',
            oldValue: '',
            newValue: t(registerLang, 'project.deviationsRefreshed', { checked, flagged }),
          },
        ],
      },
      result: { message: t(lang, 'project.deviationsRefreshed', { checked, flagged }), checked, flagged },
    };
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
