//! Entry point: in the browser it mounts the calculator; natively it is the
//! command-line twin.

#[cfg(target_arch = "wasm32")]
fn main() {
    tierplan::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = tierplan::cli::run(&args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
