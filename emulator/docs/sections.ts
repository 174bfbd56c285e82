// Emulated Body, HeaderSection and FooterSection: containers with page breaks, margins and page size (body).

import { EmuException, messages } from '../core/exception';
import { EmuContainer } from './container';
import { adopt, PAGE_DEFAULTS, type PageBreakNode, paragraphNode, type SectionNode } from './model';
import { registerElement } from './node';

type Body = GoogleAppsScript.Document.Body;
type HeaderSection = GoogleAppsScript.Document.HeaderSection;
type FooterSection = GoogleAppsScript.Document.FooterSection;

/** What every section offers; the Pick checks each name against the real interface. */
type SectionMethods =
  | 'getText'
  | 'editAsText'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendHorizontalRule'
  | 'insertHorizontalRule'
  | 'appendImage'
  | 'insertImage'
  | 'removeChild'
  | 'clear'
  | 'setText'
  | 'getParagraphs'
  | 'getTables'
  | 'getListItems'
  | 'getImages'
  | 'findText'
  | 'findElement'
  | 'replaceText'
  | 'getAttributes'
  | 'setAttributes'
  | 'getType'
  | 'getParent'
  | 'copy';

export class EmuBody
  extends EmuContainer<SectionNode, Body>
  implements
    Pick<
      Body,
      | SectionMethods
      | 'appendPageBreak'
      | 'insertPageBreak'
      | 'getMarginTop'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getPageWidth'
      | 'getPageHeight'
      | 'setPageWidth'
      | 'setPageHeight'
    >
{
  /** A page break in a new paragraph (page breaks cannot go into table cells or headers). */
  private pageBreakAt(index: number): GoogleAppsScript.Document.PageBreak {
    const pageBreak: PageBreakNode = { type: 'PAGE_BREAK', parent: null };
    const paragraph = paragraphNode();
    adopt(paragraph, 0, pageBreak);
    this.insertBlock(index, paragraph);
    return this.wrap(pageBreak);
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.track('appendPageBreak');
    return this.pageBreakAt(this.node.children.length);
  }

  insertPageBreak(childIndex: number): GoogleAppsScript.Document.PageBreak {
    this.track('insertPageBreak');
    const index = Number(childIndex);
    if (!Number.isInteger(index) || index < 0 || index > this.node.children.length)
      throw new EmuException(messages.invalidArgument('childIndex'));
    return this.pageBreakAt(index);
  }

  private page(method: string, name: string): number {
    this.track(method);
    return this.node.attrs[name] ?? PAGE_DEFAULTS[name];
  }

  private setPage(method: string, name: string, value: number): Body {
    this.track(method);
    const points = Number(value);
    if (!Number.isFinite(points) || points < 0) throw new EmuException(messages.invalidArgument(name));
    this.edit();
    this.node.attrs[name] = points;
    return this.self();
  }

  getMarginTop = () => this.page('getMarginTop', 'MARGIN_TOP');
  getMarginBottom = () => this.page('getMarginBottom', 'MARGIN_BOTTOM');
  getMarginLeft = () => this.page('getMarginLeft', 'MARGIN_LEFT');
  getMarginRight = () => this.page('getMarginRight', 'MARGIN_RIGHT');
  getPageWidth = () => this.page('getPageWidth', 'PAGE_WIDTH');
  getPageHeight = () => this.page('getPageHeight', 'PAGE_HEIGHT');
  setMarginTop = (points: number) => this.setPage('setMarginTop', 'MARGIN_TOP', points);
  setMarginBottom = (points: number) => this.setPage('setMarginBottom', 'MARGIN_BOTTOM', points);
  setMarginLeft = (points: number) => this.setPage('setMarginLeft', 'MARGIN_LEFT', points);
  setMarginRight = (points: number) => this.setPage('setMarginRight', 'MARGIN_RIGHT', points);
  setPageWidth = (points: number) => this.setPage('setPageWidth', 'PAGE_WIDTH', points);
  setPageHeight = (points: number) => this.setPage('setPageHeight', 'PAGE_HEIGHT', points);
}

export class EmuHeaderSection
  extends EmuContainer<SectionNode, HeaderSection>
  implements Pick<HeaderSection, SectionMethods | 'removeFromParent'>
{
  /** Removes the header from its document. */
  override removeFromParent(): HeaderSection {
    this.track('removeFromParent');
    this.edit();
    const doc = this.node.doc;
    if (doc?.header === this.node) doc.header = null;
    this.node.doc = null;
    return this.self();
  }
}

export class EmuFooterSection
  extends EmuContainer<SectionNode, FooterSection>
  implements Pick<FooterSection, SectionMethods | 'removeFromParent'>
{
  override removeFromParent(): FooterSection {
    this.track('removeFromParent');
    this.edit();
    const doc = this.node.doc;
    if (doc?.footer === this.node) doc.footer = null;
    this.node.doc = null;
    return this.self();
  }
}

registerElement(['BODY_SECTION'], (ctx, node) => new EmuBody(ctx, node as SectionNode));
registerElement(['HEADER_SECTION'], (ctx, node) => new EmuHeaderSection(ctx, node as SectionNode));
registerElement(['FOOTER_SECTION'], (ctx, node) => new EmuFooterSection(ctx, node as SectionNode));
