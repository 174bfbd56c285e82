// Reads the project sheets: an order's rows with keyed reads (constant calls), or a whole sheet for register-wide work.
import type { ConfirmationFigures, ProjectRecords } from '../app/ports';
import type { Acceptance, ActionItem, FollowUp, Meeting, TimeEntry } from '../domain/project/types';
import { readMoney } from './cells';
import type { GasContext } from './context';
import { orderFolderUrl } from './docs/folders';
import type { TableSource } from './documentReader';
import { readConfirmationRow, readMilestoneRow } from './rows/confirmationRows';
import {
  readAcceptanceRow,
  readFollowUpRow,
  readItemRow,
  readMeetingRow,
  readTimeRow,
} from './rows/projectRows';

export class ProjectReader implements ProjectRecords {
  private readonly cache = new Map<string, unknown>();

  constructor(
    private readonly source: TableSource,
    private readonly context: GasContext,
  ) {}

  private once<T>(key: string, read: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, read());
    return this.cache.get(key) as T;
  }

  meetingsOf(orderNo: string): Meeting[] {
    return this.once(`meetings:${orderNo}`, () => {
      const { map, rows } = this.source.table('meetings').readKeyed([orderNo], 'orderNo');
      const zone = this.source.timeZone();
      return rows
        .map((r) => readMeetingRow(r.cells, map, zone))
        .filter((m) => m.id !== '')
        .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
    });
  }

  findMeeting(id: string): Meeting | null {
    const { map, rows } = this.source.table('meetings').readKeyed([id]);
    return rows.length > 0 ? readMeetingRow(rows[0].cells, map, this.source.timeZone()) : null;
  }

  itemsOf(orderNo: string): ActionItem[] {
    return this.once(`items:${orderNo}`, () => {
      const { map, rows } = this.source.table('actionItems').readKeyed([orderNo], 'orderNo');
      const zone = this.source.timeZone();
      return rows.map((r) => readItemRow(r.cells, r.row, map, zone)).filter((i) => i.text !== '');
    });
  }

  timeOf(orderNo: string): TimeEntry[] {
    return this.once(`time:${orderNo}`, () => {
      const { map, rows } = this.source.table('time').readKeyed([orderNo], 'orderNo');
      const zone = this.source.timeZone();
      return rows.map((r) => readTimeRow(r.cells, r.row, map, zone)).filter((e) => e.date !== '');
    });
  }

  acceptancesOf(orderNo: string): Acceptance[] {
    return this.once(`acceptances:${orderNo}`, () => {
      const { map, rows } = this.source.table('acceptances').readKeyed([orderNo], 'orderNo');
      const zone = this.source.timeZone();
      return rows
        .map((r) => readAcceptanceRow(r.cells, map, zone))
        .filter((a) => a.id !== '')
        .sort((a, b) => a.round - b.round);
    });
  }

  findAcceptance(id: string): Acceptance | null {
    const { map, rows } = this.source.table('acceptances').readKeyed([id]);
    return rows.length > 0 ? readAcceptanceRow(rows[0].cells, map, this.source.timeZone()) : null;
  }

  followUpsOf(orderNo: string): FollowUp[] {
    return this.once(`followUps:${orderNo}`, () => {
      const { map, rows } = this.source.table('followUps').readKeyed([orderNo], 'orderNo');
      const zone = this.source.timeZone();
      return rows
        .map((r) => readFollowUpRow(r.cells, map, zone))
        .filter((f) => f.id !== '')
        .sort((a, b) => a.due.localeCompare(b.due));
    });
  }

  findFollowUp(id: string): FollowUp | null {
    const { map, rows } = this.source.table('followUps').readKeyed([id]);
    return rows.length > 0 ? readFollowUpRow(rows[0].cells, map, this.source.timeZone()) : null;
  }

  allTime(): TimeEntry[] {
    return this.once('allTime', () => {
      const { map, rows } = this.source.table('time').readAll();
      const zone = this.source.timeZone();
      return rows.flatMap((cells, i) => {
        const e = readTimeRow(cells, i + 2, map, zone);
        return e.orderNo !== '' && e.date !== '' ? [e] : [];
      });
    });
  }

  allItems(): ActionItem[] {
    return this.once('allItems', () => {
      const { map, rows } = this.source.table('actionItems').readAll();
      const zone = this.source.timeZone();
      return rows.flatMap((cells, i) => {
        const item = readItemRow(cells, i + 2, map, zone);
        return item.orderNo !== '' && item.text !== '' ? [item] : [];
      });
    });
  }

  allFollowUps(): FollowUp[] {
    return this.once('allFollowUps', () => {
      const { map, rows } = this.source.table('followUps').readAll();
      const zone = this.source.timeZone();
      return rows
        .map((cells) => readFollowUpRow(cells, map, zone))
        .filter((f) => f.id !== '' && f.due !== '');
    });
  }

  allConfirmations(): Map<string, ConfirmationFigures> {
    return this.once('allConfirmations', () => {
      const zone = this.source.timeZone();
      const confirmations = this.source.table('confirmations').readAll();
      const netIndex = confirmations.map.get('net');
      const byNumber = new Map<string, ConfirmationFigures & { orderNo: string }>();
      confirmations.rows.forEach((cells, i) => {
        const { confirmation } = readConfirmationRow(cells, i + 2, confirmations.map, zone);
        if (confirmation.number === '') return;
        const net = netIndex === undefined ? null : readMoney(cells[netIndex]);
        byNumber.set(confirmation.number, {
          orderNo: confirmation.orderNo,
          netCents: net ?? 0,
          date: confirmation.date,
          deadline: confirmation.deadline,
          milestones: [],
        });
      });
      const milestones = this.source.table('milestones').readAll();
      const documentIndex = milestones.map.get('document') as number;
      for (const cells of milestones.rows) {
        const entry = byNumber.get(String(cells[documentIndex] ?? '').trim());
        if (entry) entry.milestones.push(readMilestoneRow(cells, milestones.map, zone).milestone);
      }
      // The last confirmation of an order is the one that counts (a second one after a change).
      const byOrder = new Map<string, ConfirmationFigures>();
      for (const { orderNo, ...rest } of byNumber.values()) byOrder.set(orderNo, rest);
      return byOrder;
    });
  }

  timeOfPerson(person: string): TimeEntry[] {
    if (person.trim() === '') return [];
    const { map, rows } = this.source.table('time').readKeyed([person.trim()], 'person');
    const zone = this.source.timeZone();
    return rows.map((r) => readTimeRow(r.cells, r.row, map, zone)).filter((e) => e.date !== '');
  }

  folderUrl(orderNo: string): string {
    return orderFolderUrl(this.context, orderNo);
  }
}
