import type { TargetUsage } from '../target';
import { typescriptMemberName } from './naming';

/** `import { XGPushErrorCode } from "@errtable/xgpush-error-codes";` and `XGPushErrorCode.InvalidToken`. */
export const typescriptUsage: TargetUsage = {
  importLine: ({ packages }) => `import { ${packages.typescript.typeName} } from ${JSON.stringify(packages.typescript.packageName)};`,
  naming: ({ packages }, name) => `${packages.typescript.typeName}.${typescriptMemberName(name)}`,
};
