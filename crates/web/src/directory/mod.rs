//! The directory: home, listings, record pages, countries, search (pages
//! and API), and editing a record through the API.

pub mod api;
mod countries;
mod edit_api;
mod pages;
mod search_page;

pub use api::routes as api_routes;
pub use pages::routes;
