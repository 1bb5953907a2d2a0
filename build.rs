//! Links the `kzsearch` binary as a position-dependent executable on Linux. A position-
//! independent one makes the dynamic loader apply about 50,000 relocations at every start, which
//! cost `kzsearch query` about 0.7 ms of its 6 (docs/BENCHMARKS.md, "What was changed"). A
//! static build (`.cargo/config.toml`) is position-dependent already.
//!
//! A release build on x86-64 Linux (linked by lld, Rust's default linker there from 1.90) also
//! places the functions a query process runs side by side (`link/hot-symbols.txt`, written by
//! `link/hot-symbols.sh`), so a query touches fewer pages of code.

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|f| f == "crt-static");
    if os == "linux" && env == "gnu" && !static_crt {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let hot = std::path::Path::new(&dir).join("link/hot-symbols.txt");
    println!("cargo::rerun-if-changed={}", hot.display());
    if os == "linux" && env == "gnu" && arch == "x86_64" && release && hot.exists() && lld_links() {
        // Names the binary does not have (a stale list) are skipped, without a warning each.
        println!(
            "cargo::rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            hot.display()
        );
        println!("cargo::rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// Does rustc link with lld here? It does by default on x86-64 Linux from Rust 1.90 on; an older
/// one calls the system linker, which knows no `--symbol-ordering-file`.
fn lld_links() -> bool {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("--version").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let version = String::from_utf8_lossy(&out.stdout);
    let mut numbers = version
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split('.')
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
