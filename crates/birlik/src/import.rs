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

/// `birlik import --check`: validates every line and reports likely
/// duplicates (a name matching an existing record's across scripts), writing
/// nothing. Fails if any line is invalid.
pub async fn check(store: &Store, file: &Path) -> Result<()> {
    let reader: Box<dyn Read> = if file == Path::new("-") {
        Box::new(std::io::stdin())
    } else {
        Box::new(
            std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?,
        )
    };
    let mut records = Vec::new();
    let mut invalid = 0usize;
    for (n, line) in BufReader::new(reader).lines().enumerate() {
        let number = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(_) => {
                println!("line {number}: not valid UTF-8");
                invalid += 1;
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match Record::from_json(&line) {
            Ok(r) => records.push((number, r)),
            Err(e) => {
                println!("line {number}: {e}");
                invalid += 1;
            }
        }
    }
    let (mut model, _) = crate::indexing::build(store).await?;
    let in_file: std::collections::HashSet<String> =
        records.iter().map(|(_, r)| r.id.to_string()).collect();
    for (_, r) in &records {
        model.apply(r);
    }
    let mut hints = 0usize;
    for (number, r) in &records {
        let names: Vec<String> = r.names.iter().map(|n| n.value.clone()).collect();
        let kind = web::to_search_kind(r.kind);
        for hit in model.index.similar(&names, kind, 3) {
            if hit.id == r.id.as_str() {
                continue;
            }
            hints += 1;
            let whence = if in_file.contains(&hit.id) {
                "also in this file"
            } else {
                "already stored"
            };
            println!(
                "line {number}: {} {:?} ({}) looks like {:?} ({}), {whence}",
                r.kind,
                r.display_name(),
                r.id,
                hit.name,
                hit.id
            );
        }
    }
    eprintln!(
        "checked {} records: {invalid} invalid lines, {hints} possible duplicates; nothing was written",
        records.len() + invalid
    );
    if invalid > 0 {
        bail!("{invalid} invalid lines");
    }
    Ok(())
}
