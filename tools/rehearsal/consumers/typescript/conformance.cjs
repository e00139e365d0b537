// Checks the conformance vectors of a release through the package's public API, as an app uses it.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");

/** `api` is the package as one module system loads it; `expect` names codes the release must list. */
function checkVectors(api, vectorsPath, expect) {
  const vectors = JSON.parse(readFileSync(vectorsPath, "utf8"));
  const { lookupXGPushErrorCode, lookupXGPushErrorCodeByName, XGPushError, isXGPushError, version } = api;
  assert.equal(version, vectors.version, "the installed version is the release's");
  for (const vector of [...vectors.codes, ...vectors.unknown]) {
    const info = lookupXGPushErrorCode(vector.code);
    for (const field of ["code", "name", "description", "solution", "retryable", "category", "known"]) {
      assert.equal(info[field], vector[field], `lookupXGPushErrorCode(${vector.code}).${field}`);
    }
    const error = new XGPushError(vector.code, { serviceMessage: "from the service" });
    assert.equal(error.message, `${vector.name} (${vector.code}): ${vector.description}: from the service`);
    assert.ok(isXGPushError(error));
  }
  for (const vector of vectors.codes) assert.equal(lookupXGPushErrorCodeByName(vector.name)?.code, vector.code, vector.name);
  for (const name of expect) assert.ok(lookupXGPushErrorCodeByName(name)?.known, `the release lists ${name}`);
  return `${vectors.codes.length} codes and ${vectors.unknown.length} unknown samples of version ${version}`;
}

module.exports = { checkVectors };
