import { type ParseError, ParseErrorCode } from 'jsonc-parser';
import { type Diagnostic, type Finding, pointerOf } from './diagnostic';
import { lineColumnsAt } from './line-index';
import { locationsAt } from './locations';
import { quote } from './show-text';

type Explained = Pick<Finding, 'message' | 'hint'>;

const strictJson = 'Write strict JSON: keys and strings in double quotes, decimal numbers, true, false and null in lower case';

/** What each parse error means for someone editing the table by hand. */
function explain(code: ParseErrorCode, text: string, offset: number, token: string): Explained {
  if (text.trim() !== '' && text.slice(offset).trim() === '') {
    return { message: 'the file ends before the table does', hint: 'Restore the end of the table: every "{" and "[" needs its "}" and "]"' };
  }
  switch (code) {
    case ParseErrorCode.InvalidSymbol:
      return unexpectedSymbol(text, offset, token);
    case ParseErrorCode.InvalidNumberFormat:
    case ParseErrorCode.UnexpectedEndOfNumber:
      return { message: `${quote(token, 20)} is not a JSON number`, hint: 'Write a decimal number such as -1 or 10011' };
    case ParseErrorCode.PropertyNameExpected:
    case ParseErrorCode.ValueExpected:
      return expectedSomething(code, text, offset, token);
    case ParseErrorCode.ColonExpected:
      return { message: 'expected ":" after the property name', hint: 'Write "key": value' };
    case ParseErrorCode.CommaExpected:
      return { message: 'expected "," before this', hint: 'Separate properties and array items with commas' };
    case ParseErrorCode.CloseBraceExpected:
      return { message: 'an object is not closed', hint: 'Add the missing "}"' };
    case ParseErrorCode.CloseBracketExpected:
      return { message: 'an array is not closed', hint: 'Add the missing "]"' };
    case ParseErrorCode.EndOfFileExpected:
      return { message: 'unexpected text after the end of the table', hint: 'Remove it, or move it inside the table object' };
    case ParseErrorCode.InvalidCommentToken:
    case ParseErrorCode.UnexpectedEndOfComment:
      return { message: 'comments are not allowed in the table', hint: 'Remove the comment; notes belong in a description or in the commit message' };
    case ParseErrorCode.UnexpectedEndOfString:
      return { message: 'a string is not closed', hint: 'Add the closing double quote; inside text, write a line break as \\n' };
    case ParseErrorCode.InvalidUnicode:
      return { message: `invalid escape ${quote(token)}`, hint: 'Write \\u and exactly four hexadecimal digits, e.g. \\u00E9' };
    case ParseErrorCode.InvalidEscapeCharacter:
      return { message: `invalid escape ${quote(token)}`, hint: 'The escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\' };
    case ParseErrorCode.InvalidCharacter:
      return { message: 'a raw control character (such as a tab) inside a string', hint: 'Write a line break as \\n; remove tabs and other control characters' };
    default:
      return { message: 'the file is not valid JSON', hint: strictJson };
  }
}

/** Words other languages write where JSON has a literal, and what to write instead. */
const literalSpellings: Readonly<Record<string, string>> = {
  true: 'Write true, in lower case',
  false: 'Write false, in lower case',
  null: 'Write null, in lower case',
  none: 'JSON spells it null',
  nil: 'JSON spells it null',
  undefined: 'JSON spells it null',
  yes: 'Write true or false, or "yes" in double quotes if it is text',
  no: 'Write true or false, or "no" in double quotes if it is text',
};

/** How far a bare value is read for quoting it whole: a longer one is named by its first word. */
const runLimit = 200;

/** Where the last character before `offset` that is not blank stands; -1 when there is none. */
function nonBlankBefore(text: string, offset: number): number {
  let index = offset - 1;
  while (index >= 0 && /\s/.test(text[index]!)) index -= 1;
  return index;
}

/** The last character before `offset` that is not blank, or "" at the start. */
function characterBefore(text: string, offset: number): string {
  return text[nonBlankBefore(text, offset)] ?? '';
}

/** The first character from `offset` on that is not blank, or "" at the end. */
function characterFrom(text: string, offset: number): string {
  let index = offset;
  while (index < text.length && /\s/.test(text[index]!)) index += 1;
  return text[index] ?? '';
}

/** Whether `token` starts as a name or a word of text does: a letter, "_" or "$". */
const startsLikeAWord = (token: string): boolean => /^[\p{L}_$]/u.test(token);

/**
 * Text the parser cannot read (`token` spans it, see `symbolRun`), named by where it stands: a property name or a
 * value without double quotes, a number or a literal JSON spells otherwise, or anything else.
 */
function unexpectedSymbol(text: string, offset: number, token: string): Explained {
  if (token.startsWith("'")) return { message: 'single quotes are not JSON', hint: 'Put keys and strings in double quotes' };
  const shown = quote(token, 40);
  const previous = characterBefore(text, offset);
  const isName = (previous === '{' || previous === ',') && characterFrom(text, offset + token.length) === ':';
  if (isName && startsLikeAWord(token)) return { message: `the property name ${shown} is not in double quotes`, hint: `Write it as ${JSON.stringify(token)}` };
  if (previous !== ':' && previous !== '[' && previous !== ',') return { message: `unexpected ${shown}`, hint: strictJson };
  if (/^[+-]?(nan|inf(inity)?)$/i.test(token)) return { message: `${shown} is not a JSON number`, hint: 'Write a decimal number such as -1 or 10011' };
  if (/^[+-]?\.?\d/.test(token)) return { message: `${shown} is neither a JSON number nor text in double quotes`, hint: `Write a decimal number such as -1 or 10011, or ${JSON.stringify(token)} if it is text` };
  const literal = literalSpellings[token.toLowerCase()];
  if (literal !== undefined) return { message: `${shown} is not JSON`, hint: literal };
  if (!startsLikeAWord(token)) return { message: `unexpected ${shown}`, hint: strictJson };
  return { message: `the text ${shown} is not in double quotes`, hint: `Write it as ${JSON.stringify(token)}; JSON's only bare words are true, false and null` };
}

/**
 * The unreadable text of the parser's `token` as a person sees it: from the start of a number it continues (`0x10`),
 * to the end of its value (a ",", "}", "]", a ":" not starting "://", or the end of the line), so that
 * `Parameter error` is quoted whole.
 */
function symbolRun(text: string, offset: number, length: number): { offset: number; token: string } {
  let start = offset;
  while (start > 0 && offset - start < runLimit && /[0-9.+-]/.test(text[start - 1]!)) start -= 1;
  const end = text.slice(offset, offset + runLimit).search(/[,}\]\r\n]|:(?!\/\/)/);
  const token = text.slice(start, end === -1 ? offset + Math.max(length, 1) : offset + end).trimEnd();
  return { offset: start, token: token === '' ? text.slice(offset, offset + 1) : token };
}

function expectedSomething(code: ParseErrorCode, text: string, offset: number, token: string): Explained {
  if (text.trim() === '') return { message: 'the file is empty', hint: 'Write the table as one JSON object; see the tables in schema/tables' };
  if (token === ',') return commaProblem(text, offset);
  return code === ParseErrorCode.PropertyNameExpected
    ? { message: 'expected a property name in double quotes', hint: 'Write "key": value, or remove the stray text' }
    : { message: 'expected a value', hint: 'Write a string in double quotes, a number, true, false, an object or an array' };
}

/** A comma where the parser wanted a name or a value: after the last entry, after a ":", or one too many. */
function commaProblem(text: string, offset: number): Explained {
  const next = characterFrom(text, offset + 1);
  if (next === '}' || next === ']') return { message: 'trailing comma after the last entry', hint: 'Remove the comma: JSON allows none before "}" or "]"' };
  return characterBefore(text, offset) === ':'
    ? { message: 'a value is missing before this comma', hint: 'Write the value, or remove the property' }
    : { message: 'an extra comma', hint: 'Remove it: one comma separates two entries' };
}

/** After these the parser's recovery guesses badly, so what it reports next is noise. */
const unrecoverable = new Set([ParseErrorCode.UnexpectedEndOfString, ParseErrorCode.UnexpectedEndOfComment]);

/** What the parser reports next after a word it cannot read: the value or the name it then found missing. */
const missingAfterSymbol = new Set([ParseErrorCode.ValueExpected, ParseErrorCode.PropertyNameExpected]);

/**
 * Whether `error` echoes `previous`, a word the parser could not read: the value (or name) it then misses on a later
 * line, with only blank space between (`"category": device` closed by a "}" on the next line; a comma after the
 * word is a mistake of its own).
 */
function echoesSymbol(text: string, previous: ParseError | undefined, error: ParseError): boolean {
  if (previous?.error !== ParseErrorCode.InvalidSymbol || !missingAfterSymbol.has(error.error)) return false;
  const run = symbolRun(text, previous.offset, previous.length);
  const lineEnd = text.indexOf('\n', run.offset + run.token.length);
  const wordEnd = nameWithItsValue(text, run, lineEnd) ? lineEnd : run.offset + run.token.length;
  return lineEnd !== -1 && lineEnd < error.offset && text.slice(wordEnd, error.offset).trim() === '';
}

/** Whether `run` is a property name whose line holds nothing else but its value, `category: "x"`: no comma after it. */
function nameWithItsValue(text: string, run: { offset: number; token: string }, lineEnd: number): boolean {
  const start = run.offset + run.token.length;
  const rest = text.slice(start, Math.min(lineEnd === -1 ? text.length : lineEnd, start + runLimit));
  return /^\s*:\s*("(?:[^"\\]|\\.)*"|[^\s,"{}[\]]+)\s*$/.test(rest);
}

/**
 * The parse errors worth showing: one per line (the rest are echoes of it), not the missing value a word the parser
 * could not read leads to, none after an unclosed string or comment.
 */
function distinctErrors(text: string, errors: readonly ParseError[]): ParseError[] {
  const kept: ParseError[] = [];
  const lines = new Set<number>();
  const positions = lineColumnsAt(text, errors.map(({ offset }) => offset));
  for (const [index, error] of errors.entries()) {
    const { line } = positions[index]!;
    if (lines.has(line) || echoesSymbol(text, kept.at(-1), error)) continue;
    lines.add(line);
    kept.push(error);
    if (unrecoverable.has(error.error)) break;
  }
  return kept;
}

/** The first escape in a string token that JSON does not define, e.g. `\U` or `\u12`. */
function firstBadEscape(token: string): RegExpExecArray | undefined {
  for (const escape of token.matchAll(/\\(?:u[0-9a-fA-F]{0,4}|[^])/g)) {
    if (!/^\\(?:u[0-9a-fA-F]{4}|["\\/bfnrt])$/.test(escape[0])) return escape;
  }
  return undefined;
}

/** The offset of a comma that only a closing "}" or "]" follows, when the parser stopped right after it. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  const comma = nonBlankBefore(text, offset);
  const next = characterFrom(text, offset);
  return text[comma] === ',' && (next === '}' || next === ']') ? comma : undefined;
}

/**
 * The offending text, narrowed where the parser reports too much or too late: the bad escape rather than its whole
 * string, the trailing comma rather than the "}" after it; widened where it reports too little: a bare word's whole
 * value.
 */
function offendingToken(error: ParseError, text: string): { offset: number; token: string } {
  const { offset, length } = error;
  const token = text.slice(offset, offset + Math.max(length, 1));
  if (error.error === ParseErrorCode.InvalidEscapeCharacter || error.error === ParseErrorCode.InvalidUnicode) {
    const escape = firstBadEscape(token);
    return escape === undefined ? { offset, token } : { offset: offset + escape.index, token: escape[0] };
  }
  if (error.error === ParseErrorCode.PropertyNameExpected || error.error === ParseErrorCode.ValueExpected) {
    const comma = trailingCommaBefore(text, offset);
    return comma === undefined ? { offset, token } : { offset: comma, token: ',' };
  }
  if (error.error === ParseErrorCode.InvalidSymbol && !token.startsWith("'")) return symbolRun(text, offset, length);
  return { offset, token };
}

/** Syntax errors located where the parser stopped; the pointer names the value it was reading there. */
export function syntaxDiagnostics(file: string, text: string, errors: readonly ParseError[]): Diagnostic[] {
  const reported = errors.length > 0 ? distinctErrors(text, errors) : [{ error: ParseErrorCode.ValueExpected, offset: 0, length: 0 }];
  const tokens = reported.map((error) => offendingToken(error, text));
  const locations = locationsAt(text, tokens.map(({ offset }) => offset));
  const positions = lineColumnsAt(text, tokens.map(({ offset }) => offset));
  return reported.map((error, index) => {
    const { offset, token } = tokens[index]!;
    const { path, isAtPropertyKey } = locations[index]!;
    const pointer = pointerOf(isAtPropertyKey ? path.slice(0, -1) : path);
    return { severity: 'error', rule: 'json', pointer, ...explain(error.error, text, offset, token), file, ...positions[index]! };
  });
}
