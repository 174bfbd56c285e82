// The project sheets: Meetings, Action items, Time, Acceptances and Follow-ups, one record per row.
import { col, type TableDef } from './tableTypes';

export const PROJECT_TABLES = {
  meetings: {
    key: 'meetings',
    sheet: 'sheet.meetings',
    keyColumn: 'id',
    columns: [
      col('date', 'date', 90),
      col('start', 'text', 60),
      col('orderNo', 'text', 90),
      col('kind', 'choice', 110, { choices: 'meetingKind' }),
      col('durationMin', 'int', 70),
      col('place', 'text', 200),
      col('guests', 'text', 220),
      col('interval', 'choice', 120, { choices: 'jourFixeInterval' }),
      col('eventUrl', 'link', 160),
      col('docUrl', 'link', 160),
      col('minutesOn', 'date', 90),
      col('id', 'text', 110, { hidden: true }),
      col('eventId', 'text', 110, { hidden: true }),
    ],
  },
  actionItems: {
    key: 'actionItems',
    sheet: 'sheet.actionItems',
    keyColumn: 'id',
    columns: [
      col('orderNo', 'text', 90),
      col('kind', 'choice', 110, { choices: 'actionKind' }),
      col('text', 'longText', 300),
      col('owner', 'text', 160),
      col('due', 'date', 90),
      col('status', 'choice', 90, { choices: 'actionStatus' }),
      col('createdOn', 'date', 90),
      col('doneOn', 'date', 90),
      col('source', 'text', 110, { hidden: true }),
      col('id', 'text', 110, { hidden: true }),
    ],
  },
  time: {
    key: 'time',
    sheet: 'sheet.time',
    keyColumn: 'id',
    columns: [
      col('date', 'date', 90),
      col('person', 'text', 180),
      col('orderNo', 'text', 90),
      col('service', 'text', 160),
      col('hours', 'decimal', 70),
      col('billable', 'boolean', 80),
      col('note', 'text', 260),
      col('id', 'text', 110, { hidden: true }),
    ],
  },
  acceptances: {
    key: 'acceptances',
    sheet: 'sheet.acceptances',
    keyColumn: 'id',
    columns: [
      col('orderNo', 'text', 90),
      col('round', 'int', 60),
      col('requestedOn', 'date', 90),
      col('deliverables', 'longText', 280),
      col('result', 'choice', 120, { choices: 'acceptanceResult' }),
      col('decidedOn', 'date', 90),
      col('accepted', 'longText', 240),
      col('docUrl', 'link', 160),
      col('pdfUrl', 'link', 160),
      col('id', 'text', 110, { hidden: true }),
    ],
  },
  followUps: {
    key: 'followUps',
    sheet: 'sheet.followUps',
    keyColumn: 'id',
    columns: [
      col('orderNo', 'text', 90),
      col('due', 'date', 90),
      col('kind', 'choice', 170, { choices: 'followUpKind' }),
      col('offset', 'int', 70),
      col('doneOn', 'date', 90),
      col('satisfaction', 'int', 90),
      col('outcome', 'longText', 320),
      col('id', 'text', 110, { hidden: true }),
    ],
  },
} as const satisfies Record<string, TableDef>;

export const PROJECT_TABLE_KEYS = ['meetings', 'actionItems', 'time', 'acceptances', 'followUps'] as const;
export type ProjectTableKey = (typeof PROJECT_TABLE_KEYS)[number];
