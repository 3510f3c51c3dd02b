//! The kit every feature uses and that knows no feature: errors and their
//! one mapping to responses, the layers around the application, sessions
//! and CSRF, forms and query parameters, languages and the page chrome,
//! the OpenAPI refinements.

pub mod auth;
pub mod cards;
pub mod csv;
pub mod error;
pub mod forms;
pub mod harden;
pub mod i18n;
pub mod openapi;
pub mod params;
pub mod views;
