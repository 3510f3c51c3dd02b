//! Birlik's domain: what a record, a country, an area of cooperation, the
//! network and a news article are, and the rules that make them valid.
//!
//! Pure: no I/O. Everything that enters the platform (an import line, a JSON
//! body, a form) is parsed into these types, so code past the edge never sees
//! an invalid id, country or language.

mod account;
mod area;
mod country;
mod coverage;
mod error;
mod events;
mod id;
mod lang;
pub mod meetings;
mod network;
mod news;
pub mod partners;
mod permissions;
mod record;
pub mod statistics;
mod verification;

pub use account::{
    DisplayName, Email, MAX_PASSWORD_CHARS, MAX_TOKEN_NAME_CHARS, MIN_PASSWORD_CHARS, TokenName,
    check_password,
};
pub use area::{AREAS, Area, AreaSlug};
pub use country::{CountryCode, country_name};
pub use coverage::{Coverage, Edition, Pair, PairState, SeriesPair, coverage};
pub use error::{FieldError, Problem, ValidationErrors};
pub use events::{
    EventKind, EventTextInput, MAX_EVENT_DESCRIPTION_CHARS, MAX_EVENT_TITLE_CHARS, MAX_SEATS,
    OFFER_HOURS, RegistrationState, SESSION_FORMATS, Seats, TIME_ZONES, check_event_texts,
    from_wall_clock, offer_deadline, parse_wall_clock, place, plan_offers, utc_offset, wall_clock,
};
pub use id::{EntityId, MAX_ID_LEN};
pub use lang::{Lang, Script, UI_LANGS};
pub use network::{
    Chair, ChairNotMember, KindCounts, MembershipStatus, Network, NetworkCountry, is_iso_date,
};
pub use news::{
    Article, ArticleId, ArticleInput, Author, AuthorInput, Category, MAX_ARTICLE_ID_LEN,
    MAX_TAG_LEN, MEDIA_TYPES, MediaName, Tag, Timestamp, Translation, TranslationInput,
};
pub use permissions::{Action, Actor, Denied, Role, authorize};
pub use record::{EntityKind, Name, NameInput, Record, RecordInput};
pub use statistics::{PairCounts, VerificationCount, YearCount};
pub use verification::{
    Decision, EvidenceType, InvalidTransition, MAX_EVIDENCE_BYTES, MAX_REASON_CHARS,
    PLATFORM_SCHEME, REGISTRY_SCHEMES, ReasonProblem, RegistryId, RegistryScheme,
    VerificationState, schemes_for, transition,
};
