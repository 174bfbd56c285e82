// Payer and client names compared the way a bank writes them: no legal form, case, punctuation or umlauts.

/** Legal forms and joining words left out of a name, as word sequences after normalization. */
const NOISE: readonly (readonly string[])[] = [
  ['gmbh'],
  ['mbh'],
  ['ag'],
  ['ug'],
  ['kg'],
  ['kgaa'],
  ['ohg'],
  ['gbr'],
  ['ek'],
  ['e', 'k'],
  ['e', 'kfm'],
  ['e', 'kfr'],
  ['ev'],
  ['e', 'v'],
  ['eg'],
  ['se'],
  ['co'],
  ['haftungsbeschrankt'],
  ['partg'],
  ['partgmbb'],
  ['ltd'],
  ['inc'],
  ['und'],
  ['and'],
];

/**
 * Name words, lower case, without legal forms (GmbH, AG, UG, e.K., KG, OHG, GbR, mbH, & Co. …) and punctuation.
 * Umlauts: ä, ae and a compare equal (likewise ö/oe/o, ü/ue/u, ß/ss/s), because banks write "Müller" as
 * "MUELLER" or "MULLER"; other accents are dropped (é -> e). Both sides fold the same way, so "Michael" and
 * "Michal" compare equal too — harmless, as a name alone never matches (an exact amount must agree).
 */
export function nameWords(name: string): string[] {
  const folded = name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ss/g, 's');
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== '');
  const kept: string[] = [];
  for (let i = 0; i < words.length; ) {
    const noise = NOISE.find((seq) => seq.every((w, k) => words[i + k] === w));
    if (noise) i += noise.length;
    else kept.push(words[i++]);
  }
  return kept;
}

/** The normalized name as one string ('' when nothing but a legal form is left). */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/**
 * Every run of consecutive words of a name: the payer's name "contains" a client's name when one of these
 * equals the client's key. Long names are cut to their first `maxWords` words to keep this small.
 */
export function nameRuns(name: string, maxWords = 12): string[] {
  const words = nameWords(name).slice(0, maxWords);
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let j = i + 1; j <= words.length; j += 1) runs.push(words.slice(i, j).join(' '));
  }
  return runs;
}
