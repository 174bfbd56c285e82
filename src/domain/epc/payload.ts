// EPC QR code payload (GiroCode, EPC069-12 version 002) for the amount due on an invoice (rule H 32).
import { DomainError } from '../errors';
import { isBic, isIban } from '../validators';
import { utf8Bytes } from './utf8';

export interface EpcInput {
  /** BIC of the beneficiary's bank; may be empty (version 002). Spaces are removed, letters upper-cased. */
  bic: string;
  /** Beneficiary name, 1 to 70 characters after trimming; a longer name is refused, not cut (the bank compares it). */
  name: string;
  /** IBAN; spaces are removed, letters upper-cased; it must pass the ISO 13616 mod-97 check. */
  iban: string;
  /** Amount in euro cents, an integer from 1 (0.01) to 99,999,999,999 (999,999,999.99). */
  amountCents: number;
  /** Structured creditor reference (ISO 11649, RF + 2 check digits + up to 21 characters); not with text. */
  reference?: string;
  /** Unstructured remittance text, at most 140 characters; not with reference. */
  text?: string;
}

export const EPC_LIMITS = {
  name: 70,
  reference: 35,
  text: 140,
  bytes: 331,
  minCents: 1,
  maxCents: 99_999_999_999,
} as const;

/** ISO 13616 IBAN check (one implementation, shared with the settings: validators.isIban). */
export function isValidIban(iban: string): boolean {
  return isIban(iban);
}

/** ISO 11649 creditor reference: RF, two check digits, 1 to 21 letters or digits, mod 97 = 1; spaces allowed. */
export function isValidRfReference(reference: string): boolean {
  const ref = compact(reference);
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(ref) && mod97(ref.slice(4) + ref.slice(0, 4)) === 1;
}

/**
 * The payload lines joined by LF: BCD, 002, 1 (UTF-8), SCT, BIC, name, IBAN, EUR amount, purpose (empty),
 * then the reference or (after an empty reference line) the text. Trailing empty elements are left out, so the
 * payload never ends with a separator. Refuses anything the rule does not allow with a DomainError.
 */
export function epcPayload(input: EpcInput): string {
  const bic = compact(input.bic);
  if (bic !== '' && !isBic(bic)) throw new DomainError('err.epc.bic', { bic: input.bic }, 'bic');

  const name = input.name.trim();
  if (name === '') throw new DomainError('err.epc.nameMissing', {}, 'name');
  if (hasControl(name)) throw new DomainError('err.epc.control', {}, 'name');
  if (charCount(name) > EPC_LIMITS.name) {
    throw new DomainError('err.epc.nameTooLong', { max: EPC_LIMITS.name, length: charCount(name) }, 'name');
  }

  const iban = compact(input.iban);
  if (!isValidIban(iban)) throw new DomainError('err.epc.iban', { iban: input.iban }, 'iban');

  const cents = input.amountCents;
  if (!Number.isInteger(cents) || cents < EPC_LIMITS.minCents || cents > EPC_LIMITS.maxCents) {
    throw new DomainError('err.epc.amount', {}, 'amountCents');
  }

  const reference = compact(input.reference ?? '');
  const text = (input.text ?? '').trim();
  if (reference !== '' && text !== '') throw new DomainError('err.epc.referenceAndText', {}, 'reference');
  if (reference !== '') {
    if (reference.length > EPC_LIMITS.reference || !isValidRfReference(reference)) {
      throw new DomainError('err.epc.reference', { reference: input.reference ?? '' }, 'reference');
    }
  }
  if (hasControl(text)) throw new DomainError('err.epc.control', {}, 'text');
  if (charCount(text) > EPC_LIMITS.text) {
    throw new DomainError('err.epc.textTooLong', { max: EPC_LIMITS.text, length: charCount(text) }, 'text');
  }

  const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, `EUR${formatAmount(cents)}`, '', reference, text];
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');

  const bytes = utf8Bytes(payload).length;
  if (bytes > EPC_LIMITS.bytes) throw new DomainError('err.epc.tooLong', { bytes, max: EPC_LIMITS.bytes });
  return payload;
}

/** 1100750 -> '11007.50': a dot and two decimals, no thousands separator. */
function formatAmount(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return `${euros}.${rest < 10 ? '0' : ''}${rest}`;
}

function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** Characters as code points, so an emoji counts once. */
function charCount(value: string): number {
  return Array.from(value).length;
}

/** Line breaks and other control characters would break the line structure or confuse banking apps. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Remainder mod 97 of a string of digits and letters (A = 10 … Z = 35), digit by digit. */
function mod97(value: string): number {
  let remainder = 0;
  for (const ch of value) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder;
}
