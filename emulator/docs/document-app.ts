// Emulated DocumentApp: opens Google Docs stored in the emulated Drive, creates new ones, and its enums.

import type { EmuContext } from '../core/context';
import { EmuException } from '../core/exception';
import { EmuService } from '../core/service';
import { DOCUMENT_MIME, type DriveStore } from '../drive/store';
import { EmuDocument } from './document';
import { documentEnums } from './enums';
import { documentModel } from './model';
import type { DocSessions } from './session';

type App = GoogleAppsScript.Document.DocumentApp;
type Document = GoogleAppsScript.Document.Document;

const unexpected = (method: string) =>
  new EmuException(`Unexpected error while getting the method or property ${method} on object DocumentApp.`);

/** The id in a Docs or Drive link (…/d/<id>/…, ?id=<id>), or null. */
export function idFromUrl(url: string): string | null {
  const match = /\/d\/([\w-]{10,})/.exec(url) ?? /[?&]id=([\w-]{10,})/.exec(url);
  return match ? match[1] : null;
}

export class EmuDocumentApp
  extends EmuService
  implements
    Pick<
      App,
      | 'Attribute'
      | 'ElementType'
      | 'GlyphType'
      | 'HorizontalAlignment'
      | 'ParagraphHeading'
      | 'TextAlignment'
      | 'VerticalAlignment'
      | 'openById'
      | 'openByUrl'
      | 'create'
    >
{
  readonly Attribute = documentEnums.Attribute;
  readonly ElementType = documentEnums.ElementType;
  readonly GlyphType = documentEnums.GlyphType;
  readonly HorizontalAlignment = documentEnums.HorizontalAlignment;
  readonly ParagraphHeading = documentEnums.ParagraphHeading;
  readonly TextAlignment = documentEnums.TextAlignment;
  readonly VerticalAlignment = documentEnums.VerticalAlignment;

  constructor(
    ctx: EmuContext,
    private readonly drive: DriveStore,
    private readonly sessions: DocSessions,
  ) {
    super(ctx, 'DocumentApp');
  }

  private open(id: string, method: string): Document {
    const file = this.drive.get(String(id));
    if (!file || file.mimeType !== DOCUMENT_MIME || !file.doc || id === 'root') throw unexpected(method);
    const session = this.sessions.openFor(file, this.ctx.executions.current().id);
    return new EmuDocument(this.ctx, session) as unknown as Document;
  }

  /** Opens a Google Doc; edits go to Drive on saveAndClose() or when the execution ends. */
  openById(id: string): Document {
    this.track('openById');
    return this.open(id, 'openById');
  }

  openByUrl(url: string): Document {
    this.track('openByUrl');
    const id = idFromUrl(String(url));
    if (!id) throw unexpected('openByUrl');
    return this.open(id, 'openByUrl');
  }

  /** A new, empty Google Doc in the root of My Drive. */
  create(name: string): Document {
    this.track('create');
    const file = this.drive.add(String(name), DOCUMENT_MIME, null);
    file.doc = documentModel(file.id);
    return this.open(file.id, 'create');
  }
}
