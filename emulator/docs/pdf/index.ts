// A document as a real PDF: what Document.getAs('application/pdf') and getBlob() return.

import type { DocumentModel } from '../model';
import { layoutDocument } from './layout';
import { writePdf } from './writer';

export function renderPdf(doc: DocumentModel, title: string, createdMs: number): Buffer {
  return writePdf(layoutDocument(doc), title, createdMs);
}
