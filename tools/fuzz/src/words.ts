/**
 * Word pools the arbitraries draw from. A name is built from words, so every reserved word below can end up
 * as a whole identifier (`DEFAULT` -> Swift `default`) or inside one (`IS_KNOWN` -> Swift `isKnown`).
 */

import type { Language } from './options';

const split = (words: string): string[] => words.trim().split(/\s+/);

/** Keywords and predeclared names of the four languages, as SCREAMING_SNAKE words. */
export const reservedWords = split(`
  BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE
  RETURN SELECT STRUCT SWITCH TYPE VAR ANY BOOL BYTE RUNE ERROR STRING INT INT32 INT64 TRUE FALSE NIL IOTA APPEND LEN
  CAP MAKE NEW PANIC RECOVER PRINT CLEAR MIN MAX COPY DELETE
  AS CLASS DO FUN IN IS NULL OBJECT SUPER THIS THROW TRY TYPEALIAS TYPEOF VAL WHEN WHILE BY CATCH CONSTRUCTOR
  DYNAMIC FIELD FILE FINALLY GET INIT PARAM SET VALUE WHERE DATA SEALED OPEN ENUM COMPANION INNER INLINE OUT
  OVERRIDE PRIVATE PROTECTED PUBLIC SUSPEND VARARG EXPECT ACTUAL UNIT NOTHING BOOLEAN LIST LAZY
  ASSOCIATEDTYPE DEINIT EXTENSION FILEPRIVATE INOUT INTERNAL LET OPERATOR PROTOCOL RETHROWS STATIC SUBSCRIPT GUARD
  REPEAT SELF THROWS SOME AWAIT ASYNC ACTOR CONSUME DISCARD EACH MACRO BORROWING CONSUMING NONISOLATED SENDING
  WEAK UNOWNED OPTIONAL REQUIRED CONVENIENCE FINAL INDIRECT MUTATING POSTFIX PREFIX INFIX PRECEDENCEGROUP NONE
  ABSTRACT DEBUGGER DECLARE EXPORT EXTENDS FROM FUNCTION IMPLEMENTS INFER INSTANCEOF KEYOF MODULE NAMESPACE NEVER
  NUMBER OF READONLY REQUIRE SYMBOL UNDEFINED UNIQUE VOID WITH YIELD INFINITY NAN PROTOTYPE ARGUMENTS EVAL
`);

/**
 * Names the generated code declares or refers to in some language: members and properties of the generated types,
 * their protocols and interfaces, helper names in the templates, the categories, and the generated tests' names.
 */
export const generatedNames = split(`
  UNKNOWN CODE CODES NAME DESCRIPTION SOLUTION RETRYABLE CATEGORY KNOWN IS_KNOWN VERSION ENTRY ENTRIES FALLBACK
  FROM_CODE BY_CODE ALL_CASES RAW_VALUE BY_RAW_VALUE HASH HASH_VALUE HASH_CODE ENCODE DECODE ERROR_DESCRIPTION
  FAILURE_REASON RECOVERY_SUGGESTION HELP_ANCHOR ERROR_DOMAIN ERROR_CODE ERROR_USER_INFO LOCALIZED_DESCRIPTION
  DEPRECATED_CASE_TABLE DEPRECATED_CASES DEPRECATED REPLACE_WITH SUPPRESS JVM_STATIC JVM_OVERLOADS EQUALS TO_STRING
  COMPONENT1 VALUES VALUE_OF ORDINAL MESSAGE SERVICE_MESSAGE LOOKUP INFO NO_SUCH_MEMBER SUCCESS INVALID_REQUEST
  AUTHENTICATION RATE_LIMITED UNAVAILABLE DEVICE QUOTA CERTIFICATE CATEGORY_SUCCESS CATEGORY_INTERNAL STRING_VALUE
  UNWRAP LOAD_VECTORS VECTOR VECTORS PAYLOAD MEMBERS CHECK CHECK_CODE WANT GOT EXAMPLE_CODE TEST T V M ERR
  DEBUG_DESCRIPTION HAS_OWN_PROPERTY IS_PROTOTYPE_OF ERROR_CODE ERROR_CATEGORY PUSH_ERROR_CODE PUSH_ERROR_CATEGORY
  XG_PUSH_ERROR FIXTURE_ERROR FIXTURE_EXCEPTION API_ERROR STATUS_CATEGORY ERRNO_EXCEPTION CODE_BY_NAME NEW_ERROR
  FROM_NAME BY_NAME CODES_BY_NAME LOOKUP_BY_NAME SERVICE_ERROR ERROR_BRAND FORMAT LOG_VALUE METADATA USER_INFO
  LOCALE LOCALES LOCALE_KEYS LOOKUP_KEYS TRANSLATIONS TRANSLATION TEXT TEXT_OF TEXT_IN DESCRIPTION_IN SOLUTION_IN
  LOCALIZATION APP_LANGUAGE IS_SUBTAG IS_LETTER MATCH LOCALIZED
`).filter((word) => /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(word));

/** Initialisms Go spells in one case, and words with digits where casing and underscores interact. */
export const initialismWords = split('HTTP HTTP2 HTTPS ID IDS JSON URL URI API UUID UTF8 XML IP TCP QPS TTL SQL ACL');
export const digitWords = split('2 10 0 404 V2 V1 X509 A1 B2 3D');

/** Plain words of an error-code table. */
export const ordinaryWords = split(`
  INVALID TOKEN EXPIRED PUSH DEVICE ACCOUNT PARAM PARAMETER MISSING TOO MANY REQUESTS LIMIT EXCEEDED NOT FOUND
  BOUND SERVER BUSY TIMEOUT SIGNATURE APP SECRET ACCESS DENIED MESSAGE BODY LENGTH TAG BATCH TASK ALREADY EXISTS
  CERT PROVIDER UPSTREAM FAILED RETRY LATER DAILY MONTHLY A B C X Y Z
`);

/**
 * Words whose pairs joined with and without an `_` (`TOKEN_EXPIRED`, `TOKENEXPIRED`) become Kotlin objects that differ
 * only in case (`TokenExpired`, `Tokenexpired`), one class file on macOS and Windows: none of them, alone or joined,
 * is a name Kotlin escapes (`STRING`, `UN_KNOWN`, `REPLACE_WITH`) or a type the fuzzer's coordinates declare.
 */
export const caseOnlyWords = split(`
  INVALID TOKEN EXPIRED PUSH DEVICE ACCOUNT PARAMETER MISSING REQUESTS LIMIT EXCEEDED FOUND SERVER BUSY TIMEOUT
  SIGNATURE SECRET ACCESS DENIED BATCH TASK
`);

/** Ordinary words of descriptions and solutions, to mix with the dangerous text. */
export const proseWords = split(`
  The token is invalid. Check the access id and secret, then retry later. Too many requests: wait 60 seconds.
  参数错误 请检查 设备 令牌 无效 — café naïve résumé Ελληνικά Русский текст 日本語のテキスト 한국어
`);

/** Text that breaks out of string literals, comments, templates, format strings and markup, in some language. */
export const dangerousText = [
  '"', '\\', '\\\\', '*/', '/*', '/**', '//', '///', '$', '${', '${x}', '$name', '$$', '\\(', '\\(x)', '\\(', '`', '```',
  '"""', "'''", '\n', '\n\n', '\n * ', '\n/// ', '\n// ', '{{', '}}', '{{{', '}}}', '{{> p}}', '{{#each x}}', '{{/each}}',
  '%s', '%d', '%v', '%%', "'", '#', '#"', '"#', '##"', '\\u0041', '\\u{41}', '\\U0001F600', '\\n', '\\t', '\\0', '\\x41',
  '\\', '<', '>', '&', '&amp;', '&#47;', '<!--', '-->', ']]>', '<![CDATA[', '@param', '@deprecated', '{@link X}', '*',
  '\u00a0', '\u3000', ' ', '  ', ' leading', 'trailing ', '中文错误：参数错误', '😀', '👨‍👩‍👧', '🇨🇳', '👍🏽', 'e\u0301', '\u0301',
  '\u20dd', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u061c', 'مرحبا بالعالم', 'שלום', '\u00ad',
  '\u180e', '\ue000', '\u{e0041}', '\u{10ffff}', '\u{1d11e}', 'ﬁ', 'İ', 'ß', 'ǅ', '\ufdd0', '\u{1fffe}', '\ufffe', '\uffff',
  '\ufdef', '\u{2fffe}', '\u{effff}', '\u{10fffe}', '${project.name}', '$ {x}', '{$x}',
];

/**
 * What pom.xml cannot show, so the title and the repository may not hold it (docs/validation.md: `pomTextIsValidXml`,
 * `noMavenInterpolation`); every other text may, and `dangerousText` puts it there.
 */
export const pomForbiddenText = ['\ufffe', '\uffff', '${', '${x}', '${project.name}', '${env.HOME}', '$${x}'];

/** Characters the validator must reject in any text (docs/validation.md): controls, line separators, bidi controls, U+FFFD. */
export const forbiddenCharacters = [
  '\t', '\r', '\r\n', '\0', '\u0001', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d',
  '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\ufffd', '\ud800', '\udfff', '\u000b', '\u000c',
];

/** Type names and module names, ordinary and ones that collide with what the generated code or its platform uses. */
export const ordinaryTypeNames = split('XGPushErrorCode ErrorCode PushErrorCode FixtureErrorCode Codes ApiError StatusCode Errno');
export const riskyTypeNames = split(`
  Int String Bool Error Map Set Array Object Number Promise Entry Category Code Unknown Companion Any Self Type Protocol
  Vector Vectors Payload Test File JsonObject JsonParser Foundation Swift Hashable Sendable Codable Decoder Encoder
  Dictionary Optional Result Never Void List Boolean Unit Nothing Lazy Suppress Deprecated ReplaceWith JvmStatic
  RuntimeException Throwable Exception ErrorOptions ReadonlyMap Record Omit Infinity NaN Symbol Date XCTest XCTestCase
  LocalizedError CustomNSError RawRepresentable CaseIterable DeprecatedCaseTable DeprecatedCases Pair JSON URL UInt
  StaticString Hasher Equatable XCTAssertEqual XCTUnwrap ObjectsGroup1 Data Set Promise Throwable Test ServiceError
  NSError XCTAssertNil
`);

/**
 * Type names docs/validation.md says a language refuses (`noReservedTypeScriptCoordinates`,
 * `noReservedKotlinCoordinates`, `noReservedSwiftCoordinates`: types the generated code and its tests use without
 * qualifying them), by the pointers that name that language's types. The Swift names are the templates' (commit
 * 07805c7), which a codegen test holds the validator to. A mistake puts one of them at one pointer.
 */
export const reservedTypeNames: readonly { pointers: readonly string[]; names: readonly string[] }[] = [
  { pointers: ['/packages/typescript/typeName', '/packages/typescript/errorName'], names: split('String Number JSON URL Error Map') },
  { pointers: ['/packages/kotlin/typeName', '/packages/kotlin/exceptionName'], names: split('Pair Int String RuntimeException Throwable') },
  { pointers: ['/packages/swift/typeName'], names: split('UInt StaticString Hasher Equatable XCTAssertEqual XCTUnwrap Int Error Foundation') },
];

/**
 * Categories of the tables the fuzzer makes: each table declares its own vocabulary (`categories`), drawn from
 * these and from random snake_case words. The risky ones are keywords and predeclared names of the four languages and
 * members the generated types declare: Go prefixes them (`CategoryDefault`), Kotlin upper-cases them (`DEFAULT`),
 * Swift backticks keywords (`` `default` ``), TypeScript keeps them as string literals. Pairs such as `http_2` and
 * `http2` differ only by an underscore before a digit.
 */
export const ordinaryCategories = split(`
  success invalid_request authentication rate_limited unavailable device quota certificate internal network
  configuration permission conflict server client timeout storage payment not_found io http_4xx http_5xx v2_api
`);
export const riskyCategories = split(`
  default in self init class is as do for if var let func type enum struct case switch where while return object val
  fun when protocol extension static public private internal deinit subscript some any none nil null true false this
  super new delete typeof void with yield import export package interface go chan map range select defer string int
  bool error unit value values entries name ordinal companion raw_value all_cases hash_value hash description
  debug_description unknown category code codes version known retryable solution fallback rawvalue allcases
  http_2 http2 v_1 v1 a_1_b a1_b x_2_3 x2_3 x_23 x23
`);

/**
 * Categories docs/validation.md says a table generated into Swift may not declare (`noReservedCategoryCases`): the
 * members every Swift enum of strings has (`raw_value` becomes `rawValue`), which no backticks rescue.
 */
export const reservedSwiftCategories = split('self init deinit subscript raw_value all_cases hash_value hash description');

/**
 * Go package names the validator refuses (`noReservedGoCoordinates`): a keyword, a predeclared name, `main`, a name the
 * tests use (docs/validation.md), and a folder the go command treats apart (`internal`: no app could import it;
 * `testdata`: `./...` skips it), which the fuzzer found compiling and go/naming.ts now refuses.
 */
export const reservedGoPackages = split('func type main string error nil errors fmt testing internal testdata');

/** Swift module names the batch groups tables by (several tables share each); risky ones are the system modules. */
export const ordinaryModuleNames = split('XGPushErrorCodes ErrorCodes FixtureCodes PushCodes');
export const riskyModuleNames = split('Foundation Swift XCTest Dispatch Glibc ErrorCode Codes');

/** Go package names: ordinary, and names that are keywords, predeclared, `main`, or used by the generated tests. */
export const ordinaryGoPackages = split('xgpusherr errcodes pusherr fixtureerr codes2 apierr');
export const riskyGoPackages = split(`
  type func go map var range main string int error true nil len append json errors fmt os slices strconv testing
  vector vectors payload members t v m got want code err data decoded codes entry entries fallback category
  internal testdata vendor slog bytes sync
`);

/** Kotlin package segments, ordinary and keywords. */
export const ordinaryKotlinSegments = split('io github errtable example org fixture xgpush codes push error_codes v2 a');
export const riskyKotlinSegments = split('fun in is object when val var class interface typeof typealias package return this null true as kotlin java');

/** Go module path elements, ordinary and ones Go's module path rules may refuse. */
export const ordinaryModuleElements = split('github.com errtable packages go example.org fixture errcodes push v2 my-lib x.y a_b');
export const riskyModuleElements = split(`
  v1 v0 v1.2 con aux nul com1 lpt1 COM9 aux.txt foo. .hidden ~tilde a~1 - _ x..y -dash trailing. . .. vendor internal
  -x ~x
`);

/**
 * Module paths docs/validation.md says Go refuses, made from a table's own (accepted) path: its `CheckPath` rules
 * (an element starting or ending with a dot, a Windows device name, a `~1` suffix, `/v0`, `/v1`, `/v1.2` at the end,
 * a first element that is not a lower-case domain with a dot, gopkg.in without `.vN`), and what the go command refuses
 * (a last element starting with anything but a letter, digit or `_`; a `vendor` element before the end; an `internal`
 * element).
 */
export const refusedModulePaths: readonly ((module: string) => string)[] = [
  (module) => `${module}/-`,
  (module) => `${module}/-x`,
  (module) => `${module}/~x`,
  (module) => `${module}/vendor/x`,
  (module) => `${module}/internal`,
  (module) => `${module}/internal/x`,
  (module) => `${module}/v1`,
  (module) => `${module}/v0`,
  (module) => `${module}/v1.2`,
  (module) => `${module}/con`,
  (module) => `${module}/x~1`,
  (module) => `${module}/.x`,
  (module) => `${module}/x.`,
  (module) => `${module}//x`,
  (module) => module.replace(/^[^/]*/, 'localhost'),
  (module) => module.replace(/^[^/]*/, 'Example.org'),
  (module) => module.replace(/^[^/]*/, 'gopkg.in'),
];

/**
 * Words of table ids (the file name, `schema/tables/<id>.json`), from which a table that leaves its coordinates out
 * gets them: `acme-billing-t12` -> the npm package `@<owner>/acme-billing-t12`, the Go package `acmebillingt12`, the
 * Swift module `AcmeBillingT12`, the types `AcmeBillingT12Code` and `AcmeBillingT12Error`.
 */
export const ordinaryIdWords = split('acme billing push client server return codes errors error api sdk tpns android xgpush payments status a b2 x');

/**
 * Ids whose derived coordinates a language may refuse: `error` (the TypeScript Error class `Error`), `runtime`
 * (Kotlin's `RuntimeException`), `foundation` and `x-c-test` (Swift modules), `internal`, `testdata`, `func` and `json`
 * (Go packages), `fun` and `in` (Kotlin package segments).
 */
export const riskyIds = split(`
  error errors internal testdata vendor foundation swift xctest x-c-test dispatch glibc testing func type main string
  json fmt fun object runtime runtime-exception test code codes int in is os t v m go map entry pair
`);

/** Repository owners: ordinary, and ones the derived coordinates must cope with (a Kotlin keyword, a leading digit). */
export const ordinaryOwners = split('errtable example acme-corp Owner9 a x_y');
export const riskyOwners = split('fun object 1password in -x internal vendor');

/**
 * The coordinates two tables of one repository may not share, per language (docs/validation.md, `uniqueAcrossTables`:
 * the npm package name, the Go module path, the Maven artifactId, the Swift module).
 */
export const uniqueCoordinates = {
  typescript: ['packageName'],
  go: ['module'],
  kotlin: ['artifactId'],
  swift: ['moduleName'],
} as const satisfies Record<Language, readonly string[]>;
