import Foundation

/// A tiny error-code value, just enough to exercise the compiler, the
/// standard library and Foundation.
public struct SmokeCode: Sendable, Equatable {
    public let domain: String
    public let number: Int

    public init(domain: String, number: Int) {
        self.domain = domain
        self.number = number
    }

    /// Formats the code as `DOMAIN-0042`, using Foundation's `String(format:)`.
    public var formatted: String {
        String(format: "%@-%04d", domain.uppercased(), number)
    }
}
