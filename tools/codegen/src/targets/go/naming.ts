import { categories } from '../../table';
import { pascalCase, words } from '../../model/casing';
import { remembered } from '../../model/remembered';

/** Initialisms Go spells in one case (from the Go wiki's code review comments). */
const initialisms = new Set([
  'acl', 'api', 'apns', 'ascii', 'cpu', 'css', 'dns', 'eof', 'guid', 'html', 'http', 'https', 'id', 'ip', 'json', 'qps',
  'ram', 'rpc', 'sla', 'smtp', 'sql', 'ssh', 'tcp', 'tls', 'ttl', 'udp', 'ui', 'uid', 'uuid', 'uri', 'url', 'utf8', 'vm', 'xml', 'xmpp', 'xsrf', 'xss',
]);

/** `MESSAGE_NOT_JSON` -> `MessageNotJSON` */
const goPascalCase = remembered((screamingSnake) => {
  let member = '';
  for (const word of words(screamingSnake)) member += initialisms.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  return member;
});

/** `rate_limited` -> `CategoryRateLimited`; remembered, as every code names its category. */
export const goCategoryName: (category: string) => string = remembered((category) => `Category${pascalCase(category)}`);

/** Package-level identifiers the generated file declares itself. */
const generatedIdentifiers = new Set(['Version', 'Code', 'Codes', 'Category', 'Error', ...categories.map(goCategoryName)]);

/** `INVALID_TOKEN` -> `InvalidToken`; a name the file already declares gets a trailing underscore. */
export function goMemberName(name: string): string {
  const member = goPascalCase(name);
  return generatedIdentifiers.has(member) ? `${member}_` : member;
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
  'json', 'errors', 'fmt', 'os', 'slices', 'strconv', 'testing', 'vector', 'vectors', 'payload', 'members', 't', 'v', 'm', 'got',
  'want', 'code', 'err', 'data', 'decoded',
]);

/** Why `name` cannot be the Go package name, or undefined when it can. */
export function goPackageNameProblem(name: string): string | undefined {
  if (goKeywords.has(name)) return 'is a Go keyword';
  if (name === 'main') return 'names a Go program, not a library';
  if (goPredeclared.has(name)) return 'is predeclared in Go, and the generated tests use it';
  if (goTestNames.has(name)) return 'is a name the generated Go tests import or declare next to the package';
  return undefined;
}

/** Windows device names, which Go refuses as path elements (up to the first dot, in any case). */
const windowsDeviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Why Go refuses `path` as a module path (golang.org/x/mod/module.CheckPath), or undefined when it accepts it. */
export function goModulePathProblem(path: string): string | undefined {
  if (path.startsWith('-')) return 'starts with a dash';
  for (const element of path.split('/')) {
    if (element.startsWith('.') || element.endsWith('.')) return `has the path element ${JSON.stringify(element)}, which starts or ends with a dot`;
    if (element.startsWith('~')) return `has the path element ${JSON.stringify(element)}, which starts with a tilde (the go tool refuses it: invalid input directory name)`;
    if (/~[0-9]+$/.test(element)) return `has the path element ${JSON.stringify(element)}, which ends in a tilde and digits`;
    if (windowsDeviceNames.test(element.split('.')[0]!)) return `has the path element ${JSON.stringify(element)}, a reserved file name on Windows`;
  }
  return undefined;
}
