// Translation for the server bundle: menus, sheets, errors, log and documents; the sidebar's texts stay out (browser.ts).
import { bankDe, bankEn } from './bank';
import { coreDe, coreEn } from './core';
import { docDe, docEn } from './doc';
import { documentsDe, documentsEn } from './documents';
import { dunningDe, dunningEn } from './dunning';
import { epcDe, epcEn } from './epc';
import { errorsDe, errorsEn } from './errors';
import { invoiceDe, invoiceEn } from './invoice';
import { invoiceDocDe, invoiceDocEn } from './invoiceDoc';
import { invoiceLabelsDe, invoiceLabelsEn } from './invoiceLabels';
import { invoiceRegisterDe, invoiceRegisterEn } from './invoiceRegister';
import { menusDe, menusEn } from './menus';
import { projectDocDe, projectDocEn } from './projectDoc';
import { projectErrorsDe, projectErrorsEn } from './projectErrors';
import { projectRegisterDe, projectRegisterEn } from './projectRegister';
import { quoteDe, quoteEn } from './quote';
import { receivablesDe, receivablesEn } from './receivables';
import { receivablesRegisterDe, receivablesRegisterEn } from './receivablesRegister';
import { registerDe, registerEn } from './register';
import { translator } from './translate';

export type { Lang, MessageKey, MessageParam, MessageParams } from './keys';
export { langFromLocale } from './translate';

export const { t, isMessageKey } = translator({
  de: [
    menusDe,
    invoiceDe,
    invoiceLabelsDe,
    invoiceRegisterDe,
    coreDe,
    errorsDe,
    registerDe,
    quoteDe,
    documentsDe,
    docDe,
    invoiceDocDe,
    epcDe,
    bankDe,
    dunningDe,
    receivablesDe,
    receivablesRegisterDe,
    projectDocDe,
    projectErrorsDe,
    projectRegisterDe,
  ],
  en: [
    menusEn,
    invoiceEn,
    invoiceLabelsEn,
    invoiceRegisterEn,
    coreEn,
    errorsEn,
    registerEn,
    quoteEn,
    documentsEn,
    docEn,
    invoiceDocEn,
    epcEn,
    bankEn,
    dunningEn,
    receivablesEn,
    receivablesRegisterEn,
    projectDocEn,
    projectErrorsEn,
    projectRegisterEn,
  ],
});
