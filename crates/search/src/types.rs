//! The public request and response types of the index.

/// The kind of a record.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An organization (NGO, agency, union …).
    Organization,
    /// A person.
    Person,
    /// A place (country, city, landmark).
    Place,
}

impl Kind {
    /// The lower-case name used in URLs and JSON (`organization`, `person`, `place`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organization => "organization",
            Kind::Person => "person",
            Kind::Place => "place",
        }
    }

    /// Parses [`Kind::as_str`] forms, case-insensitively (also `org`).
    pub fn parse(s: &str) -> Option<Kind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "organization" | "organisation" | "org" => Some(Kind::Organization),
            "person" => Some(Kind::Person),
            "place" => Some(Kind::Place),
            _ => None,
        }
    }
}

/// A record to index.
#[derive(Clone, Debug)]
pub struct Doc {
    /// Unique id; [`Index::upsert`](crate::Index::upsert) replaces by it.
    pub id: String,
    /// Kind of record.
    pub kind: Kind,
    /// All names (any language and script).
    pub names: Vec<String>,
    /// Country code, for filtering and facets.
    pub country: Option<String>,
    /// Areas of activity, for filtering and facets.
    pub areas: Vec<String>,
}

/// A search request.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Free text in any script.
    pub text: String,
    /// Only this kind.
    pub kind: Option<Kind>,
    /// Only this country (exact code).
    pub country: Option<String>,
    /// Only records with this area.
    pub area: Option<String>,
    /// Page size; 0 means 10.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
}

/// How a hit matched the query, best first.
///
/// A hit matches when every significant word of the query matches one of
/// its name's words: the same word after folding and transliteration, its
/// translation through the lexicon, or a spelling within the typo budget
/// ([`names::word_budget`], on the comparison alphabet). Its kind is that of its weakest word.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// Every query word is written as in the name (after case folding).
    Exact,
    /// Every word matched, some only across scripts or spellings.
    Transliterated,
    /// Every word matched, some only through their translation (lexicon,
    /// exonyms, acronyms of a translated name).
    Translated,
    /// Every word matched, some only within the typo budget.
    Fuzzy,
    /// No record matches every word: this one matches most of them.
    Partial,
}

impl MatchKind {
    /// The lower-case name used in JSON (`exact`, `transliterated` …).
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Transliterated => "transliterated",
            MatchKind::Translated => "translated",
            MatchKind::Fuzzy => "fuzzy",
            MatchKind::Partial => "partial",
        }
    }
}

/// One result.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Hit {
    /// The record id.
    pub id: String,
    /// The record kind.
    pub kind: Kind,
    /// The best-matching name of the record.
    pub name: String,
    /// The record country.
    pub country: Option<String>,
    /// Relevance, positive, higher is better.
    pub score: f32,
    /// Byte ranges in `name` that matched the query.
    pub highlights: Vec<(usize, usize)>,
    /// How the hit matched (serialized as `match`).
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
}

/// Counts of the matching records by kind, country and area.
///
/// Facets count every record that matches the *text* of the query, ignoring
/// the kind, country and area filters, so a UI can show the alternatives.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Facets {
    /// Per kind, most frequent first.
    pub kind: Vec<(Kind, usize)>,
    /// Per country, most frequent first.
    pub country: Vec<(String, usize)>,
    /// Per area, most frequent first.
    pub area: Vec<(String, usize)>,
}

/// The answer to a [`Query`].
#[derive(Clone, Debug, serde::Serialize)]
pub struct Results {
    /// Number of matching records after filters.
    pub total: usize,
    /// The requested page of hits, best first.
    pub hits: Vec<Hit>,
    /// Facet counts (see [`Facets`]).
    pub facets: Facets,
    /// "Did you mean": when the best hit matched only approximately, its
    /// name; when nothing matched, the query with unknown words replaced by
    /// the closest-sounding indexed words (folded, lower case).
    pub suggestion: Option<String>,
}

impl Results {
    pub(crate) fn empty() -> Self {
        Results {
            total: 0,
            hits: Vec::new(),
            facets: Facets::default(),
            suggestion: None,
        }
    }
}
