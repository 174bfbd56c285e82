// Clients sheet rows <-> Client.
import type { Client, ClientKind } from '../../domain/client';
import type { Lang } from '../../shared/i18n';
import { type CellOut, type CellValue, writeDate } from '../cells';
import type { ColumnMap } from '../columns';
import { type CellProblem, CellReader } from './cellReader';
import { choiceLabel } from './choices';

export interface ClientRow {
  client: Client;
  row: number;
  problems: CellProblem[];
}

export function readClientRows(rows: readonly CellValue[][], map: ColumnMap, timeZone: string): ClientRow[] {
  const out: ClientRow[] = [];
  rows.forEach((cells, i) => {
    const r = new CellReader(cells, map, timeZone);
    const name = r.text('name');
    if (name === '') return;
    const client: Client = {
      id: r.text('id'),
      name,
      kind: r.choice<ClientKind>('kind', 'kind', 'business'),
      contactPerson: r.text('contactPerson'),
      email: r.text('email'),
      phone: r.text('phone'),
      street: r.text('street'),
      postcode: r.text('postcode'),
      city: r.text('city'),
      country: r.text('country').toUpperCase(),
      vatId: r.text('vatId'),
      createdOn: r.date('createdOn') ?? '',
    };
    out.push({ client, row: i + 2, problems: r.problems });
  });
  return out;
}

export function clientCells(client: Client, lang: Lang): Record<string, CellOut> {
  return {
    id: client.id,
    name: client.name,
    kind: choiceLabel('kind', client.kind, lang),
    contactPerson: client.contactPerson,
    email: client.email,
    phone: client.phone,
    street: client.street,
    postcode: client.postcode,
    city: client.city,
    country: client.country,
    vatId: client.vatId,
    createdOn: writeDate(client.createdOn),
  };
}
