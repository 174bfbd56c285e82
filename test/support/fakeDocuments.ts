// A DocumentService for use-case tests: records what would be generated, shared, frozen and discarded.
import type { DocumentRequest, DocumentService, GeneratedDocument } from '../../src/app/ports';

export class FakeDocuments implements DocumentService {
  requests: DocumentRequest[] = [];
  discarded: GeneratedDocument[] = [];
  frozen: string[] = [];
  shared: { urls: readonly string[]; email: string; notify: boolean }[] = [];
  unknown: string[] = [];

  generate(request: DocumentRequest): GeneratedDocument {
    this.requests.push(request);
    const n = this.requests.length;
    return {
      docUrl: `https://docs.google.com/document/d/doc${n}xxxxxxxxxx/edit`,
      pdfUrl: `https://drive.google.com/file/d/pdf${n}xxxxxxxxxx/view`,
      unknownPlaceholders: this.unknown,
      pdfSha256: `${n}`.padStart(64, '0'),
    };
  }

  discard(doc: GeneratedDocument): void {
    this.discarded.push(doc);
  }

  freeze(urls: readonly string[]): void {
    this.frozen.push(...urls);
  }

  shareFolder(order: { number: string }, email: string): string {
    this.shared.push({ urls: [`folder:${order.number}`], email, notify: true });
    return `https://drive.google.com/drive/folders/folder-${order.number}`;
  }

  share(urls: readonly string[], email: string, notify: boolean): void {
    this.shared.push({ urls, email, notify });
  }
}
