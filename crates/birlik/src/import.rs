//! `birlik import`: all-or-nothing upsert of a JSON Lines file.
//!
//! A reader thread parses and validates lines while the store writes the
//! previous batch, inside one transaction: a bad line or a crash leaves the
//! database exactly as it was before the import.

use anyhow::{Context, Result, bail};
use domain::Record;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::time::Instant;
use store::Store;

const BATCH: usize = 2000;

/// What the reader thread sends: a batch of valid records, or the first bad line.
enum Parsed {
    Batch(Vec<Record>, u64),
    Bad(String),
}

pub async fn run(store: &Store, file: &Path) -> Result<()> {
    let started = Instant::now();
    let (reader, size): (Box<dyn Read + Send>, Option<u64>) = if file == Path::new("-") {
        (Box::new(std::io::stdin()), None)
    } else {
        let f =
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
        let size = f.metadata().ok().map(|m| m.len());
        (Box::new(f), size)
    };
    let progress = match size {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "{spinner} importing [{bar:40}] {bytes}/{total_bytes} · {msg} · eta {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        ),
        None => ProgressBar::new_spinner(),
    };

    let (tx, mut rx) = tokio::sync::mpsc::channel::<Parsed>(4);
    let reader_thread = std::thread::spawn(move || read_batches(reader, tx));

    let mut import = store.begin_import().await?;
    let mut failure = None;
    while let Some(msg) = rx.recv().await {
        match msg {
            Parsed::Batch(records, bytes) => {
                import.upsert(&records).await?;
                progress.inc(bytes);
                progress.set_message(format!("{} records", import.written()));
            }
            Parsed::Bad(reason) => {
                failure = Some(reason);
                break;
            }
        }
    }
    drop(rx);
    let read_result = reader_thread
        .join()
        .map_err(|_| anyhow::anyhow!("the reader thread panicked"))?;
    if let Some(reason) = failure {
        progress.abandon();
        // Dropping `import` rolls the transaction back: nothing of this file stays.
        drop(import);
        bail!("{reason}; nothing was imported");
    }
    read_result?;
    let written = import.commit().await?;
    progress.finish_and_clear();
    eprintln!(
        "imported {written} records from {} in {:.1} s",
        file.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn read_batches(reader: Box<dyn Read + Send>, tx: tokio::sync::mpsc::Sender<Parsed>) -> Result<()> {
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut line = String::new();
    let mut batch = Vec::with_capacity(BATCH);
    let mut bytes = 0u64;
    let mut number = 0u64;
    loop {
        line.clear();
        let n = match reader.read_line(&mut line) {
            Ok(n) => n,
            Err(e) => {
                let reason = if e.kind() == std::io::ErrorKind::InvalidData {
                    format!("line {}: not valid UTF-8", number + 1)
                } else {
                    format!("line {}: cannot read: {e}", number + 1)
                };
                let _ = tx.blocking_send(Parsed::Bad(reason));
                return Ok(());
            }
        };
        if n == 0 {
            break;
        }
        number += 1;
        bytes += n as u64;
        let text = line.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            continue;
        }
        match Record::from_json(text) {
            Ok(r) => batch.push(r),
            Err(e) => {
                let _ = tx.blocking_send(Parsed::Bad(format!("line {number}: {e}")));
                return Ok(());
            }
        }
        if batch.len() == BATCH {
            let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
            if tx.blocking_send(Parsed::Batch(full, bytes)).is_err() {
                return Ok(());
            }
            bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = tx.blocking_send(Parsed::Batch(batch, bytes));
    }
    Ok(())
}
