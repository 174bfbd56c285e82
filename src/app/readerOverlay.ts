// The register as it will read once a change set is written: for the view an action returns, without a re-read.
import type { Confirmation } from '../domain/quote/confirmation';
import type { Quote } from '../domain/quote/quote';
import type { RegisterReader } from './ports';

export function readerWith(
  reader: RegisterReader,
  written: { quote?: Quote; confirmation?: Confirmation },
): RegisterReader {
  const { quote, confirmation } = written;
  return {
    lang: () => reader.lang(),
    isSetUp: () => reader.isSetUp(),
    settings: () => reader.settings(),
    orders: () => reader.orders(),
    clients: () => reader.clients(),
    quotesOf: (orderNo) => reader.quotesOf(orderNo).map((q) => (q.number === quote?.number ? quote : q)),
    findQuote: (number) => (number === quote?.number ? quote : reader.findQuote(number)),
    confirmationOf: (orderNo) =>
      orderNo === confirmation?.orderNo ? confirmation : reader.confirmationOf(orderNo),
    rateCard: () => reader.rateCard(),
    highWater: (range) => reader.highWater(range),
    activeOrderRow: () => reader.activeOrderRow(),
  };
}
