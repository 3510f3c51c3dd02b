# The secretariat's newsroom: writing and editing stories in several languages.

newsroom-write = Write a story
newsroom-edit = Edit the story
newsroom-lead = A story is one set of translations. Write it in the language you know best, mark that language as the original, and add the translations you have; the missing ones are marked.
field-story-id = Address of the story (lowercase letters, digits and hyphens)
field-category = Category
field-tags = Tags, separated by commas
field-published = Publication time (e.g. 2025-11-24T11:00:00+04:00)
field-author = Author
field-author-person = The author's person record (name or id, optional)
field-cover = Cover image (optional)
field-mentions = Records the story mentions
field-original-language = Written in
field-title = Title
field-summary = Summary
field-body = Text (a blank line between paragraphs)
field-cover-alt = Description of the cover image
newsroom-cover-choose = An image already on the site
newsroom-cover-none = No cover
newsroom-cover-upload = Or upload a new image (PNG, JPEG, WebP or SVG, at most 5 MB)
newsroom-mentions-none = The story mentions no record yet. Find records by name and tick them.
newsroom-find = Find records by name, in any script
newsroom-find-button = Find
newsroom-find-nothing = No other record has this name.
