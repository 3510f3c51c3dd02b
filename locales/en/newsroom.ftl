# The secretariat's newsroom: writing and editing stories in several languages.

newsroom-write = Write a story
newsroom-edit = Edit the story
newsroom-lead = A story is one set of translations. Write it in the language you know best, mark that language as the original, and add the translations you have; the missing ones are marked.
field-story-id = Address of the story (lowercase letters, digits and hyphens)
field-category = Category
field-tags = Tags, separated by commas
field-published = Publication time (e.g. 2025-11-24T11:00:00+04:00)
field-author = Author
field-author-person = The author's person record (id, optional)
field-cover = Cover image (file name of an image already on the site, optional)
field-mentions = Records the story mentions (ids, separated by commas)
field-original-language = Written in
field-title = Title
field-summary = Summary
field-body = Text (a blank line between paragraphs)
field-cover-alt = Description of the cover image
