// Workbook port on Apps Script: moves the user's selection to an order's row.
import type { Workbook } from '../app/ports';
import type { GasContext } from './context';

export class GasWorkbook implements Workbook {
  constructor(private readonly context: GasContext) {}

  selectOrderRow(row: number): void {
    const sheet = this.context.sheet('orders');
    if (sheet) sheet.getRange(row, 1).activate();
  }
}
