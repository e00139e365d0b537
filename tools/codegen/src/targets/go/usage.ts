import type { TargetUsage } from '../target';
import { goImportPath } from './coordinates';
import { goMemberName } from './naming';

/** `import "github.com/errtable/errtable/packages/xgpush-error-codes/go/xgpusherr"` and `xgpusherr.InvalidToken`. */
export const goUsage: TargetUsage = {
  importLine: ({ packages, version }) => `import ${JSON.stringify(goImportPath(packages.go, version))}`,
  naming: ({ packages }, name) => `${packages.go.packageName}.${goMemberName(name)}`,
};
