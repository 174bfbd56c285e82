// Helvetica metrics (AFM widths per 1000 units) and WinAnsiEncoding, so umlauts, ß and € print right.

const REGULAR_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

const BOLD_ASCII = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** CP1252 bytes 0x80–0x9F that differ from Latin-1, by Unicode character. */
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Widths (regular, bold) of characters outside ASCII that are not a letter with a diacritic. */
const SPECIAL_WIDTHS: Record<string, [number, number]> = {
  '€': [556, 556],
  '„': [333, 500],
  '‚': [222, 278],
  '…': [1000, 1000],
  '‰': [1000, 1000],
  '‘': [222, 278],
  '’': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '•': [350, 350],
  '–': [556, 556],
  '—': [1000, 1000],
  '™': [1000, 1000],
  ß: [611, 611],
  Æ: [1000, 1000],
  æ: [889, 889],
  Œ: [1000, 1000],
  œ: [944, 944],
  Ø: [778, 778],
  ø: [611, 611],
  '©': [737, 737],
  '®': [737, 737],
  '°': [400, 400],
  '×': [584, 584],
  '÷': [584, 584],
  '±': [584, 584],
  '·': [278, 278],
  '\u00a0': [278, 278],
  '«': [556, 556],
  '»': [556, 556],
  '¼': [834, 834],
  '½': [834, 834],
  '¾': [834, 834],
};

/** The WinAnsiEncoding byte of a character; null when the encoding has none. */
export function winAnsiByte(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  return WIN_ANSI_EXTRA[char] ?? null;
}

/** Text as WinAnsi bytes: tabs become spaces, characters the encoding lacks become '?'. */
export function encodeWinAnsi(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text.replace(/\t/g, ' ')) bytes.push(winAnsiByte(char) ?? 0x3f);
  return bytes;
}

function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0) ?? 0;
  const table = bold ? BOLD_ASCII : REGULAR_ASCII;
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20];
  const special = SPECIAL_WIDTHS[char];
  if (special) return special[bold ? 1 : 0];
  const base = char.normalize('NFD')[0];
  const baseCode = base.codePointAt(0) ?? 0;
  if (base !== char && baseCode >= 0x20 && baseCode <= 0x7e) return table[baseCode - 0x20];
  if (winAnsiByte(char) === null) return table['?'.charCodeAt(0) - 0x20];
  return 556;
}

/** Width in points of text set in Helvetica (or Helvetica-Bold) at size points. */
export function textWidth(text: string, bold: boolean, size: number): number {
  let units = 0;
  for (const char of text.replace(/\t/g, ' ')) units += charWidth(char, bold);
  return (units * size) / 1000;
}

/** A PDF literal string: ( ) and \ escaped, everything outside printable ASCII as an octal escape. */
export function pdfString(bytes: readonly number[]): string {
  let out = '(';
  for (const byte of bytes) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}
