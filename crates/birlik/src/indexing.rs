//! Feeding the in-memory read model (search index and counts) from the store.

use anyhow::Result;
use app::readmodel::{ReadModel, ReadModelBuilder};
use futures_util::StreamExt;
use store::{ChangeCursor, Store};

/// Builds the read model over every record in the store, and the cursor
/// from which to follow later writes.
pub async fn build(store: &Store) -> Result<(ReadModel, ChangeCursor)> {
    build_with(store, ReadModelBuilder::default()).await
}

/// The read model for looking things up in the index only (its directory
/// is left unsorted: not for serving pages).
pub async fn build_for_lookup(store: &Store) -> Result<ReadModel> {
    Ok(build_with(store, ReadModelBuilder::unsorted()).await?.0)
}

async fn build_with(
    store: &Store,
    mut builder: ReadModelBuilder,
) -> Result<(ReadModel, ChangeCursor)> {
    // Taken first: a write racing the full read is then seen twice, never missed.
    let cursor = store.change_cursor().await?;
    let mut records = store.stream_records();
    while let Some(r) = records.next().await {
        builder.push(&r?);
    }
    drop(records);
    // Index building is CPU work: keep it off the async workers.
    let model = tokio::task::spawn_blocking(move || builder.finish()).await?;
    Ok((model, cursor))
}
