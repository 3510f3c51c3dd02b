//! News: the secretariat writes and publishes stories as translation sets.

use crate::{App, Result, SignedIn, authorize};
use domain::{Action, Article, Problem};

/// What is wrong with a story beside its own validation: a field's name
/// and the message shown beside it.
pub type Problems = Vec<(&'static str, Problem)>;

/// Publishes `article` (new, or a new version of a published one) if what
/// it refers to exists: the records it mentions, its author's record, its
/// cover image. Answers the problems found, empty when it was published.
pub async fn publish(
    app: &App,
    who: Option<&SignedIn>,
    article: &Article,
    is_new: bool,
) -> Result<Problems> {
    let me = authorize(who, Action::PublishNews)?;
    let mut problems = Problems::new();
    if is_new && app.store().article(&article.id).await?.is_some() {
        problems.push(("id", Problem::StoryAddressTaken));
    }
    let ids: Vec<String> = article
        .mentions
        .iter()
        .chain(article.author.person.iter())
        .map(|m| m.as_str().to_owned())
        .collect();
    let found = app.store().get_many(&ids).await?;
    for id in &ids {
        if !found.contains_key(id) {
            problems.push(("mentions", Problem::NoSuchRecord { id: id.clone() }));
        }
    }
    if let Some(cover) = &article.cover
        && app.store().media(cover).await?.is_none()
    {
        problems.push(("cover", Problem::NoSuchImage));
    }
    if problems.is_empty() {
        app.store()
            .publish_article(article, me.actorship(), app.now())
            .await?;
    }
    Ok(problems)
}
