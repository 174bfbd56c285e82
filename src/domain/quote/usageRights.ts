// Usage rights (Nutzungsrechte, section I 35): a structured block printed on quote, confirmation and invoice.
export const RIGHTS_KINDS = ['simple', 'exclusive'] as const;
export type RightsKind = (typeof RIGHTS_KINDS)[number];

export interface UsageRights {
  kind: RightsKind;
  /** e.g. "Print und Online" */
  media: string;
  /** e.g. "Deutschland", "weltweit" */
  territory: string;
  /** e.g. "3 Jahre", "unbegrenzt" */
  duration: string;
  /** The rights pass only once the invoice is paid in full. */
  onFullPayment: boolean;
}

export function isRightsKind(value: string): value is RightsKind {
  return (RIGHTS_KINDS as readonly string[]).includes(value);
}
