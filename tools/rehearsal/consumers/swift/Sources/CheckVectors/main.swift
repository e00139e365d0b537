// An app that resolves the repository's Swift package from its release tag through a file:// git URL and checks a
// table release's conformance vectors through the public API. Arguments: VECTORS [NAME...], each NAME a code the
// release must list.
import Foundation
import XGPushErrorCodes

struct Vector: Decodable, Equatable {
    let code: Int
    let name: String
    let description: String
    let solution: String
    let retryable: Bool
    let category: String
    let known: Bool
}

struct Vectors: Decodable {
    let version: String
    let codes: [Vector]
    let unknown: [Vector]
}

let arguments = CommandLine.arguments
let vectors = try JSONDecoder().decode(Vectors.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
var problems: [String] = []
if XGPushErrorCode.version != vectors.version {
    problems.append("installed \(XGPushErrorCode.version), want \(vectors.version)")
}
for want in vectors.codes + vectors.unknown {
    let code = XGPushErrorCode(rawValue: want.code)
    let got = Vector(code: code.rawValue, name: code.name, description: code.description, solution: code.solution, retryable: code.isRetryable, category: code.category.rawValue, known: code.isKnown)
    if got != want { problems.append("XGPushErrorCode(rawValue: \(want.code)) = \(got), want \(want)") }
    if want.known && XGPushErrorCode(name: want.name) != code { problems.append("XGPushErrorCode(name: \(want.name)) is not the case of \(want.code)") }
    let error: any Error = code
    if error.localizedDescription != want.description { problems.append("localizedDescription of \(want.code) = \(error.localizedDescription)") }
    let failure: any Error = XGPushErrorCode.ServiceError(code: code, message: "from the service")
    let message = "\(want.name) (\(want.code)): \(want.description): from the service"
    if failure.localizedDescription != message { problems.append("ServiceError(\(want.code)).localizedDescription = \(failure.localizedDescription)") }
}
for name in arguments.dropFirst(2) where XGPushErrorCode(name: name) == nil {
    problems.append("the release does not list \(name)")
}
if !problems.isEmpty {
    FileHandle.standardError.write(Data(("swift: " + problems.joined(separator: "\n") + "\n").utf8))
    exit(1)
}
print("swift: \(vectors.codes.count) codes and \(vectors.unknown.count) unknown samples of version \(XGPushErrorCode.version) checked")
