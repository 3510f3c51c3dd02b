//! Feeding the search index from the store.

use anyhow::Result;
use domain::Record;
use futures_util::StreamExt;
use store::Store;

/// What the index needs of a record.
pub fn doc_of(r: &Record) -> search::Doc {
    search::Doc {
        id: r.id.to_string(),
        kind: web::to_search_kind(r.kind),
        names: r.names.iter().map(|n| n.value.clone()).collect(),
        country: r.country.map(|c| c.to_string()),
        areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
    }
}

/// Builds the index over every record in the store.
pub async fn build(store: &Store) -> Result<search::Index> {
    let mut docs = Vec::new();
    let mut records = store.stream_records();
    while let Some(r) = records.next().await {
        docs.push(doc_of(&r?));
    }
    drop(records);
    // Index building is CPU work: keep it off the async workers.
    Ok(tokio::task::spawn_blocking(move || search::Index::build(docs)).await?)
}
