// Outside effects of a project action (a calendar event, a document) that must not outlive a failed register write.
import type { DocumentRequest, DocumentService, GeneratedDocument } from '../ports';

/**
 * Runs a use case whose outside effects (a calendar event, a document) must not outlive a register write that
 * failed: each effect registers its undo, and they run in reverse if the work or the commit throws.
 */
export function undoOnFailure<T>(work: (onFailure: (undo: () => void) => void) => T): T {
  const undos: (() => void)[] = [];
  try {
    return work((undo) => undos.push(undo));
  } catch (error) {
    for (const undo of undos.reverse()) {
      try {
        undo();
      } catch {
        /* best effort: the original error is what the user must see */
      }
    }
    throw error;
  }
}

/** A document made for the action, trashed again if the action or its register write fails. */
export function documentOrUndo(
  documents: DocumentService,
  onFailure: (undo: () => void) => void,
  request: DocumentRequest,
): GeneratedDocument {
  const generated = documents.generate(request);
  onFailure(() => documents.discard(generated));
  return generated;
}
