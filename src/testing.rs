//! Test support shared by the tests, benchmarks and fuzz targets (built
//! with the `testing` feature only).

/// The environment variable that asks for the deep test run (CI sets it in
/// `.ci/run`): full-depth property tests instead of the quick default.
pub const DEEP: &str = "STANDPOINT_DEEP_TESTS";

/// Whether the deep run was asked for (`STANDPOINT_DEEP_TESTS=1`).
pub fn deep() -> bool {
    std::env::var_os(DEEP).is_some_and(|v| v == "1")
}

/// Cases for a property test: `quick` on a plain `cargo test`, `deep` when
/// [`DEEP`] is set.
pub fn cases(quick: u32, deep_cases: u32) -> u32 {
    if deep() {
        deep_cases
    } else {
        quick
    }
}
