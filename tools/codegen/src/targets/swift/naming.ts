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
 * Also `deprecatedCaseTable` and `userInfo`: file-level declarations, which a case of that name would hide from the
 * enum's own members.
 */
const taken = new Set([
  'self', 'init', 'deinit', 'subscript', 'unknown', 'rawValue', 'allCases', 'name', 'description', 'solution', 'isRetryable', 'category',
  'isKnown', 'errorDescription', 'failureReason', 'recoverySuggestion', 'helpAnchor', 'errorDomain', 'errorCode', 'errorUserInfo', 'debugDescription',
  'localizedDescription', 'hashValue', 'hash', 'encode', 'version', 'entry', 'entries', 'fallback', 'byRawValue', 'byName', 'userInfo', 'deprecatedCaseTable',
  'locales',
]);

/** A keyword is backticked: `internal` -> `` `internal` ``. */
function swiftIdentifier(identifier: string): string {
  return keywords.has(identifier) ? `\`${identifier}\`` : identifier;
}

/** `INVALID_TOKEN` -> `invalidToken`, `MESSAGE_NOT_JSON` -> `messageNotJSON`; keywords are backticked, taken names get a trailing underscore. */
export function swiftMemberName(name: string): string {
  const member = camelCase(name);
  return taken.has(member) ? `${member}_` : swiftIdentifier(member);
}

/**
 * `invalid_request` -> `invalidRequest`: a category's words, each after the first starting with a capital, except that
 * a word starting with a digit keeps its underscore (`http_4xx` -> `http_4xx`): else `http_2` and `http2`, two
 * categories one table may declare, would both be the case `http2`.
 */
function categoryCase(category: string): string {
  return category
    .split('_')
    .map((word, index) => (index === 0 ? word : /^[0-9]/.test(word) ? `_${word}` : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** `invalid_request` -> `invalidRequest`, the case of the nested `Category` enum; keywords are backticked. */
export function swiftCategoryName(category: string): string {
  return swiftIdentifier(categoryCase(category));
}

/** Names of a `String` enum's own members, which no case of the `Category` enum may take. */
const categoryEnumMembers = new Set(['self', 'init', 'deinit', 'subscript', 'rawValue', 'allCases', 'hashValue', 'hash', 'description']);

/** Why a category cannot be a case of the Swift `Category` enum, or undefined when it can. */
export function swiftCategoryNameProblem(category: string): string | undefined {
  return categoryEnumMembers.has(categoryCase(category)) ? 'is a member every Swift enum of strings has' : undefined;
}

/** The member as written in `renamed:` and other string references: without backticks. */
export function swiftPlainName(name: string): string {
  return swiftMemberName(name).replaceAll('`', '');
}

/** Modules the Swift toolchain provides on Linux and Apple platforms; a target of the same name cannot be built. */
const systemModules = new Set([
  'Swift', 'Foundation', 'FoundationEssentials', 'FoundationInternationalization', 'FoundationNetworking', 'FoundationXML',
  'CoreFoundation', 'Glibc', 'Musl', 'Darwin', 'Dispatch', 'XCTest', 'Testing', 'SwiftShims', 'ObjectiveC', 'os',
]);

/**
 * The longest module or type name, as the schema allows a written one: the package's files are named after them
 * (`Tests/<module>Tests/<type>Tests.swift`), and file names stop at 255 bytes. A name derived from a long table id is
 * held to it here.
 */
const maxNameLength = 100;

function tooLong(name: string): string | undefined {
  return name.length > maxNameLength ? `is ${name.length} characters long, more than ${maxNameLength}: the Swift package's folders and files are named after it, and file names stop at 255 bytes` : undefined;
}

/** Why `name` cannot name the Swift module, or undefined when it can. */
export function swiftModuleNameProblem(name: string): string | undefined {
  return tooLong(name) ?? (systemModules.has(name) ? 'is the name of a module the Swift toolchain provides' : undefined);
}

/**
 * Types the generated enum and its tests name without qualification (and the file's own private types): an enum of
 * that name replaces them (`case unknown(Int)` in an enum named `Int` is recursive).
 */
const usedTypes = new Set([
  'Int', 'String', 'Bool', 'Hashable', 'Sendable', 'CaseIterable', 'Codable', 'Decodable', 'Encodable', 'RawRepresentable',
  'CustomStringConvertible', 'CustomDebugStringConvertible', 'LocalizedError', 'CustomNSError', 'Error', 'Decoder', 'Encoder', 'Dictionary', 'Optional', 'Self',
  'Type', 'Protocol', 'Any', 'Category', 'Entry', 'DeprecatedCaseTable', 'DeprecatedCases', 'Vector', 'Vectors', 'Payload',
  'XCTestCase', 'JSONEncoder', 'JSONDecoder', 'URL', 'Data', 'UTF8', 'Set', 'UInt', 'StaticString', 'Hasher', 'Equatable',
  'XCTAssertEqual', 'XCTUnwrap', 'XCTAssertNil', 'ServiceError', 'NSError', 'NSLocalizedDescriptionKey',
  'NSLocalizedRecoverySuggestionErrorKey', 'Locale', 'Bundle', 'Localization', 'Text', 'Translation', 'Character', 'LocalizedText',
  'LocalizedVector', 'LocaleMatch', 'LocaleVectors', 'Locales',
]);

/** Why `name` cannot name the Swift enum, or undefined when it can. */
export function swiftTypeNameProblem(name: string): string | undefined {
  const long = tooLong(name);
  if (long !== undefined) return long;
  if (systemModules.has(name)) return 'is the name of a module the generated Swift code imports, which a type of that name would hide';
  return usedTypes.has(name) ? 'is a type the generated Swift code uses, which an enum of that name would replace' : undefined;
}
