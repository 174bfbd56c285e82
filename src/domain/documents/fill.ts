// Placeholders in templates: {{name}} in text, rows that repeat per item, and the literal, one-pass fill.

/** A placeholder as templates write it: {{client.name}}, {{pos.total}}. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}/g;

/** Its pattern as a string, for the regular-expression search of the documents service. */
export const PLACEHOLDER_SEARCH = '\\{\\{\\s*[A-Za-z][A-Za-z0-9_.]*\\s*\\}\\}';

/** Values by placeholder name; null means "leave out the paragraph or table row that holds it". */
export type Values = Record<string, string | null>;

/** Row groups: a table row holding {{pos.*}} repeats once per entry of rows.pos. */
export interface DocumentData {
  values: Values;
  rows: Record<string, Values[]>;
}

export function placeholderName(token: string): string {
  return token.replace(/^\{\{\s*|\s*\}\}$/g, '');
}

/** The row group a name belongs to ('pos' for 'pos.total'), if the data has such a group. */
export function rowGroup(name: string, data: DocumentData): string | null {
  const prefix = name.split('.')[0];
  return prefix in data.rows ? prefix : null;
}

export interface Filled {
  text: string;
  /** A placeholder with a null value was in the text: its paragraph or row is to be removed. */
  remove: boolean;
  unknown: string[];
}

/**
 * Replaces every placeholder of `template` in one pass, so a value that itself contains "{{...}}" or
 * "$1" is inserted literally and never read as a placeholder or a replacement pattern.
 */
export function fill(template: string, values: Values): Filled {
  const unknown: string[] = [];
  let remove = false;
  const text = template.replace(new RegExp(PLACEHOLDER.source, 'g'), (token: string, name: string) => {
    if (!(name in values)) {
      unknown.push(name);
      return token;
    }
    const value = values[name];
    if (value === null) {
      remove = true;
      return '';
    }
    return value;
  });
  return { text, remove, unknown };
}

export function placeholdersIn(text: string): string[] {
  const names: string[] = [];
  const pattern = new RegExp(PLACEHOLDER.source, 'g');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) names.push(m[1]);
  return names;
}
