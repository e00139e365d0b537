import type { TargetUsage } from '../target';
import { swiftMemberName } from './naming';

/** `import XGPushErrorCodes` and `XGPushErrorCode.invalidToken`. */
export const swiftUsage: TargetUsage = {
  importLine: ({ packages }) => `import ${packages.swift.moduleName}`,
  naming: ({ packages }, name) => `${packages.swift.typeName}.${swiftMemberName(name)}`,
};
