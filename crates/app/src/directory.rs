//! The directory: organizations, people and places, listed and searched.

/// Longest search text accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
