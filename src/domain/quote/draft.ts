// Reads a quote as typed in the editor (strings in the user's language) into positions and header, or every error.

import type { Lang } from '../../shared/i18n';
import { type IsoDate, parseDateInput } from '../dates';
import { parseScaled } from '../decimal';
import { DomainError, DomainErrors } from '../errors';
import { parseMoney } from '../money';
import {
  exceedsMoneyLimit,
  isUnit,
  isVatRate,
  MAX_QUANTITY,
  MAX_UNIT_PRICE,
  PERCENT_DECIMALS,
  type Position,
  type PositionKind,
  PRICE_DECIMALS,
  QUANTITY_DECIMALS,
} from './position';
import { isRightsKind, type UsageRights } from './usageRights';

/** One position as the editor sends it: numbers still as typed. */
export interface PositionFields {
  id: string;
  kind: PositionKind;
  service: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  vatRate: string;
  discount: string;
  optional: boolean;
  unitCost: string;
}

export interface UsageRightsFields {
  kind: string;
  media: string;
  territory: string;
  duration: string;
  onFullPayment: boolean;
}

export interface QuoteDraftFields {
  date: string;
  validUntil: string;
  title: string;
  intro: string;
  closing: string;
  paymentTerms: string;
  discount: string;
  usageRights: UsageRightsFields | null;
  positions: PositionFields[];
}

export interface QuoteDraft {
  date: IsoDate;
  validUntil: IsoDate;
  title: string;
  intro: string;
  closing: string;
  paymentTerms: string;
  discountBp: number;
  usageRights: UsageRights | null;
  positions: Position[];
}

/** Parses every field and reports every problem at once, each naming its field. */
export function parseQuoteDraft(input: QuoteDraftFields, lang: Lang): QuoteDraft {
  const { draft, errors } = readQuoteDraft(input, lang);
  if (errors.length > 0) throw new DomainErrors(errors);
  return draft;
}

/**
 * Reads what it can and lists what it cannot: a field that does not parse counts as 0 (or the
 * default), so the editor can show live totals while the user is still typing.
 */
export function readQuoteDraft(
  input: QuoteDraftFields,
  lang: Lang,
): { draft: QuoteDraft; errors: DomainError[] } {
  const errors: DomainError[] = [];
  const fail = (key: ConstructorParameters<typeof DomainError>[0], field: string, params = {}) => {
    errors.push(new DomainError(key, params, field));
  };
  const date = parseDateInput(input.date);
  if (!date) fail('err.invalidDate', 'date');
  const validUntil = parseDateInput(input.validUntil);
  if (!validUntil) fail('err.invalidDate', 'validUntil');
  if (date && validUntil && validUntil < date) fail('err.quote.validBeforeDate', 'validUntil');
  const discountBp = percent(input.discount, lang);
  if (discountBp === null) fail('err.quote.percent', 'discount');
  const positions = input.positions.map((p, i) => parsePosition(p, `positions.${i}`, lang, fail));
  if (!input.positions.some((p) => p.kind === 'item')) fail('err.quote.noPositions', 'positions');
  const ids = new Set<string>();
  input.positions.forEach((p, i) => {
    if (ids.has(p.id)) fail('err.quote.duplicatePosition', `positions.${i}`);
    ids.add(p.id);
  });
  const usageRights = input.usageRights ? parseRights(input.usageRights, fail) : null;
  const draft: QuoteDraft = {
    date: date ?? '',
    validUntil: validUntil ?? '',
    title: input.title.trim(),
    intro: input.intro.trim(),
    closing: input.closing.trim(),
    paymentTerms: input.paymentTerms.trim(),
    discountBp: discountBp ?? 0,
    usageRights,
    positions,
  };
  return { draft, errors };
}

type Fail = (key: ConstructorParameters<typeof DomainError>[0], field: string, params?: object) => void;

/** '' is 0 %; else 0 to 100 with up to two decimals. */
function percent(text: string, lang: Lang): number | null {
  if (text.trim() === '') return 0;
  const bp = parseScaled(text, lang, PERCENT_DECIMALS);
  return bp !== null && bp >= 0 && bp <= 10_000 ? bp : null;
}

function parsePosition(p: PositionFields, path: string, lang: Lang, fail: Fail): Position {
  const blank: Position = {
    id: p.id,
    kind: p.kind,
    service: p.service.trim(),
    description: p.description.trim(),
    quantity: 0,
    unit: 'piece',
    unitPrice: 0,
    vatRate: 19,
    discountBp: 0,
    optional: false,
    unitCost: 0,
  };
  if (p.kind === 'subtotal') return blank;
  if (blank.description === '') fail('err.required', `${path}.description`);
  if (p.kind === 'title') return blank;
  const quantity = parseScaled(p.quantity, lang, QUANTITY_DECIMALS);
  if (quantity === null || quantity < 0 || quantity > MAX_QUANTITY) {
    fail(quantity !== null && quantity < 0 ? 'err.quote.negative' : 'err.quote.quantity', `${path}.quantity`);
  }
  const unitPrice = parseScaled(p.unitPrice, lang, PRICE_DECIMALS);
  if (unitPrice === null || unitPrice < 0 || unitPrice > MAX_UNIT_PRICE) {
    fail(
      unitPrice !== null && unitPrice < 0 ? 'err.quote.negative' : 'err.quote.unitPrice',
      `${path}.unitPrice`,
    );
  }
  if (!isUnit(p.unit)) fail('err.invalidChoice', `${path}.unit`);
  const rate = Number(p.vatRate);
  if (p.vatRate.trim() === '' || !isVatRate(rate)) fail('err.quote.vatRate', `${path}.vatRate`);
  const discountBp = percent(p.discount, lang);
  if (discountBp === null) fail('err.quote.percent', `${path}.discount`);
  const unitCost = p.unitCost.trim() === '' ? 0 : parseMoney(p.unitCost, lang);
  if (unitCost === null || unitCost < 0) fail('err.invalidMoney', `${path}.unitCost`);
  const q = quantity ?? 0;
  const price = unitPrice ?? 0;
  // The product must stay inside the money limit (and inside exact integer arithmetic).
  if (exceedsMoneyLimit((q / 10 ** QUANTITY_DECIMALS) * (price / 10 ** (PRICE_DECIMALS - 2)))) {
    fail('err.quote.tooLarge', `${path}.quantity`);
  }
  return {
    ...blank,
    quantity: Math.max(q, 0),
    unit: isUnit(p.unit) ? p.unit : 'piece',
    unitPrice: Math.max(price, 0),
    vatRate: isVatRate(rate) ? rate : 19,
    discountBp: discountBp ?? 0,
    optional: p.optional,
    unitCost: unitCost ?? 0,
  };
}

function parseRights(r: UsageRightsFields, fail: Fail): UsageRights {
  if (!isRightsKind(r.kind)) fail('err.invalidChoice', 'usageRights.kind');
  return {
    kind: isRightsKind(r.kind) ? r.kind : 'simple',
    media: r.media.trim(),
    territory: r.territory.trim(),
    duration: r.duration.trim(),
    onFullPayment: r.onFullPayment,
  };
}
