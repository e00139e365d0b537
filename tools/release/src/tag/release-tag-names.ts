import { packageDir } from '@errtable/codegen/dist/targets/target';

/**
 * The tags a release needs besides Changesets' `name@version` npm tag:
 * Go tags a module in a subdirectory `<dir>/vX.Y.Z`, SwiftPM wants a plain `X.Y.Z`.
 * Example for 1.2.0: `['packages/go/v1.2.0', '1.2.0']`.
 */
export function releaseTagNames(version: string): string[] {
  return [`${packageDir('go')}/v${version}`, version];
}
