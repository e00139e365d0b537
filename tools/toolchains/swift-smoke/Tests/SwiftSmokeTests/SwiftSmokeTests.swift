import Foundation
import XCTest

@testable import SwiftSmoke

final class SwiftSmokeTests: XCTestCase {
    func testFormattedCode() {
        let code = SmokeCode(domain: "auth", number: 42)
        XCTAssertEqual(code.formatted, "AUTH-0042")
    }

    func testFoundationJSONRoundTrip() throws {
        let data = try JSONSerialization.data(withJSONObject: ["code": 7])
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Int]
        XCTAssertEqual(object?["code"], 7)
    }
}
