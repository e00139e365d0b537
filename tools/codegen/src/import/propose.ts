import type { Category } from '../table';

/** Words that carry no meaning in a name: `The device is offline` -> `DEVICE_OFFLINE`. */
const fillerWords = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'of', 'on', 'in', 'at', 'to', 'for', 'by', 'with', 'this', 'that', 'it', 'its', 'please', 'will', 'which', 'when', 'if', 'and', 'or', 'e', 'g', 's']);

/** At most this many words: a name is read in every language's code, and `SO_LIBRARIES_NOT_IMPORTED` says enough. */
const maxWords = 6;

/** Words that leave a name hanging when the cut at `maxWords` ends on them: `..._TIMED_OUT_DURING`. */
const danglingWords = new Set(['during', 'from', 'after', 'before', 'into', 'about', 'over', 'under', 'without', 'within', 'between']);

/** The first `maxWords` words, less those left dangling at the end. */
function cut(words: readonly string[]): string[] {
  const kept = words.slice(0, maxWords);
  while (kept.length > 1 && danglingWords.has(kept.at(-1)!)) kept.pop();
  return kept;
}

/** The words of the text's first clause, ASCII letters and digits only (accents dropped, other scripts skipped). */
function wordsOf(text: string): string[] {
  const clause = text.split(/[.;:(\n。；：（]|,\s|，/)[0] ?? '';
  return clause
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.toLowerCase())
    .filter((word) => word !== '' && !fillerWords.has(word));
}

/** `CODE_93`, `CODE_MINUS_105`: the name of a code whose text has no English words. */
export function codeName(code: number): string {
  return code < 0 ? `CODE_MINUS_${-code}` : `CODE_${code}`;
}

/** Names that differ only in underscores collide in some languages' identifiers: compared without them. */
const nameKey = (name: string) => name.replaceAll('_', '');

/**
 * A SCREAMING_SNAKE name for a new code, from the first clause of its English description, unique among `taken`
 * (compared without underscores); when taken, the code is appended. Example: 92, "Too many apptags" ->
 * `TOO_MANY_APPTAGS`, and with that name taken `TOO_MANY_APPTAGS_92`.
 */
export function proposeName(description: string, code: number, taken: ReadonlySet<string>): string {
  const keys = new Set([...taken].map(nameKey));
  const words = cut(wordsOf(description)).map((word) => word.toUpperCase());
  if (words.length > 0 && /^[0-9]/.test(words[0]!)) words.unshift('CODE');
  const base = words.length === 0 ? codeName(code) : words.join('_');
  if (!keys.has(nameKey(base))) return base;
  const numbered = words.length === 0 ? base : `${base}_${codeName(code).slice('CODE_'.length)}`;
  for (let suffix = 2; ; suffix += 1) {
    const name = suffix === 2 ? numbered : `${numbered}_${suffix}`;
    if (!keys.has(nameKey(name))) return name;
  }
}

/** What vendors write when trying again helps: "Try again later", "switch to another network and retry", 稍后重试. */
const retryHints = /\btry again\b|\bretry\b|\bretries\b|重试|再试/i;

export function guessRetryable(text: string): boolean {
  return retryHints.test(text);
}

/** Categories by the words that suggest them, most specific first; `internal` when nothing matches. */
export const categoryHints: readonly { category: Category; pattern: RegExp }[] = [
  { category: 'success', pattern: /\bsucce(ss|ssful|ssfully|eded)\b|成功/i },
  { category: 'rate_limited', pattern: /too frequent|frequency|rate limit|频率|频繁/i },
  { category: 'authentication', pattern: /authenticat|access id|access key|\bsign(ature)?\b|鉴权|认证|签名/i },
  { category: 'certificate', pattern: /certificate|证书/i },
  { category: 'permission', pattern: /permission|权限/i },
  { category: 'network', pattern: /network|linkage|connection|链路|网络|链接/i },
  { category: 'configuration', pattern: /configur|not imported|manifest|配置|导入/i },
  { category: 'quota', pattern: /exceeds? the limit|too many|超过|过多/i },
  { category: 'device', pattern: /\bdevice\b|\btoken\b|设备/i },
  { category: 'unavailable', pattern: /\bbusy\b|time(d)? ?out|try again later|繁忙|超时/i },
  { category: 'invalid_request', pattern: /parameter|invalid|参数|无效|非法/i },
];

export const defaultCategory: Category = 'internal';

/**
 * The first category whose words the text has and which `categories` offers (`success` only for code 0), else
 * `otherwise` (the table's fallback category).
 */
export function guessCategory(text: string, code: number, categories: readonly Category[], otherwise: Category): Category {
  const match = categoryHints.find((hint) => categories.includes(hint.category) && (hint.category !== 'success' || code === 0) && hint.pattern.test(text));
  return match?.category ?? otherwise;
}
