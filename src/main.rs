//! Entry point: in the browser it mounts the calculator; natively it is the
//! command-line twin.

#[cfg(target_arch = "wasm32")]
fn main() {
    tierplan::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args = std::env::args_os().skip(1);
    let code = tierplan::cli::run_os(args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
