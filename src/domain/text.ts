// What a user typed in a multi-line field, line by line: trimmed, blank lines dropped, the text itself untouched.

export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
