// DocumentApp over the emulated Drive: edits are saved when the execution ends, copies see saved content only.

import { loadEmulator } from '../../emulator';
import { setup, thrown } from './helpers';

const DOC = 'application/vnd.google-apps.document';

function withDoc() {
  const context = setup();
  const id = context.Drive.Files.create({ name: 'Vorlage', mimeType: DOC }).id as string;
  return { ...context, id };
}

describe('DocumentApp documents', () => {
  it('edits reach Drive when the execution ends; a copy made before sees the saved content', () => {
    const { emu, Drive, DocumentApp, id } = withDoc();
    let earlyCopy = '';
    emu.runExecution(() => {
      const body = DocumentApp.openById(id).getBody();
      body.getParagraphs()[0].setText('Angebot Nr. {{nr}}');
      body.appendTable([
        ['Pos.', 'Leistung'],
        ['1', 'Gestaltung'],
      ]);
      body.appendParagraph('Summe');
      earlyCopy = Drive.Files.copy({ name: 'früh' }, id).id as string;
      // Opening twice in one execution shares the open document (a table is never last: Docs adds a paragraph).
      expect(DocumentApp.openById(id).getBody().getNumChildren()).toBe(4);
    });
    expect(emu.documentText(earlyCopy)).toBe('');
    expect(emu.documentText(id)).toBe('Angebot Nr. {{nr}}\nPos.\tLeistung\n1\tGestaltung\n\nSumme');
    const lateCopy = Drive.Files.copy({ name: 'spät' }, id).id as string;
    expect(emu.documentText(lateCopy)).toBe(emu.documentText(id));
  });

  it('saveAndClose writes at once and closes the document', () => {
    const { emu, DocumentApp, id } = withDoc();
    const doc = DocumentApp.openById(id);
    doc.getBody().appendParagraph('Hallo');
    expect(emu.documentText(id)).toBe('');
    doc.saveAndClose();
    expect(emu.documentText(id)).toBe('\nHallo');
    expect(thrown(() => doc.getBody().appendParagraph('zu spät')).message).toContain('closed');
    // A fresh open sees the saved text.
    expect(DocumentApp.openById(id).getBody().getText()).toBe('\nHallo');
  });

  it('getAs(application/pdf) gives a PDF blob of the current content', () => {
    const { DocumentApp, id } = withDoc();
    const doc = DocumentApp.openById(id);
    doc.getBody().appendParagraph('Rechnung');
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Vorlage.pdf');
    expect(Buffer.from(pdf.getBytes()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(thrown(() => doc.getAs('text/plain')).message).toContain('Invalid argument');
  });

  it('a PDF uploaded through Drive keeps the bytes of the export', () => {
    const { emu, Drive, DocumentApp, id } = withDoc();
    const pdf = DocumentApp.openById(id).getAs('application/pdf');
    const file = Drive.Files.create({ name: 'Vorlage.pdf', mimeType: 'application/pdf' }, pdf);
    expect(
      emu
        .fileBytes(file.id as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');
    expect(emu.fileBytes(file.id as string)).toHaveLength(pdf.getBytes().length);
  });

  it('a read-only document refuses edits and renaming', () => {
    const { emu, Drive, DocumentApp, id } = withDoc();
    Drive.Files.update({ contentRestrictions: [{ readOnly: true, reason: 'Versendet' }] }, id);
    const doc = DocumentApp.openById(id);
    expect(thrown(() => doc.getBody().appendParagraph('x')).message).toContain('read-only');
    expect(thrown(() => doc.setName('Neu')).message).toContain('read-only');
    expect(emu.documentText(id)).toBe('');
  });

  it('unknown ids and non-documents cannot be opened; create makes a Doc in My Drive', () => {
    const { emu, Drive, DocumentApp } = setup();
    expect(thrown(() => DocumentApp.openById('missing')).message).toContain('openById');
    const folder = Drive.Files.create({ name: 'Ordner', mimeType: 'application/vnd.google-apps.folder' });
    expect(thrown(() => DocumentApp.openById(folder.id as string)).message).toContain('openById');
    const created = DocumentApp.create('Neu');
    const file = emu.driveFiles().find((f) => f.id === created.getId());
    expect(file).toMatchObject({ name: 'Neu', mimeType: DOC, parents: [emu.driveFiles()[0].id] });
    expect(
      DocumentApp.openByUrl(`https://docs.google.com/document/d/${created.getId()}/edit`).getName(),
    ).toBe('Neu');
  });

  it('DocumentApp calls are counted', () => {
    const { emu, DocumentApp, id } = withDoc();
    const before = emu.calls.snapshot();
    emu.runExecution(() => DocumentApp.openById(id).getBody().appendParagraph('x'));
    expect(emu.calls.since(before).byName).toEqual({
      'DocumentApp.openById': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 1,
    });
  });
});

describe('document persistence', () => {
  it('content, formatting, tables, header and footer survive serialize and load', () => {
    const { emu, DocumentApp, id } = withDoc();
    emu.runExecution(() => {
      const doc = DocumentApp.openById(id);
      const body = doc.getBody();
      const title = body.appendParagraph('Titel');
      title.setHeading(DocumentApp.ParagraphHeading.HEADING1);
      title.editAsText().setBold(0, 1, true);
      body.appendTable([['a', 'b']]);
      body.appendListItem('Punkt');
      doc.addHeader().appendParagraph('Kopf');
      doc.addFooter().appendParagraph('Fuß');
    });
    const loaded = loadEmulator(emu.serialize());
    expect(loaded.documentText(id)).toBe(emu.documentText(id));
    expect(loaded.documentText(id)).toBe('\nTitel\na\tb\n\nPunkt');
    const doc = loaded.services.DocumentApp.openById(id);
    const title = doc.getBody().getChild(1).asParagraph();
    expect(title.getHeading()).toBe(loaded.services.DocumentApp.ParagraphHeading.HEADING1);
    expect([title.editAsText().isBold(0), title.editAsText().isBold(2)]).toEqual([true, false]);
    expect(title.getParent().getType()).toBe(loaded.services.DocumentApp.ElementType.BODY_SECTION);
    expect(doc.getHeader().getText()).toBe('\nKopf');
    expect(doc.getFooter().getText()).toBe('\nFuß');
    // The loaded document is editable and saves again.
    doc.getBody().appendParagraph('neu');
    doc.saveAndClose();
    expect(loaded.documentText(id)).toBe('\nTitel\na\tb\n\nPunkt\nneu');
  });
});
