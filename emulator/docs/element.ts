// Element's as*() casts: the element itself when it is of that type, an exception otherwise.

import { EmuException } from '../core/exception';
import type { DocNode, ElementTypeName } from './model';
import { EmuNode } from './node';

export abstract class EmuElement<
  N extends DocNode = DocNode,
  Self = GoogleAppsScript.Document.Element,
> extends EmuNode<N, Self> {
  private as<T>(method: string, type: ElementTypeName): T {
    this.track(method);
    if (this.node.type !== type) throw new EmuException(`Cannot cast ${this.node.type} to ${type}.`);
    return this as unknown as T;
  }

  asBody(): GoogleAppsScript.Document.Body {
    return this.as('asBody', 'BODY_SECTION');
  }

  asHeaderSection(): GoogleAppsScript.Document.HeaderSection {
    return this.as('asHeaderSection', 'HEADER_SECTION');
  }

  asFooterSection(): GoogleAppsScript.Document.FooterSection {
    return this.as('asFooterSection', 'FOOTER_SECTION');
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this.as('asParagraph', 'PARAGRAPH');
  }

  asListItem(): GoogleAppsScript.Document.ListItem {
    return this.as('asListItem', 'LIST_ITEM');
  }

  asTable(): GoogleAppsScript.Document.Table {
    return this.as('asTable', 'TABLE');
  }

  asTableRow(): GoogleAppsScript.Document.TableRow {
    return this.as('asTableRow', 'TABLE_ROW');
  }

  asTableCell(): GoogleAppsScript.Document.TableCell {
    return this.as('asTableCell', 'TABLE_CELL');
  }

  asText(): GoogleAppsScript.Document.Text {
    return this.as('asText', 'TEXT');
  }

  asInlineImage(): GoogleAppsScript.Document.InlineImage {
    return this.as('asInlineImage', 'INLINE_IMAGE');
  }

  asPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.as('asPageBreak', 'PAGE_BREAK');
  }

  asHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.as('asHorizontalRule', 'HORIZONTAL_RULE');
  }
}
