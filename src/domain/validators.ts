// Field rules shared by the boundary schemas and the settings: e-mail, country, VAT id, IBAN.

export function isEmail(value: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/.test(value);
}

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value);
}

/** EU VAT ids: German ones strictly (DE + 9 digits), others by the common shape. */
export function isVatId(value: string): boolean {
  const v = value.replace(/\s/g, '').toUpperCase();
  if (v.startsWith('DE')) return /^DE\d{9}$/.test(v);
  return /^(ATU\d{8}|[A-Z]{2}[0-9A-Z+*]{2,12})$/.test(v);
}

/** ISO 13616 IBAN with the mod-97 check, spaces allowed. */
export function isIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('DE') && iban.length !== 22) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

export function isBic(value: string): boolean {
  return /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value.replace(/\s/g, '').toUpperCase());
}
