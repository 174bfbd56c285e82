// The order's Drive folder, "<order no> <client> - <title>" with subfolders, made on first use and remembered.
import type { Order } from '../../domain/order';
import { type Lang, t } from '../../shared/i18n';
import type { GasContext } from '../context';
import { createFolder, isLive } from './drive';
import { rootFolder } from './templates';

export const SUBFOLDERS = ['quotes', 'confirmations', 'minutes', 'invoices'] as const;
export type Subfolder = (typeof SUBFOLDERS)[number];

const PROP_FOLDER = 'aa.folder:';

type OrderFolder = { id: string } & Record<Subfolder, string>;

function remembered(context: GasContext, orderNo: string): OrderFolder | null {
  try {
    const value = context.props()[PROP_FOLDER + orderNo];
    return value ? (JSON.parse(value) as OrderFolder) : null;
  } catch {
    return null;
  }
}

/** The subfolder's id; one Drive call when the folder exists, a few the first time. */
export function orderSubfolder(context: GasContext, order: Order, sub: Subfolder, lang: Lang): string {
  const known = remembered(context, order.number);
  if (known?.[sub] && isLive(known[sub])) return known[sub];
  const name = `${order.number} ${order.client} - ${order.title}`.slice(0, 200);
  const id =
    known?.id && isLive(known.id) ? known.id : (createFolder(name, rootFolder(context, lang)).id as string);
  const folder = { id } as OrderFolder;
  for (const s of SUBFOLDERS) folder[s] = createFolder(t(lang, `tpl.sub.${s}`), id).id as string;
  context.setProps({ [PROP_FOLDER + order.number]: JSON.stringify(folder) });
  return folder[sub];
}

/** The order folder's Drive link, from what the add-on remembered; '' before its first document. */
export function orderFolderUrl(context: GasContext, orderNo: string): string {
  const known = remembered(context, orderNo);
  return known?.id ? `https://drive.google.com/drive/folders/${known.id}` : '';
}

/** The order folder's id, made with its subfolders if it does not exist yet. */
export function orderFolder(context: GasContext, order: Order, lang: Lang): string {
  orderSubfolder(context, order, 'minutes', lang);
  return (remembered(context, order.number) as OrderFolder).id;
}
