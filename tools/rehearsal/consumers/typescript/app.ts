// Type-checked as an app with an older `lib` (tsconfig.json) would: the package's declarations must compile there.
import { isXGPushError, lookupXGPushErrorCode, XGPushError, type XGPushErrorInfo } from "@errtable/xgpush-error-codes";

export function describe(code: number, message?: string): XGPushErrorInfo {
  const error: unknown = new XGPushError(code, { serviceMessage: message });
  return isXGPushError(error) ? error.info : lookupXGPushErrorCode(code);
}
