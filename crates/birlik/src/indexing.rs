//! Feeding the in-memory read model (search index and counts) from the store.

use anyhow::Result;
use futures_util::StreamExt;
use store::Store;
use web::{ReadModel, ReadModelBuilder};

/// Builds the read model over every record in the store.
pub async fn build(store: &Store) -> Result<ReadModel> {
    let mut builder = ReadModelBuilder::default();
    let mut records = store.stream_records();
    while let Some(r) = records.next().await {
        builder.push(&r?);
    }
    drop(records);
    // Index building is CPU work: keep it off the async workers.
    Ok(tokio::task::spawn_blocking(move || builder.finish()).await?)
}
