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
      return expectedSomething(code, text, token);
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

/** JSON's literals, which some languages spell otherwise (`True`, `None`). */
const literalSpellings: Readonly<Record<string, string>> = { true: 'true', false: 'false', null: 'null', none: 'null', nil: 'null', undefined: 'null' };

/** A word the parser cannot read: a literal miswritten, a name or text without its double quotes, or anything else. */
function unexpectedSymbol(text: string, offset: number, token: string): Explained {
  if (token.startsWith("'")) return { message: 'single quotes are not JSON', hint: 'Put keys and strings in double quotes' };
  const literal = literalSpellings[token.toLowerCase()];
  if (literal !== undefined) return { message: `${quote(token, 20)} is not JSON`, hint: literal === token.toLowerCase() ? `Write ${literal}, in lower case` : `Write ${literal}` };
  if (/^(nan|infinity)$/i.test(token)) return { message: `${quote(token, 20)} is not a JSON number`, hint: 'Write a decimal number such as -1 or 10011' };
  if (!/^[\p{L}_][\p{L}\p{N}_$-]*$/u.test(token)) return { message: `unexpected ${quote(token, 20)}`, hint: strictJson };
  return /^\s*:/.test(text.slice(offset + token.length))
    ? { message: `the property name ${quote(token, 20)} is not in double quotes`, hint: `Write it as ${JSON.stringify(token)}` }
    : { message: `the text ${quote(token, 20)} is not in double quotes`, hint: `Write it as ${JSON.stringify(token)}; JSON's only bare words are true, false and null` };
}

function expectedSomething(code: ParseErrorCode, text: string, token: string): Explained {
  if (text.trim() === '') return { message: 'the file is empty', hint: 'Write the table as one JSON object; see the tables in schema/tables' };
  if (token === ',') return { message: 'trailing comma after the last entry', hint: 'Remove the comma: JSON allows none before "}" or "]"' };
  return code === ParseErrorCode.PropertyNameExpected
    ? { message: 'expected a property name in double quotes', hint: 'Write "key": value, or remove the stray text' }
    : { message: 'expected a value', hint: 'Write a string in double quotes, a number, true, false, an object or an array' };
}

/** After these the parser's recovery guesses badly, so what it reports next is noise. */
const unrecoverable = new Set([ParseErrorCode.UnexpectedEndOfString, ParseErrorCode.UnexpectedEndOfComment]);

/** What the parser reports next after a word it cannot read: the value or the name it then found missing. */
const missingAfterSymbol = new Set([ParseErrorCode.ValueExpected, ParseErrorCode.PropertyNameExpected]);

/**
 * Whether `error` echoes `previous`, a word the parser could not read: the value (or name) it then misses, where only
 * the rest of that word's line and blank space lie between (`"category": device` closed by a "}" on the next line).
 */
function echoesSymbol(text: string, previous: ParseError | undefined, error: ParseError): boolean {
  if (previous?.error !== ParseErrorCode.InvalidSymbol || !missingAfterSymbol.has(error.error)) return false;
  const lineEnd = text.indexOf('\n', previous.offset + previous.length);
  return lineEnd !== -1 && lineEnd < error.offset && text.slice(lineEnd, error.offset).trim() === '';
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
  const before = text.slice(0, offset).trimEnd();
  return before.endsWith(',') && /^\s*[}\]]/.test(text.slice(offset)) ? before.length - 1 : undefined;
}

/**
 * The offending text, narrowed where the parser reports too much or too late: the bad escape rather than its whole
 * string, the trailing comma rather than the "}" after it.
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
