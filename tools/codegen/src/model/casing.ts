/** Case conversions of a SCREAMING_SNAKE name, shared by every target's naming. */

import { remembered } from './remembered';

export function words(screamingSnake: string): string[] {
  return screamingSnake.split('_').filter((word) => word.length > 0).map((word) => word.toLowerCase());
}

/** Initialisms Go and Swift spell in one case (the Go wiki's code review comments; Swift's API guidelines agree). */
export const initialisms: ReadonlySet<string> = new Set([
  'acl', 'api', 'apns', 'ascii', 'cpu', 'css', 'dns', 'eof', 'guid', 'html', 'http', 'https', 'id', 'ip', 'json', 'qps',
  'ram', 'rpc', 'sla', 'smtp', 'sql', 'ssh', 'tcp', 'tls', 'ttl', 'udp', 'ui', 'uid', 'uuid', 'uri', 'url', 'utf8', 'vm', 'xml', 'xmpp', 'xsrf', 'xss',
]);

/**
 * Joins the words of a name, each but (when `lowerFirst`) the first starting with a capital, a word of `oneCase` all in
 * capitals: one pass, no arrays.
 */
function joinWords(screamingSnake: string, lowerFirst: boolean, oneCase?: ReadonlySet<string>): string {
  let out = '';
  let start = 0;
  for (let index = 0; index <= screamingSnake.length; index += 1) {
    if (index < screamingSnake.length && screamingSnake.charCodeAt(index) !== 0x5f /* _ */) continue;
    if (index > start) {
      const word = screamingSnake.slice(start, index).toLowerCase();
      out += lowerFirst && out === '' ? word : oneCase?.has(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
    }
    start = index + 1;
  }
  return out;
}

/** `INVALID_TOKEN` -> `InvalidToken` */
export const pascalCase: (screamingSnake: string) => string = remembered((name) => joinWords(name, false));

/**
 * `INVALID_TOKEN` -> `invalidToken`, with each initialism in one case: `MESSAGE_NOT_JSON` -> `messageNotJSON`,
 * `APNS_CERTIFICATE_ERROR` -> `apnsCertificateError` (Swift's API design guidelines).
 */
export const camelCase: (screamingSnake: string) => string = remembered((name) => joinWords(name, true, initialisms));

/** `XGPushErrorCode` -> `XGPushError`: the stem companion types are named from. */
export function typeStem(typeName: string): string {
  return typeName.endsWith('Code') && typeName.length > 'Code'.length ? typeName.slice(0, -'Code'.length) : typeName;
}
