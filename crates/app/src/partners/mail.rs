//! The partners' mail, each in its recipient's language, linking the
//! proposals page.

use crate::App;
use crate::letters::Letter;
use domain::Record;
use domain::partners::ProposalState;
use locale::messages::{Arg, message};
use store::{Proposal, RoleHolder};

fn name(record: &Record, lang: &str) -> String {
    record.name_in(&[lang]).to_owned()
}

/// To an editor of the receiving organization: a proposal arrived.
pub(super) fn proposed(
    app: &App,
    to: &RoleHolder,
    proposal: &Proposal,
    from: &Record,
    receiver: &Record,
) -> mail::Message {
    let letter = Letter::new(&to.locale, app.public_url());
    let lang = letter.lang();
    let args = [
        ("from", Arg::from(name(from, lang))),
        ("to", Arg::from(name(receiver, lang))),
        ("activity", Arg::from(proposal.activity.clone())),
        (
            "area",
            Arg::from(message(lang, &format!("area-{}", proposal.area), &[])),
        ),
    ];
    let subject = message(lang, "mail-proposal-subject", &args);
    let mut body = message(lang, "mail-proposal-body", &args);
    if !proposal.message.is_empty() {
        body.push_str("\n\n");
        body.push_str(&proposal.message);
    }
    let link = letter.link("/partners/proposals");
    letter.message(&to.email, subject, format!("{body}\n\n{link}\n"))
}

/// To an editor of the other side: the proposal was accepted, declined or
/// withdrawn by `by`.
pub(super) fn answered(
    app: &App,
    to: &RoleHolder,
    proposal: &Proposal,
    told: &Record,
    by: &Record,
) -> mail::Message {
    let letter = Letter::new(&to.locale, app.public_url());
    let lang = letter.lang();
    let args = [
        ("org", Arg::from(name(told, lang))),
        ("by", Arg::from(name(by, lang))),
        ("activity", Arg::from(proposal.activity.clone())),
    ];
    let (subject, body) = match proposal.state {
        ProposalState::Accepted => (
            "mail-proposal-accepted-subject",
            "mail-proposal-accepted-body",
        ),
        ProposalState::Declined => (
            "mail-proposal-declined-subject",
            "mail-proposal-declined-body",
        ),
        _ => (
            "mail-proposal-withdrawn-subject",
            "mail-proposal-withdrawn-body",
        ),
    };
    let link = letter.link("/partners/proposals");
    letter.message(
        &to.email,
        message(lang, subject, &args),
        format!("{}\n\n{link}\n", message(lang, body, &args)),
    )
}
