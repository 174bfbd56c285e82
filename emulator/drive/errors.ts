// Errors of advanced services: Apps Script throws GoogleJsonResponseException with the API's message.

/** One entry of the API's `errors` list, as Apps Script passes it on in `details.errors`. */
export interface ApiErrorItem {
  domain: string;
  reason: string;
  message: string;
}

export class GoogleJsonResponseException extends Error {
  /** As in Apps Script: the HTTP status and the API's own message (and its reason, where one is modelled). */
  readonly details: { code: number; message: string; errors?: ApiErrorItem[] };

  /** api names the service in the message: 'API call to <api>.<method> failed with error: <message>'. */
  constructor(method: string, code: number, message: string, api = 'drive', reason?: string) {
    super(`API call to ${api}.${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = reason
      ? { code, message, errors: [{ domain: 'global', reason, message }] }
      : { code, message };
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
