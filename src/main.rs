//! Browser entry point: Trunk builds this binary for wasm32 and calls `main` on load.

#[cfg(target_arch = "wasm32")]
fn main() {
    twenty_eight::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("twenty-eight runs in the browser: `./dev serve` builds and serves it.");
}
