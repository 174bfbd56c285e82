// The latency model: what one call into a service costs in real Apps Script, to project wall time.
// Constants are assumptions from public guidance, not measurements on Google's servers (none are reachable here):
// - Google's Apps Script best practices ("Minimize calls to other services", developers.google.com/apps-script/
//   guides/support/best-practices): each call into Sheets/Drive/etc. is a round trip to another server.
// - The issue tracker's working figure for this project: roughly 0.1 to 0.2 s per service call.
// - A published measurement of PropertiesService (ziritione.org, "Google Apps Script APIs performance", 100
//   runs): getProperty 30 ms, setProperty 62 ms on average; so 50 ms for the light services is about right.
// We take 0.12 s for a spreadsheet or Drive call and 0.05 s for properties, cache, lock and session lookups, and 0
// for builders that only assemble an object locally (HtmlOutput, Menu items, validation and format builders).
// DocumentApp's element calls (Body, Table, Text, ...) edit the document the execution holds open and are saved
// once by saveAndClose, so they are no Docs API round trip each; we assume 0.02 s per call. That figure is ours,
// unmeasured: it is the least certain constant here, and documents are where it matters most.

const LOCAL = new Set([
  'HtmlOutput',
  'HtmlTemplate',
  'Menu',
  'DataValidationBuilder',
  'ConditionalFormatRuleBuilder',
  'Blob',
]);
const LIGHT = new Set([
  'PropertiesService',
  'Properties',
  'CacheService',
  'Cache',
  'LockService',
  'Lock',
  'Session',
  'User',
  'Utilities',
]);

const DOCUMENT_ELEMENTS = new Set([
  'Document',
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'RangeElement',
  'InlineImage',
]);

export const SPREADSHEET_CALL_MS = 120;
export const LIGHT_CALL_MS = 50;
export const DOCUMENT_CALL_MS = 20;

export function isRoundTrip(method: string): boolean {
  return !LOCAL.has(method.split('.')[0]);
}

export function latencyMs(method: string): number {
  const service = method.split('.')[0];
  if (LOCAL.has(service)) return 0;
  if (DOCUMENT_ELEMENTS.has(service)) return DOCUMENT_CALL_MS;
  return LIGHT.has(service) ? LIGHT_CALL_MS : SPREADSHEET_CALL_MS;
}

// Menu.addToUi does go to the server: it is the one Menu call that leaves the script.
export function roundTrips(byName: Record<string, number>): {
  count: number;
  projectedMs: number;
  byService: Record<string, number>;
} {
  let count = 0;
  let projectedMs = 0;
  const byService: Record<string, number> = {};
  for (const [method, n] of Object.entries(byName)) {
    if (!isRoundTrip(method) && method !== 'Menu.addToUi') continue;
    const service = method.split('.')[0];
    count += n;
    projectedMs += n * (method === 'Menu.addToUi' ? SPREADSHEET_CALL_MS : latencyMs(method));
    byService[service] = (byService[service] ?? 0) + n;
  }
  return { count, projectedMs, byService };
}
