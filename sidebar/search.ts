// Search that forgives case, accents and the ways Germans spell umlauts ("Müller", "Mueller", "muller").
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Every word of the query must occur somewhere in the fields. */
export function matches(query: string, fields: readonly string[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = fold(fields.join(' '));
  return words.every((w) => hay.includes(w));
}
