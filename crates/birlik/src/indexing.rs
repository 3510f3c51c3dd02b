//! Feeding the in-memory read model (search index and counts) from the store.

use anyhow::Result;
use futures_util::StreamExt;
use store::{ChangeCursor, Store};
use web::{ReadModel, ReadModelBuilder};

/// Builds the read model over every record in the store, and the cursor
/// from which to follow later writes.
pub async fn build(store: &Store) -> Result<(ReadModel, ChangeCursor)> {
    // Taken first: a write racing the full read is then seen twice, never missed.
    let cursor = store.change_cursor().await?;
    let mut builder = ReadModelBuilder::default();
    let mut records = store.stream_records();
    while let Some(r) = records.next().await {
        builder.push(&r?);
    }
    drop(records);
    // Index building is CPU work: keep it off the async workers.
    let model = tokio::task::spawn_blocking(move || builder.finish()).await?;
    Ok((model, cursor))
}
