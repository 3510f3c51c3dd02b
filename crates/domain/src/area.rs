use crate::{Problem, ValidationErrors};
use std::fmt;

/// An area of cooperation in the platform's taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub slug: &'static str,
    /// English label; other languages come from the interface's locale files.
    pub label: &'static str,
}

/// The taxonomy. Slugs are stable (they are in the import format); labels may change.
pub const AREAS: &[Area] = &[
    Area {
        slug: "agriculture",
        label: "Agriculture and rural life",
    },
    Area {
        slug: "animals",
        label: "Animal protection",
    },
    Area {
        slug: "business",
        label: "Entrepreneurship and business",
    },
    Area {
        slug: "charity",
        label: "Charity",
    },
    Area {
        slug: "children",
        label: "Children",
    },
    Area {
        slug: "culture",
        label: "Culture and arts",
    },
    Area {
        slug: "digital",
        label: "Digital technologies",
    },
    Area {
        slug: "disability",
        label: "Disability and inclusion",
    },
    Area {
        slug: "ecology",
        label: "Ecology and environment",
    },
    Area {
        slug: "education",
        label: "Education",
    },
    Area {
        slug: "family",
        label: "Family",
    },
    Area {
        slug: "health",
        label: "Health",
    },
    Area {
        slug: "heritage",
        label: "Heritage",
    },
    Area {
        slug: "human-rights",
        label: "Human rights",
    },
    Area {
        slug: "media",
        label: "Media and journalism",
    },
    Area {
        slug: "migration",
        label: "Migration",
    },
    Area {
        slug: "peace",
        label: "Peace and reconciliation",
    },
    Area {
        slug: "science",
        label: "Science and research",
    },
    Area {
        slug: "sport",
        label: "Sport",
    },
    Area {
        slug: "tourism",
        label: "Tourism",
    },
    Area {
        slug: "veterans",
        label: "Veterans",
    },
    Area {
        slug: "volunteering",
        label: "Volunteering",
    },
    Area {
        slug: "water",
        label: "Water",
    },
    Area {
        slug: "women",
        label: "Women",
    },
    Area {
        slug: "youth",
        label: "Youth",
    },
];

/// A slug from [`AREAS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AreaSlug(&'static str);

impl AreaSlug {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let raw = raw.trim();
        AREAS
            .iter()
            .find(|a| a.slug == raw)
            .map(|a| AreaSlug(a.slug))
            .ok_or_else(|| {
                ValidationErrors::single(
                    "areas",
                    Problem::UnknownArea {
                        value: raw.to_owned(),
                        known: slugs(),
                    },
                )
            })
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    pub fn area(&self) -> Area {
        AREAS
            .iter()
            .copied()
            .find(|a| a.slug == self.0)
            .unwrap_or(Area {
                slug: self.0,
                label: self.0,
            })
    }
}

fn slugs() -> String {
    AREAS.iter().map(|a| a.slug).collect::<Vec<_>>().join(", ")
}

impl fmt::Display for AreaSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl serde::Serialize for AreaSlug {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_is_sorted_and_unique() {
        let slugs: Vec<_> = AREAS.iter().map(|a| a.slug).collect();
        let mut sorted = slugs.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(slugs, sorted);
    }

    #[test]
    fn parses_known_and_rejects_unknown() {
        assert_eq!(
            AreaSlug::parse("human-rights").unwrap().area().label,
            "Human rights"
        );
        let e = AreaSlug::parse("space").unwrap_err();
        assert!(e.to_string().contains("\"space\" is not an area"));
    }
}
