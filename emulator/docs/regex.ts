// findText/replaceText patterns: RE2 syntax checked, run as JS RegExp; replacements expanded as Java's Matcher does.

import { EmuException, messages } from '../core/exception';

const badPattern = (why: string) => new EmuException(`${messages.invalidArgument('searchPattern')} (${why})`);
const notEmulated = (what: string) => new EmuException(`not emulated: ${what} in a search pattern`);

/** Leading inline flags RE2 accepts and JS has as RegExp flags. */
const LEADING_FLAGS = /^\(\?([ims]+)\)/;

/**
 * Turns an RE2 pattern into a global JS RegExp. Refuses what RE2 lacks (look-around, back-references),
 * as Apps Script does, and what has no JS equivalent here (\Q…\E, POSIX classes, mid-pattern flags).
 */
export function compilePattern(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const leading = LEADING_FLAGS.exec(source);
  if (leading) {
    flags += [...new Set(leading[1])].join('');
    source = source.slice(leading[0].length);
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '\\') {
      if (next === undefined) throw badPattern('trailing backslash');
      if (/[1-9]/.test(next)) throw badPattern('RE2 has no back-references');
      if (next === 'k' && source[i + 2] === '<') throw badPattern('RE2 has no back-references');
      if (next === 'Q' || next === 'C') throw notEmulated(`\\${next}`);
      if (next === 'p' || next === 'P') flags += flags.includes('u') ? '' : 'u';
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'z') out += '$';
      else out += c + next;
      i += 1;
      continue;
    }
    if (inClass) {
      if (c === '[' && next === ':') throw notEmulated('POSIX character class');
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    if (c === '(' && next === '?') {
      const rest = source.slice(i + 2);
      if (rest.startsWith('=') || rest.startsWith('!')) throw badPattern('RE2 has no look-ahead');
      if (rest.startsWith('<=') || rest.startsWith('<!')) throw badPattern('RE2 has no look-behind');
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 3;
        continue;
      }
      if (!rest.startsWith(':') && !rest.startsWith('<')) throw notEmulated('inline flags');
    }
    out += c;
  }
  try {
    return new RegExp(out, flags);
  } catch (error) {
    throw badPattern((error as Error).message);
  }
}

export interface TextMatch {
  start: number;
  /** Exclusive. */
  end: number;
  match: RegExpExecArray;
}

/** Every match in text, left to right; an empty match moves on by one character, as Java's find() does. */
export function allMatches(text: string, regex: RegExp): TextMatch[] {
  const found: TextMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, match });
    if (match[0].length === 0) regex.lastIndex += 1;
    if (regex.lastIndex > text.length) break;
  }
  return found;
}

/** The first non-empty match at or after `from`, or null. */
export function firstMatch(text: string, regex: RegExp, from: number): TextMatch | null {
  return allMatches(text, regex).find((m) => m.start >= from && m.end > m.start) ?? null;
}

/**
 * Java's Matcher.appendReplacement: `$n` (the longest group number that exists) and `${name}` insert groups,
 * a backslash makes the next character literal (`\$`, `\\`); anything else after `$` is an error.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i];
    if (c === '\\') {
      i += 1;
      if (i === replacement.length) throw new EmuException('character to be escaped is missing');
      out += replacement[i];
      i += 1;
    } else if (c === '$') {
      i += 1;
      if (i === replacement.length) throw new EmuException('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const close = replacement.indexOf('}', i);
        if (close < 0) throw new EmuException("named capturing group is missing trailing '}'");
        const name = replacement.slice(i + 1, close);
        if (!match.groups || !(name in match.groups)) throw new EmuException(`No group with name {${name}}`);
        out += match.groups[name] ?? '';
        i = close + 1;
        continue;
      }
      if (!/[0-9]/.test(replacement[i])) throw new EmuException('Illegal group reference');
      let group = Number(replacement[i]);
      i += 1;
      while (i < replacement.length && /[0-9]/.test(replacement[i])) {
        const longer = group * 10 + Number(replacement[i]);
        if (longer > groupCount) break;
        group = longer;
        i += 1;
      }
      if (group > groupCount) throw new EmuException(`No group ${group}`);
      out += match[group] ?? '';
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
