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

/// The search index alone, for looking names up (the CLI's `search` and
/// `import --check`): no directory order, no counts.
///
/// Building the whole read model and dropping all but its index would free
/// millions of small blocks just before the first query; the allocator then
/// sorts them during the first queries' allocations (30–110 ms each for the
/// first two dozen queries at a million records).
pub async fn build_index(store: &Store) -> Result<search::Index> {
    let mut docs = Vec::new();
    let mut records = store.stream_records();
    while let Some(r) = records.next().await {
        docs.push(app::readmodel::search_doc(&r?));
    }
    drop(records);
    // Index building is CPU work: keep it off the async workers.
    Ok(tokio::task::spawn_blocking(move || search::Index::build(docs)).await?)
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
