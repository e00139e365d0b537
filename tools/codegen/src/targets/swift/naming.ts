import { camelCase } from '../../model/casing';

/** Swift keywords, which an enum case may use inside backticks. */
const keywords = new Set([
  'associatedtype', 'borrowing', 'class', 'consuming', 'deinit', 'enum', 'extension', 'fileprivate', 'func', 'import', 'init', 'inout',
  'internal', 'let', 'nonisolated', 'open', 'operator', 'private', 'precedencegroup', 'protocol', 'public', 'rethrows', 'static', 'struct',
  'subscript', 'typealias', 'var', 'break', 'case', 'catch', 'continue', 'default', 'defer', 'do', 'else', 'fallthrough', 'for', 'guard',
  'if', 'in', 'repeat', 'return', 'throw', 'switch', 'where', 'while', 'any', 'as', 'await', 'false', 'is', 'nil', 'some', 'super', 'throws',
  'true', 'try', 'copy', 'discard', 'each', 'consume', 'macro', 'package',
]);

/**
 * Names backticks cannot rescue (`self`, `init`, `Type` and friends) and members the generated enum declares itself:
 * `unknown(Int)`, its properties, and what RawRepresentable, CaseIterable, LocalizedError and CustomNSError bring.
 * Also `deprecatedCaseTable`: the file-level table of deprecated cases, which a case of that name would hide from the
 * enum's own members.
 */
const taken = new Set([
  'self', 'init', 'deinit', 'subscript', 'unknown', 'rawValue', 'allCases', 'name', 'description', 'solution', 'retryable', 'category',
  'isKnown', 'errorDescription', 'failureReason', 'recoverySuggestion', 'helpAnchor', 'errorDomain', 'errorCode', 'errorUserInfo',
  'localizedDescription', 'hashValue', 'hash', 'encode', 'version', 'entry', 'entries', 'fallback', 'byRawValue', 'deprecatedCaseTable',
]);

/** A keyword is backticked: `internal` -> `` `internal` ``. */
function swiftIdentifier(identifier: string): string {
  return keywords.has(identifier) ? `\`${identifier}\`` : identifier;
}

/** `INVALID_TOKEN` -> `invalidToken`; keywords are backticked, taken names get a trailing underscore. */
export function swiftMemberName(name: string): string {
  const member = camelCase(name);
  return taken.has(member) ? `${member}_` : swiftIdentifier(member);
}

/** `invalid_request` -> `invalidRequest`, the case of the nested `Category` enum. */
export function swiftCategoryName(category: string): string {
  return swiftIdentifier(camelCase(category.toUpperCase()));
}

/** The member as written in `renamed:` and other string references: without backticks. */
export function swiftPlainName(name: string): string {
  return swiftMemberName(name).replaceAll('`', '');
}

