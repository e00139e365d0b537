// swift-tools-version:6.0
// Smoke-test package for tools/toolchains/swift.sh: proves the toolchain can
// build a library, import Foundation and run XCTest.
import PackageDescription

let package = Package(
    name: "SwiftSmoke",
    products: [
        .library(name: "SwiftSmoke", targets: ["SwiftSmoke"]),
    ],
    targets: [
        .target(name: "SwiftSmoke"),
        .testTarget(name: "SwiftSmokeTests", dependencies: ["SwiftSmoke"]),
    ]
)
