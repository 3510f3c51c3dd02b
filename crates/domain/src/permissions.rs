//! Who may do what: every write in the platform asks [`authorize`] first, so
//! the rules live here and nowhere else.

use crate::{CountryCode, EntityId};
use std::fmt;

/// A role an account holds. Being a member needs no role: every signed-in
/// account is one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// The platform's administrators (the OTS NGO secretariat).
    Secretariat,
    /// Verifies the organizations of one country.
    Coordinator(CountryCode),
    /// Keeps one organization's profile.
    Editor(EntityId),
}

impl Role {
    /// The stored name of every coordinator role, whatever its country.
    pub const COORDINATOR: &'static str = "coordinator";

    /// The stored name of the role (`roles.role`).
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Secretariat => "secretariat",
            Self::Coordinator(_) => Self::COORDINATOR,
            Self::Editor(_) => "editor",
        }
    }

    /// What the role is held over (`roles.scope`): a country, an
    /// organization, or nothing.
    pub fn scope(&self) -> &str {
        match self {
            Self::Secretariat => "",
            Self::Coordinator(c) => c.as_str(),
            Self::Editor(org) => org.as_str(),
        }
    }

    /// Reads a stored role back; `None` for a row this version does not know.
    pub fn from_parts(kind: &str, scope: &str) -> Option<Self> {
        match kind {
            "secretariat" => Some(Self::Secretariat),
            "coordinator" => CountryCode::parse(scope).ok().map(Self::Coordinator),
            "editor" => EntityId::parse(scope).ok().map(Self::Editor),
            _ => None,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Secretariat => f.write_str("secretariat"),
            other => write!(f, "{} of {}", other.kind(), other.scope()),
        }
    }
}

/// A signed-in account and its roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub account_id: i64,
    pub roles: Vec<Role>,
}

impl Actor {
    pub fn is_secretariat(&self) -> bool {
        self.roles.contains(&Role::Secretariat)
    }

    pub fn coordinates(&self, country: CountryCode) -> bool {
        self.roles.contains(&Role::Coordinator(country))
    }

    pub fn edits(&self, org: &EntityId) -> bool {
        self.roles
            .iter()
            .any(|r| matches!(r, Role::Editor(o) if o == org))
    }

    /// The countries this account coordinates (all of them for the secretariat
    /// is decided by the caller, who knows the network).
    pub fn coordinated_countries(&self) -> Vec<CountryCode> {
        self.roles
            .iter()
            .filter_map(|r| match r {
                Role::Coordinator(c) => Some(*c),
                _ => None,
            })
            .collect()
    }
}

/// Every kind of write the platform has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action<'a> {
    /// Apply to list a new organization (any member).
    ApplyForOrganization,
    /// Change an organization's profile (names, description, areas …).
    EditOrganization {
        org: &'a EntityId,
        country: Option<CountryCode>,
    },
    /// Invite a colleague to edit an organization.
    InviteEditor {
        org: &'a EntityId,
        country: Option<CountryCode>,
    },
    /// Speak for an organization to others: state its offers and needs,
    /// propose cooperation, answer proposals. Its editors only (coordinators
    /// review organizations; they do not speak for them).
    ActForOrganization { org: &'a EntityId },
    /// Verify, reject, suspend or reinstate an organization of a country, or
    /// read its evidence document.
    ReviewOrganization { country: CountryCode },
    /// Change the network: countries' status, the chair.
    ManageNetwork,
    /// Appoint or remove country coordinators.
    ManageCoordinators,
    /// Browse and export the audit log.
    ReadAuditLog,
    /// Write, translate and publish news stories.
    PublishNews,
    /// See the queued and failed jobs (mail) and retry failed ones.
    ManageJobs,
    /// See the queue of applications to review (a coordinator sees their
    /// countries', the secretariat all).
    ReadReviewQueue,
    /// See one organization's application: its history, its evidence
    /// listing, its proposal while not public.
    ReadApplication {
        org: &'a EntityId,
        country: Option<CountryCode>,
    },
    /// Register for an event, cancel, answer an offer (any member, for
    /// themselves; on behalf of an organization only as its editor).
    RegisterForEvent { on_behalf_of: Option<&'a EntityId> },
    /// Run an event: see and export its lists, approve, move and check in
    /// people (its organizers' editors).
    ManageEvent { organizers: &'a [EntityId] },
}

impl Action<'_> {
    /// A stable name for logs and tests.
    pub fn name(&self) -> &'static str {
        match self {
            Self::ApplyForOrganization => "apply-for-organization",
            Self::EditOrganization { .. } => "edit-organization",
            Self::InviteEditor { .. } => "invite-editor",
            Self::ActForOrganization { .. } => "act-for-organization",
            Self::ReviewOrganization { .. } => "review-organization",
            Self::ManageNetwork => "manage-network",
            Self::ManageCoordinators => "manage-coordinators",
            Self::ReadAuditLog => "read-audit-log",
            Self::PublishNews => "publish-news",
            Self::ManageJobs => "manage-jobs",
            Self::ReadReviewQueue => "read-review-queue",
            Self::ReadApplication { .. } => "read-application",
            Self::RegisterForEvent { .. } => "register-for-event",
            Self::ManageEvent { .. } => "manage-event",
        }
    }
}

/// Why an action was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    #[error("sign in first")]
    SignInRequired,
    #[error("your account may not do this")]
    Forbidden,
}

/// The one place that decides. Anonymous visitors may write nothing; the
/// secretariat may do everything; a coordinator acts on their country's
/// organizations; an editor on their own organization.
pub fn authorize(actor: Option<&Actor>, action: Action<'_>) -> Result<(), Denied> {
    let Some(actor) = actor else {
        return Err(Denied::SignInRequired);
    };
    if actor.is_secretariat() {
        return Ok(());
    }
    let allowed = match action {
        Action::ApplyForOrganization => true,
        Action::EditOrganization { org, country }
        | Action::InviteEditor { org, country }
        | Action::ReadApplication { org, country } => {
            actor.edits(org) || country.is_some_and(|c| actor.coordinates(c))
        }
        Action::ActForOrganization { org } => actor.edits(org),
        Action::ReadReviewQueue => !actor.coordinated_countries().is_empty(),
        Action::RegisterForEvent { on_behalf_of } => on_behalf_of.is_none_or(|o| actor.edits(o)),
        Action::ManageEvent { organizers } => organizers.iter().any(|o| actor.edits(o)),
        Action::ReviewOrganization { country } => actor.coordinates(country),
        Action::ManageNetwork
        | Action::ManageCoordinators
        | Action::ReadAuditLog
        | Action::PublishNews
        | Action::ManageJobs => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denied::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str) -> EntityId {
        EntityId::parse(id).unwrap()
    }
    fn country(c: &str) -> CountryCode {
        CountryCode::parse(c).unwrap()
    }

    /// Every role against every action, written out as a table.
    #[test]
    fn the_permission_table() {
        let a = org("AZ-NGO-1");
        let az = Some(country("AZ"));
        let actions = [
            Action::ApplyForOrganization,
            Action::EditOrganization {
                org: &a,
                country: az,
            },
            Action::InviteEditor {
                org: &a,
                country: az,
            },
            Action::ReviewOrganization {
                country: country("AZ"),
            },
            Action::ManageNetwork,
            Action::ManageCoordinators,
            Action::ReadAuditLog,
            Action::PublishNews,
            Action::ManageJobs,
            Action::ReadReviewQueue,
            Action::ReadApplication {
                org: &a,
                country: az,
            },
            Action::RegisterForEvent { on_behalf_of: None },
            Action::RegisterForEvent {
                on_behalf_of: Some(&a),
            },
            Action::ManageEvent {
                organizers: std::slice::from_ref(&a),
            },
        ];
        let actor = |roles: Vec<Role>| {
            Some(Actor {
                account_id: 1,
                roles,
            })
        };
        // (who, expected per action in the order above; 'y' allowed, 'n' forbidden, 's' sign in)
        let table: Vec<(&str, Option<Actor>, &str)> = vec![
            ("anonymous", None, "ssssssssssssss"),
            ("member", actor(vec![]), "ynnnnnnnnnnynn"),
            (
                "editor of the org",
                actor(vec![Role::Editor(a.clone())]),
                "yyynnnnnnnyyyy",
            ),
            (
                "editor of another org",
                actor(vec![Role::Editor(org("KZ-1"))]),
                "ynnnnnnnnnnynn",
            ),
            (
                "coordinator of AZ",
                actor(vec![Role::Coordinator(country("AZ"))]),
                "yyyynnnnnyyynn",
            ),
            (
                "coordinator of KZ",
                actor(vec![Role::Coordinator(country("KZ"))]),
                "ynnnnnnnnynynn",
            ),
            (
                "secretariat",
                actor(vec![Role::Secretariat]),
                "yyyyyyyyyyyyyy",
            ),
        ];
        for (who, actor, expected) in table {
            for (action, want) in actions.iter().zip(expected.chars()) {
                let got = match authorize(actor.as_ref(), *action) {
                    Ok(()) => 'y',
                    Err(Denied::Forbidden) => 'n',
                    Err(Denied::SignInRequired) => 's',
                };
                assert_eq!(got, want, "{who} → {}", action.name());
            }
        }
    }

    #[test]
    fn roles_round_trip_through_their_stored_form() {
        for role in [
            Role::Secretariat,
            Role::Coordinator(country("XN")),
            Role::Editor(org("UZ-7")),
        ] {
            assert_eq!(Role::from_parts(role.kind(), role.scope()), Some(role));
        }
        assert_eq!(Role::from_parts("emperor", ""), None);
        assert_eq!(Role::from_parts("coordinator", "ZZ"), None);
    }
}
