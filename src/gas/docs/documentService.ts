// DocumentService on Apps Script: copy the template into the order's folder, fill it, save a PDF beside it.
import type { DocumentRequest, DocumentService, GeneratedDocument } from '../../app/ports';
import type { Order } from '../../domain/order';
import type { Lang } from '../../shared/i18n';
import type { GasContext } from '../context';
import { copyFile, fileIdOf, makeReadOnly, shareWith, trash, uploadPdf } from './drive';
import { orderFolder, orderSubfolder, type Subfolder } from './folders';
import { renderDocument } from './render';
import { ensureTemplate } from './templates';

const SUBFOLDER: Record<DocumentRequest['kind'], Subfolder> = {
  quote: 'quotes',
  confirmation: 'confirmations',
  invoice: 'invoices',
  // Letters about an invoice sit beside it; a new subfolder would not exist in older orders' folders.
  dunning: 'invoices',
  // The project phase's documents are all protocols of a kind; they sit with the minutes.
  agenda: 'minutes',
  minutes: 'minutes',
  acceptance: 'minutes',
  handover: 'minutes',
};

/** Apps Script digests are signed bytes. */
function hex(bytes: readonly number[]): string {
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

export class GasDocumentService implements DocumentService {
  constructor(private readonly context: GasContext) {}

  generate(request: DocumentRequest): GeneratedDocument {
    const template = ensureTemplate(this.context, request.kind, request.lang);
    const folder = orderSubfolder(this.context, request.order, SUBFOLDER[request.kind], request.lang);
    const copy = copyFile(template, request.name, folder);
    const id = copy.id as string;
    try {
      const doc = DocumentApp.openById(id);
      const unknown = renderDocument(doc, request.data, request.images ?? {});
      doc.saveAndClose();
      const pdf = DocumentApp.openById(id).getAs('application/pdf').setName(`${request.name}.pdf`);
      const pdfFile = uploadPdf(pdf, `${request.name}.pdf`, folder);
      return {
        docUrl: copy.webViewLink ?? `https://docs.google.com/document/d/${id}/edit`,
        pdfUrl: pdfFile.webViewLink ?? `https://drive.google.com/file/d/${pdfFile.id}/view`,
        unknownPlaceholders: unknown,
        pdfSha256: hex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, pdf.getBytes())),
      };
    } catch (error) {
      trash([id]);
      throw error;
    }
  }

  discard(doc: GeneratedDocument): void {
    trash([doc.docUrl, doc.pdfUrl].map(fileIdOf).filter((id): id is string => id !== null));
  }

  freeze(urls: readonly string[], reason: string): void {
    for (const url of urls) {
      const id = fileIdOf(url);
      if (id) makeReadOnly(id, reason);
    }
  }

  shareFolder(order: Order, email: string, lang: Lang): string {
    const id = orderFolder(this.context, order, lang);
    // Under drive.file the add-on may share what it made: the folder and every file in it go to the client.
    shareWith(id, email, true);
    return `https://drive.google.com/drive/folders/${id}`;
  }

  share(urls: readonly string[], email: string, notify: boolean): void {
    urls.forEach((url, i) => {
      const id = fileIdOf(url);
      // One notification is enough: the first file's e-mail links to the document.
      if (id) shareWith(id, email, notify && i === 0);
    });
  }
}
