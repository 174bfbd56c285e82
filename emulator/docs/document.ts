// Emulated Document: identity, name, body, header and footer, saveAndClose, and export as PDF.

import type { EmuContext } from '../core/context';
import { EmuException, messages } from '../core/exception';
import { EmuService } from '../core/service';
import { isReadOnly } from '../drive/store';
import { EmuBlob } from '../services/blob';
import { sectionNode } from './model';
import { wrap } from './node';
import { renderPdf } from './pdf/index';
import { type DocSession, docMessages } from './session';
// Element classes register themselves with wrap() when loaded.
import './inline';
import './paragraph';
import './sections';
import './table';
import './table-cell';
import './text';

type Document = GoogleAppsScript.Document.Document;
type Blob = GoogleAppsScript.Base.Blob;

export const PDF_MIME = 'application/pdf';

export const documentUrl = (id: string) => `https://docs.google.com/open?id=${id}`;

export class EmuDocument
  extends EmuService
  implements
    Pick<
      Document,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getBody'
      | 'getHeader'
      | 'getFooter'
      | 'addHeader'
      | 'addFooter'
      | 'saveAndClose'
      | 'getAs'
      | 'getBlob'
    >
{
  constructor(
    ctx: EmuContext,
    readonly session: DocSession,
  ) {
    super(ctx, 'Document');
  }

  getId(): string {
    this.track('getId');
    return this.session.file.id;
  }

  getName(): string {
    this.track('getName');
    return this.session.file.name;
  }

  /** Renames the file at once (Drive metadata); a read-only file keeps its title. */
  setName(name: string): Document {
    this.track('setName');
    if (this.session.closed) throw new EmuException(docMessages.closed);
    if (isReadOnly(this.session.file)) throw new EmuException(docMessages.readOnly);
    this.session.file.name = String(name);
    this.session.file.modifiedMs = this.ctx.clock.nowMs();
    return this as unknown as Document;
  }

  getUrl(): string {
    this.track('getUrl');
    return documentUrl(this.session.file.id);
  }

  getBody(): GoogleAppsScript.Document.Body {
    this.track('getBody');
    return wrap(this.ctx, this.session.doc.body);
  }

  /** null when the document has no header. */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.track('getHeader');
    const header = this.session.doc.header;
    return (header ? wrap(this.ctx, header) : null) as GoogleAppsScript.Document.HeaderSection;
  }

  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.track('getFooter');
    const footer = this.session.doc.footer;
    return (footer ? wrap(this.ctx, footer) : null) as GoogleAppsScript.Document.FooterSection;
  }

  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.track('addHeader');
    if (this.session.doc.header) throw new EmuException('Document already contains a header.');
    this.session.beforeEdit();
    this.session.doc.header = sectionNode('HEADER_SECTION', this.session.doc);
    return wrap(this.ctx, this.session.doc.header);
  }

  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.track('addFooter');
    if (this.session.doc.footer) throw new EmuException('Document already contains a footer.');
    this.session.beforeEdit();
    this.session.doc.footer = sectionNode('FOOTER_SECTION', this.session.doc);
    return wrap(this.ctx, this.session.doc.footer);
  }

  /** Writes pending changes to Drive; afterwards the document and its elements refuse edits. */
  saveAndClose(): void {
    this.track('saveAndClose');
    this.session.saveAndClose(this.ctx.clock.nowMs());
  }

  private pdf(): Blob {
    const data = renderPdf(this.session.doc, this.session.file.name, this.ctx.clock.nowMs());
    return new EmuBlob(this.ctx, data, PDF_MIME, `${this.session.file.name}.pdf`).asBlob();
  }

  /** Only PDF is emulated: the current content (pending changes included) laid out on A4 pages. */
  getAs(contentType: string): Blob {
    this.track('getAs');
    if (contentType !== PDF_MIME)
      throw new EmuException(messages.invalidArgument(`conversion to ${contentType}`));
    return this.pdf();
  }

  /** As in Apps Script, the document's blob is its PDF. */
  getBlob(): Blob {
    this.track('getBlob');
    return this.pdf();
  }
}
