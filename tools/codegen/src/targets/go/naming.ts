import { categories } from '../../table';
import { pascalCase, remembered, words } from '../../model/casing';

/** Initialisms Go spells in one case (from the Go wiki's code review comments). */
const initialisms = new Set([
  'acl', 'api', 'apns', 'ascii', 'cpu', 'css', 'dns', 'eof', 'guid', 'html', 'http', 'https', 'id', 'ip', 'json', 'qps',
  'ram', 'rpc', 'sla', 'smtp', 'sql', 'ssh', 'tcp', 'tls', 'ttl', 'udp', 'ui', 'uid', 'uuid', 'uri', 'url', 'utf8', 'vm', 'xml', 'xmpp', 'xsrf', 'xss',
]);

/** `MESSAGE_NOT_JSON` -> `MessageNotJSON` */
const goPascalCase = remembered((screamingSnake) =>
  words(screamingSnake)
    .map((word) => (initialisms.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(''),
);

export function goCategoryName(category: string): string {
  return `Category${pascalCase(category)}`;
}

/** Package-level identifiers the generated file declares itself. */
const generatedIdentifiers = new Set(['Version', 'Code', 'Codes', 'Category', 'Error', ...categories.map(goCategoryName)]);

/** `INVALID_TOKEN` -> `InvalidToken`; a name the file already declares gets a trailing underscore. */
export function goMemberName(name: string): string {
  const member = goPascalCase(name);
  return generatedIdentifiers.has(member) ? `${member}_` : member;
}
