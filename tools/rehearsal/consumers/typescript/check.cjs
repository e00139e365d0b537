const api = require("@errtable/xgpush-error-codes");
const { checkVectors } = require("./conformance.cjs");

const [vectorsPath, ...expect] = process.argv.slice(2);
console.log(`typescript (CommonJS): ${checkVectors(api, vectorsPath, expect)} checked`);
