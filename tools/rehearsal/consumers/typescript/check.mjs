import * as api from "@errtable/xgpush-error-codes";
import conformance from "./conformance.cjs";

const [vectorsPath, ...expect] = process.argv.slice(2);
console.log(`typescript (ES module): ${conformance.checkVectors(api, vectorsPath, expect)} checked`);
