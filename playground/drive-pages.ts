// The playground's view of the emulated Drive: a generated Doc as a page, an uploaded PDF as a download.
import type { ServerResponse } from 'node:http';
import type { Emulator } from '../emulator';
import { DOCUMENT_CSP, documentPage, escapeHtml } from './document-page';
import { HttpError, send, sendBytes } from './http';

const FILE_ID = /^[\w-]{10,64}$/;

/** GET /drive/<id>: a Doc rendered like Docs shows it, a PDF or other upload as bytes, a folder as a list. */
export function serveDriveFile(emulator: Emulator, id: string, lang: string, res: ServerResponse): void {
  if (!FILE_ID.test(id)) throw new HttpError(404, 'no such file');
  const files = emulator.driveFiles();
  const file = files.find((f) => f.id === id);
  if (!file || file.trashed)
    throw new HttpError(404, 'This file is not in the playground’s Drive (or was trashed).');
  const doc = emulator.savedDocument(id);
  if (doc) {
    // The PDF made with a document lies beside it under the same name.
    const pdf = files.find(
      (f) => f.parents[0] === file.parents[0] && f.name === `${file.name}.pdf` && !f.trashed,
    );
    const html = documentPage(file.name, doc, pdf ? `/drive/${pdf.id}` : null, lang);
    send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': DOCUMENT_CSP });
    return;
  }
  if (file.mimeType === 'application/vnd.google-apps.folder') {
    const items = files
      .filter((f) => f.parents[0] === id && !f.trashed)
      .map((f) => `<li><a href="/drive/${f.id}">${escapeHtml(f.name)}</a></li>`)
      .join('');
    const html = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(file.name)}</title><style>body{font:14px Arial,sans-serif;margin:24px}</style><h1>${escapeHtml(file.name)}</h1><ul>${items}</ul>`;
    send(res, 200, 'text/html; charset=utf-8', html, { 'Content-Security-Policy': DOCUMENT_CSP });
    return;
  }
  sendBytes(res, file.mimeType, emulator.fileBytes(id), file.name);
}
