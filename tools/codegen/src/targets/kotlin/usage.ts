import type { TargetUsage } from '../target';
import { kotlinMemberName } from './naming';

/** `import io.github.errtable.xgpush.XGPushErrorCode` and `XGPushErrorCode.InvalidToken`. */
export const kotlinUsage: TargetUsage = {
  importLine: ({ packages }) => `import ${packages.kotlin.packageName}.${packages.kotlin.typeName}`,
  naming: ({ packages }, name) => `${packages.kotlin.typeName}.${kotlinMemberName(name, packages.kotlin)}`,
};
