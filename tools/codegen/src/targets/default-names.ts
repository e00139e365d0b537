/**
 * What a table gets when it leaves its package coordinates out: names derived from its id (the file name) and its
 * repository, so that a new table, or a new language, needs no coordinates written by hand.
 */

/** The table as far as default coordinates need it. */
export interface TableIdentity {
  /** The table's id: its file name without `.json`, lower-case words joined by hyphens (`tpns-android-client-return-codes`). */
  id: string;
  /** HTTPS URL of the repository the packages are published from. */
  repository: string;
}

/** `tpns-android-client-return-codes` -> `TpnsAndroidClientReturnCodes` */
export function pascalCaseId(id: string): string {
  return id
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** `xgpush-error-codes` -> `xgpusherrorcodes`: the id as one lower-case word, for package names. */
export function compactId(id: string): string {
  return id.replaceAll('-', '');
}

/** `codes` -> `code`, `errors` -> `error`; a word that only looks plural (`status`, `access`) stays. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The type a table's codes get: singular, ending in `Code` (`tpns-android-client-return-codes` ->
 * `TpnsAndroidClientReturnCode`, `acme-billing-errors` -> `AcmeBillingErrorCode`, `table` -> `TableCode`); its
 * companion types are named from the same stem.
 */
export function defaultTypeName(id: string): string {
  const words = id.split('-').filter((word) => word !== '');
  const last = words.length - 1;
  const name = pascalCaseId(words.map((word, index) => (index === last ? singular(word) : word)).join('-'));
  return name.endsWith('Code') ? name : `${name}Code`;
}

/** `TpnsAndroidClientReturnCode` + `Error` -> `TpnsAndroidClientReturnError`; `XgpushErrorCode` + `Error` -> `XgpushError`. */
export function defaultCompanionName(id: string, suffix: string): string {
  const stem = defaultTypeName(id).slice(0, -'Code'.length);
  return stem.endsWith(suffix) ? stem : `${stem}${suffix}`;
}

/**
 * The repository's host and path (`github.com/errtable/errtable`) and its owner (`errtable`), from its HTTPS URL;
 * the schema has checked that it is one.
 */
export function repositoryPath(repository: string): { hostPath: string; owner: string } {
  const url = URL.canParse(repository) ? new URL(repository) : new URL('https://example.invalid/owner/repository');
  const path = url.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
  const owner = path.split('/').find((segment) => segment !== '') ?? 'owner';
  return { hostPath: `${url.host}${path}`, owner: owner.toLowerCase() };
}
