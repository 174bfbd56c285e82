// Errors of advanced services: Apps Script throws GoogleJsonResponseException with the API's message.

export class GoogleJsonResponseException extends Error {
  /** As in Apps Script: the HTTP status and the API's own message. */
  readonly details: { code: number; message: string };

  constructor(method: string, code: number, message: string) {
    super(`API call to drive.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

export const driveErrors = {
  notFound: (method: string, id: string) =>
    new GoogleJsonResponseException(method, 404, `File not found: ${id}.`),
  invalid: (method: string, what = 'Invalid Value') => new GoogleJsonResponseException(method, 400, what),
  forbidden: (method: string, message: string) => new GoogleJsonResponseException(method, 403, message),
  locked: (method: string) =>
    new GoogleJsonResponseException(
      method,
      403,
      'The file has a content restriction (read-only): its content and title cannot be changed.',
    ),
  oneParent: (method: string) =>
    new GoogleJsonResponseException(method, 403, 'Increasing the number of parents is not allowed.'),
};
