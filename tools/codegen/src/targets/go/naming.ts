import { initialisms, words } from '../../model/casing';
import { remembered } from '../../model/remembered';

/** `MESSAGE_NOT_JSON` -> `MessageNotJSON` */
const goPascalCase = remembered((screamingSnake) => {
  let member = '';
  for (const word of words(screamingSnake)) member += initialisms.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  return member;
});

/**
 * `rate_limited` -> `CategoryRateLimited`; remembered, as every code names its category. A word that starts with a
 * digit keeps its underscore (`http_4xx` -> `CategoryHttp_4xx`): else `http_2` and `http2`, two categories one table
 * may declare, would both be `CategoryHttp2`. A capital or an underscore marks every word, so no two categories share
 * a constant.
 */
export const goCategoryName: (category: string) => string = remembered(
  (category) => `Category${category.split('_').map((word) => (/^[0-9]/.test(word) ? `_${word}` : word.charAt(0).toUpperCase() + word.slice(1))).join('')}`,
);

/** Package-level identifiers the generated file declares itself. */
const generatedIdentifiers = new Set(['Version', 'Code', 'Codes', 'CodeByName', 'Category', 'Error', 'NewError', 'Locales']);

/**
 * `INVALID_TOKEN` -> `InvalidToken`; a name the file already declares gets a trailing underscore, and so does every
 * name of the form of a category constant (`CategoryNetwork`): each table has its own categories, and a member must
 * not depend on them to stay the same.
 */
export function goMemberName(name: string): string {
  const member = goPascalCase(name);
  return generatedIdentifiers.has(member) || /^Category[A-Z0-9]/.test(member) ? `${member}_` : member;
}

const goKeywords = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto', 'if',
  'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

const goPredeclared = new Set([
  'any', 'bool', 'byte', 'comparable', 'complex64', 'complex128', 'error', 'float32', 'float64', 'int', 'int8', 'int16', 'int32',
  'int64', 'rune', 'string', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'true', 'false', 'iota', 'nil', 'append',
  'cap', 'clear', 'close', 'complex', 'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println',
  'real', 'recover',
]);

/**
 * Names the generated tests and examples import, declare or bind where they also name the package: importing the
 * package under one of them does not compile (`json redeclared in this block`, `want.Code undefined`).
 */
const goTestNames = new Set([
  'json', 'errors', 'fmt', 'os', 'slices', 'slog', 'bytes', 'strconv', 'testing', 'vector', 'vectors', 'payload', 'members', 't', 'v', 'm', 'got',
  'want', 'code', 'err', 'data', 'decoded', 'localized', 'localizedText', 'localeVectors', 'match', 'text',
]);

/**
 * Folder names the go command treats apart, which the package's folder (`packages/<id>/go/<packageName>`) cannot
 * have: only code of the module itself may import a package under `internal`, and `./...` skips `testdata`, so
 * `go vet ./...` and `go test ./...` in the module would check nothing.
 */
const goSpecialFolders: Readonly<Record<string, string>> = {
  internal: 'names an internal folder, so no app could import the package (use of internal package not allowed)',
  testdata: 'names a folder the go command skips in ./..., so go vet ./... and go test ./... would never see the package',
};

/** Why `name` cannot be the Go package name, or undefined when it can. */
export function goPackageNameProblem(name: string): string | undefined {
  if (Object.hasOwn(goSpecialFolders, name)) return goSpecialFolders[name];
  if (goKeywords.has(name)) return 'is a Go keyword';
  if (name === 'main') return 'names a Go program, not a library';
  if (goPredeclared.has(name)) return 'is predeclared in Go, and the generated tests use it';
  if (goTestNames.has(name)) return 'is a name the generated Go tests import or declare next to the package';
  return undefined;
}

/**
 * Go's rules for a module path, in the order Go checks them: `golang.org/x/mod/module.CheckPath` (checkPath,
 * checkElem, firstPathOK, SplitPathVersion), then what the go command refuses once the module is built or imported
 * (`cmd/go/internal/load`: SafeArg on the package's directory name, and the internal and vendor rules). Each check
 * says why Go refuses the path, or undefined.
 */
type PathCheck = (path: string, elements: readonly string[]) => string | undefined;

const show = (element: string) => JSON.stringify(element);

/** Windows device names, which Go refuses as path elements (up to the first dot, in any case). */
const windowsDeviceNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Why Go refuses one element of a module path (checkElem), or undefined. */
function elementProblem(element: string): string | undefined {
  if (element === '') return 'has an empty path element (a double or trailing slash)';
  if (/^\.+$/.test(element)) return `has the path element ${show(element)}, made only of dots`;
  if (element.startsWith('.')) return `has the path element ${show(element)}, which starts with a dot`;
  if (element.endsWith('.')) return `has the path element ${show(element)}, which ends with a dot`;
  const bad = /[^A-Za-z0-9._~-]/.exec(element)?.[0];
  if (bad !== undefined) return `has the character ${show(bad)} in the path element ${show(element)}; Go allows only ASCII letters, digits, "-", ".", "_" and "~"`;
  const short = element.split('.')[0]!;
  if (windowsDeviceNames.test(short)) return `has the path element ${show(element)}, a reserved file name on Windows`;
  if (/~[0-9]+$/.test(short)) return `has the path element ${show(element)}, which ends in a tilde and digits (a Windows short name)`;
  return undefined;
}

const leadingDash: PathCheck = (path) => (path.startsWith('-') ? 'starts with a dash' : undefined);

const everyElementValid: PathCheck = (_, elements) => elements.map(elementProblem).find((problem) => problem !== undefined);

/** The first element is a domain name: lower-case letters, digits, dots and dashes, with at least one dot. */
const domainFirst: PathCheck = (_, [first = '']) => {
  if (!first.includes('.')) return `starts with ${show(first)}, which is not a domain name: the first element needs a dot, e.g. github.com`;
  return /^[a-z0-9.-]+$/.test(first) ? undefined : `starts with ${show(first)}; the first element may hold only lower-case letters, digits, "." and "-"`;
};

/** A final `/vN` is a major version: N >= 2, without a leading zero or dots (`/v1`, `/v0`, `/v1.2` are malformed). */
const majorVersionSuffix: PathCheck = (path, elements) => {
  if (path.startsWith('gopkg.in/')) return /\.v(0|[1-9][0-9]*)(-unstable)?$/.test(path) ? undefined : 'is a gopkg.in path without the .vN suffix gopkg.in requires';
  const last = elements.at(-1) ?? '';
  if (elements.length < 2 || !/^v[0-9.]+$/.test(last)) return undefined;
  return /^v([2-9]|[1-9][0-9]+)$/.test(last) ? undefined : `ends in ${show(last)}, which is not a major version Go accepts (write /v2 or above, or nothing)`;
};

/** The go command refuses a package whose directory name could pass for a flag (SafeArg): `invalid input directory name "-"`. */
const safeDirectoryName: PathCheck = (_, elements) => {
  const last = elements.at(-1) ?? '';
  return /^[A-Za-z0-9._]/.test(last) ? undefined : `ends in ${show(last)}; the go command refuses a package directory whose name starts with anything but a letter, a digit or "_" (invalid input directory name)`;
};

/** `.../vendor/...` is a vendored copy: `use of vendored package not allowed`. */
const notVendored: PathCheck = (_, elements) =>
  elements.slice(0, -1).includes('vendor') ? 'has the path element "vendor" before its end, which marks a vendored copy: the go command refuses to import it' : undefined;

/** Only code under the parent of an `internal` element may import the package: no app could. */
const notInternal: PathCheck = (_, elements) =>
  elements.includes('internal') ? 'has the path element "internal": only code under its parent could import the package, not the apps it is for' : undefined;

const modulePathChecks: readonly PathCheck[] = [leadingDash, everyElementValid, domainFirst, majorVersionSuffix, safeDirectoryName, notVendored, notInternal];

/** Why Go refuses `path` as the module path apps import the package by, or undefined when it accepts it. */
export function goModulePathProblem(path: string): string | undefined {
  const elements = path.split('/');
  for (const check of modulePathChecks) {
    const problem = check(path, elements);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
