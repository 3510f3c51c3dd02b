use crate::{CountryCode, EntityKind};

/// A country's standing in the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MembershipStatus {
    Member,
    Observer,
}

impl MembershipStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Observer => "observer",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "member" => Some(Self::Member),
            "observer" => Some(Self::Observer),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NetworkCountry {
    pub code: CountryCode,
    pub status: MembershipStatus,
    /// ISO date (`2009-10-03`) the country joined with this status.
    pub since: Option<String>,
}

/// The country chairing the network, and since when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Chair {
    pub country: CountryCode,
    pub since: Option<String>,
}

/// The network the platform serves: its countries, chair and seat.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Network {
    /// The name in its main language (English for the OTS platform).
    pub name: String,
    /// The name in other languages, by language tag.
    pub localized_names: std::collections::BTreeMap<String, String>,
    pub chair: Option<Chair>,
    /// The seat (a city), as a place record's id when one exists.
    pub seat_place_id: Option<String>,
    pub seat_name: Option<String>,
    pub countries: Vec<NetworkCountry>,
}

impl Network {
    /// The Organization of Turkic States' NGO platform, as in the demo.
    #[expect(clippy::expect_used, reason = "the built-in country codes are valid")]
    pub fn ots() -> Self {
        let c = |code: &str, status, since: &str| NetworkCountry {
            code: CountryCode::parse(code).expect("built-in country codes are valid"),
            status,
            since: Some(since.to_owned()),
        };
        use MembershipStatus::{Member, Observer};
        Network {
            name: "NGO Platform of the Organization of Turkic States".into(),
            localized_names: [
                ("az", "Türk Dövlətləri Təşkilatının QHT Platforması"),
                ("tr", "Türk Devletleri Teşkilatı STK Platformu"),
                ("uz", "Turkiy davlatlar tashkiloti NNT platformasi"),
                ("kk", "Түркі мемлекеттері ұйымының ҮЕҰ платформасы"),
                ("ky", "Түрк мамлекеттеринин уюмунун БӨУ платформасы"),
                (
                    "tk",
                    "Türki döwletleriň guramasynyň jemgyýetçilik guramalarynyň platformasy",
                ),
                ("hu", "A Türk Államok Szervezetének civil platformja"),
                ("ru", "Платформа НПО Организации тюркских государств"),
            ]
            .into_iter()
            .map(|(l, n)| (l.to_owned(), n.to_owned()))
            .collect(),
            chair: Some(Chair {
                country: CountryCode::parse("AZ").expect("valid"),
                since: Some("2025-10-07".into()),
            }),
            seat_place_id: Some("place-nakhchivan".into()),
            seat_name: Some("Nakhchivan".into()),
            countries: vec![
                c("AZ", Member, "2009-10-03"),
                c("KZ", Member, "2009-10-03"),
                c("KG", Member, "2009-10-03"),
                c("TR", Member, "2009-10-03"),
                c("UZ", Member, "2019-10-15"),
                c("HU", Observer, "2018-09-03"),
                c("TM", Observer, "2021-11-12"),
                c("XN", Observer, "2022-11-11"),
            ],
        }
    }

    /// The network's name in the first of `langs` it has one in.
    pub fn name_in(&self, langs: &[&str]) -> &str {
        langs
            .iter()
            .find_map(|l| self.localized_names.get(*l))
            .map(String::as_str)
            .unwrap_or(&self.name)
    }

    pub fn status_of(&self, code: CountryCode) -> Option<MembershipStatus> {
        self.countries
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.status)
    }

    pub fn members(&self) -> impl Iterator<Item = &NetworkCountry> {
        self.countries
            .iter()
            .filter(|c| c.status == MembershipStatus::Member)
    }

    pub fn observers(&self) -> impl Iterator<Item = &NetworkCountry> {
        self.countries
            .iter()
            .filter(|c| c.status == MembershipStatus::Observer)
    }
}

/// What the directory counts for each country.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct KindCounts {
    pub organizations: u64,
    pub people: u64,
    pub places: u64,
}

impl KindCounts {
    pub fn add(&mut self, kind: EntityKind, n: u64) {
        match kind {
            EntityKind::Organization => self.organizations += n,
            EntityKind::Person => self.people += n,
            EntityKind::Place => self.places += n,
        }
    }
}

/// Whether `s` is a calendar day written `YYYY-MM-DD` (2009-10-03; not
/// 2009-02-30).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| {
        s.get(range)
            .filter(|d| d.bytes().all(|c| c.is_ascii_digit()))
            .and_then(|d| d.parse::<u16>().ok())
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let Ok(month) = time::Month::try_from(u8::try_from(month).unwrap_or(0)) else {
        return false;
    };
    time::Date::from_calendar_date(i32::from(year), month, u8::try_from(day).unwrap_or(0)).is_ok()
}

/// Why a chair was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the chair must be a member country")]
pub struct ChairNotMember;

impl Chair {
    /// The chair `code` (since `since`) among `countries`: only a member
    /// country (not an observer, not outside the network) chairs.
    pub fn among(
        countries: &[NetworkCountry],
        code: &str,
        since: Option<String>,
    ) -> Result<Self, ChairNotMember> {
        countries
            .iter()
            .find(|c| c.code.as_str() == code && c.status == MembershipStatus::Member)
            .map(|c| Chair {
                country: c.code,
                since,
            })
            .ok_or(ChairNotMember)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_real_days() {
        for (raw, ok) in [
            ("2009-10-03", true),
            ("2024-02-29", true),
            ("2023-02-29", false),
            ("2009-13-01", false),
            ("2009-00-10", false),
            ("2009-1-03", false),
            ("03.10.2009", false),
            ("２００９-10-03", false),
            ("", false),
        ] {
            assert_eq!(is_iso_date(raw), ok, "{raw}");
        }
    }

    #[test]
    fn only_a_member_chairs() {
        let network = Network::ots();
        let member = network
            .countries
            .iter()
            .find(|c| c.status == MembershipStatus::Member)
            .unwrap();
        let observer = network
            .countries
            .iter()
            .find(|c| c.status == MembershipStatus::Observer)
            .unwrap();
        assert_eq!(
            Chair::among(&network.countries, member.code.as_str(), None).map(|c| c.country),
            Ok(member.code)
        );
        assert_eq!(
            Chair::among(&network.countries, observer.code.as_str(), None),
            Err(ChairNotMember)
        );
        assert_eq!(
            Chair::among(&network.countries, "ZZ", None),
            Err(ChairNotMember)
        );
    }

    #[test]
    fn ots_has_five_members_three_observers_and_azerbaijan_chairs() {
        let n = Network::ots();
        assert_eq!(n.members().count(), 5);
        assert_eq!(
            n.name_in(&["kk", "ru", "en"]),
            "Түркі мемлекеттері ұйымының ҮЕҰ платформасы"
        );
        assert_eq!(
            n.name_in(&["en"]),
            "NGO Platform of the Organization of Turkic States"
        );
        assert_eq!(n.observers().count(), 3);
        assert_eq!(n.chair.as_ref().unwrap().country.as_str(), "AZ");
        assert_eq!(
            n.status_of(CountryCode::parse("XN").unwrap()),
            Some(MembershipStatus::Observer)
        );
        assert_eq!(n.status_of(CountryCode::parse("DE").unwrap()), None);
    }
}
