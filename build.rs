//! Links the `kzsearch` binary as a position-dependent executable on Linux. A position-
//! independent one makes the dynamic loader apply about 50,000 relocations at every start, which
//! cost `kzsearch query` about 0.7 ms of its 6 (docs/BENCHMARKS.md, "What was changed"). A
//! static build (`.cargo/config.toml`) is position-dependent already.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|f| f == "crt-static");
    if os == "linux" && env == "gnu" && !static_crt {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
