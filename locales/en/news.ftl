# Birlik interface strings for the news: English (the reference locale).
# Every key here must exist in every locale's news.ftl and be used.

## Lists and navigation
nav-news = News
news-heading = News
news-lead = Stories from the platform, its forums and its members, in the network's languages.
news-latest = Latest news
news-all = All news →
news-none = No news yet.
news-categories = Sections
news-all-categories = All sections
news-category-forum = Forums
news-category-network = The network
news-category-members = Members
news-category-announcements = Announcements
news-tagged = Stories tagged “{ $label }”.
news-clear-tag = Show all stories
news-newest = ← Newest stories
news-older = Older stories →
news-feed = News feed (Atom)
news-subscribe = Subscribe to the news feed (Atom)
news-in-the-news = In the news
news-fallback-note = This story is not yet available in { $language }; it is shown in { $shown }.

## A story
news-published = Published { $date }
news-updated = Updated { $date }
news-by = By { $name }
news-category = Section
news-tags = Tags
news-languages = Languages
news-original = original
news-mentions = Mentioned in this story
news-json = This story as JSON
