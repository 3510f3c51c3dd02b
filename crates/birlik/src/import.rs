//! `birlik import`: all-or-nothing upsert of a JSON Lines file.
//!
//! A reader thread parses and validates lines and makes them rows (document,
//! sort key) while the store writes the previous batch, inside one
//! transaction: a bad line or a crash leaves the database exactly as it was
//! before the import.

use anyhow::{Context, Result, bail};
use domain::Record;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::time::Instant;
use store::{ImportRow, Store};

const BATCH: usize = 2000;

/// What the reader thread sends: a batch of valid records, or the first bad line.
enum Parsed {
    Batch(Vec<ImportRow>, u64),
    Bad(String),
}

pub async fn run(store: &Store, file: &Path) -> Result<()> {
    let started = Instant::now();
    let (reader, size) = open_input(file)?;
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

    // About how many records the file holds (a line of the import format
    // is a few hundred bytes), so a bulk load can defer indexes.
    let expected = size.map_or(0, |bytes| bytes / 256);
    let mut import = store.begin_import_of(expected).await?;
    let mut failure = None;
    while let Some(msg) = rx.recv().await {
        match msg {
            Parsed::Batch(records, bytes) => {
                import.upsert_rows(&records).await?;
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

/// The import file (`-`: standard input) and its size when known.
fn open_input(file: &Path) -> Result<(Box<dyn Read + Send>, Option<u64>)> {
    if file == Path::new("-") {
        return Ok((Box::new(std::io::stdin()), None));
    }
    let f = std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let size = f.metadata().ok().map(|m| m.len());
    Ok((Box::new(f), size))
}

/// One line of an import file.
struct ImportLine {
    /// 1-based, as people count lines.
    number: u64,
    /// Bytes read for it, newline included (for the progress bar).
    bytes: u64,
    /// The record, `None` for a blank line, or why the line is not one.
    record: Result<Option<Record>, String>,
}

/// Reads and validates an import file line by line. A line that is not
/// UTF-8 is reported and skipped; any other read error ends the file.
fn import_lines(reader: impl Read) -> impl Iterator<Item = ImportLine> {
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut line = String::new();
    let mut number = 0u64;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        line.clear();
        number += 1;
        let record = match reader.read_line(&mut line) {
            Ok(0) => return None,
            Ok(_) => {
                let text = line.trim_end_matches(['\n', '\r']);
                if text.trim().is_empty() {
                    Ok(None)
                } else {
                    Record::from_json(text).map(Some).map_err(|e| e.to_string())
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                Err("not valid UTF-8".to_owned())
            }
            Err(e) => {
                done = true;
                Err(format!("cannot read: {e}"))
            }
        };
        Some(ImportLine {
            number,
            bytes: line.len() as u64,
            record,
        })
    })
}

fn read_batches(reader: Box<dyn Read + Send>, tx: tokio::sync::mpsc::Sender<Parsed>) -> Result<()> {
    let mut batch = Vec::with_capacity(BATCH);
    let mut bytes = 0u64;
    for line in import_lines(reader) {
        bytes += line.bytes;
        match line.record {
            Ok(Some(r)) => batch.push(ImportRow::of(&r)),
            Ok(None) => continue,
            Err(reason) => {
                let _ = tx.blocking_send(Parsed::Bad(format!("line {}: {reason}", line.number)));
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
    let (reader, _) = open_input(file)?;
    let mut records = Vec::new();
    let mut invalid = 0usize;
    for line in import_lines(reader) {
        match line.record {
            Ok(Some(r)) => records.push((line.number, r)),
            Ok(None) => {}
            Err(reason) => {
                println!("line {}: {reason}", line.number);
                invalid += 1;
            }
        }
    }
    let mut index = crate::indexing::build_index(store).await?;
    let in_file: std::collections::HashSet<String> =
        records.iter().map(|(_, r)| r.id.to_string()).collect();
    for (_, r) in &records {
        index.upsert(app::readmodel::search_doc(r));
    }
    let mut hints = 0usize;
    for (number, r) in &records {
        let names: Vec<String> = r.names.iter().map(|n| n.value.clone()).collect();
        let kind = app::readmodel::to_search_kind(r.kind);
        for hit in index.similar(&names, kind, 3) {
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
