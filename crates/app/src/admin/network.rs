//! The network and its coordinators, as the secretariat keeps them.

use crate::{App, Error, Result, SignedIn, authorize};
use domain::{Action, Chair, CountryCode, Email, Network, NetworkCountry, Role};

/// The network as stored, or the OTS's as the platform ships it.
pub async fn current(app: &App) -> Result<Network> {
    Ok(app.store().network().await?.unwrap_or_else(Network::ots))
}

/// Sets the network's countries and chair (the rules were checked by
/// [`Chair::among`] and `is_iso_date` where the form was read).
pub async fn save(
    app: &App,
    who: Option<&SignedIn>,
    countries: Vec<NetworkCountry>,
    chair: Option<Chair>,
) -> Result<()> {
    let me = authorize(who, Action::ManageNetwork)?;
    let mut network = current(app).await?;
    network.countries = countries;
    network.chair = chair;
    app.store()
        .update_network(&network, me.actorship(), app.now())
        .await?;
    Ok(())
}

/// Makes the account with `email` a coordinator of `country`. The
/// secretariat may know who has an account: `NotFound` says there is none.
pub async fn appoint_coordinator(
    app: &App,
    who: Option<&SignedIn>,
    email: &Email,
    country: CountryCode,
) -> Result<()> {
    let me = authorize(who, Action::ManageCoordinators)?;
    let account = app.store().account_by_email(email).await?.ok_or_else(|| {
        Error::NotFound("no account has this address; ask the person to sign up first".into())
    })?;
    app.store()
        .grant_role(
            account.id,
            &Role::Coordinator(country),
            &me.actorship(),
            app.now(),
        )
        .await?;
    Ok(())
}

/// Ends an account's coordination of `country`.
pub async fn revoke_coordinator(
    app: &App,
    who: Option<&SignedIn>,
    account: i64,
    country: CountryCode,
) -> Result<()> {
    let me = authorize(who, Action::ManageCoordinators)?;
    let removed = app
        .store()
        .revoke_role(
            account,
            &Role::Coordinator(country),
            &me.actorship(),
            app.now(),
        )
        .await?;
    if removed {
        Ok(())
    } else {
        Err(Error::NotFound(
            "This account does not coordinate this country.".into(),
        ))
    }
}
