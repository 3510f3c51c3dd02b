//! `birlik`: the NGO platform of the Organization of Turkic States.
//!
//! One binary: `serve` the web pages and API, `import`/`export` the
//! directory in the JSON Lines format of `shared/contract.md`, and `search`
//! names from standard input.

mod cli;
mod demo;
mod demo_forum;
mod demo_meetings;
mod demo_partners;
mod import;
mod indexing;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("birlik: cannot start the async runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(cli::run(args)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("birlik: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
