//! What each API parameter accepts, written once for the OpenAPI document.
//!
//! The handlers read parameters as strings and validate them with the
//! domain's own parsers (so every error names the parameter); left alone,
//! utoipa would describe them all as bare strings and a client could not
//! know what is valid. Here every parameter, by name, gets the schema that
//! matches exactly what its parser accepts: the enums (types, countries,
//! areas, languages, categories), the patterns (ids, slugs), the ranges
//! (limit, offset). One table, so no operation can describe the same
//! parameter differently.

use domain::{AREAS, Category, CountryCode, UI_LANGS};
use utoipa::openapi::path::{Operation, Parameter, ParameterIn};
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::openapi::{Content, Ref, Required, ResponseBuilder};
use utoipa::openapi::{OpenApi, RefOr};

/// An entity id in a path segment: the id's characters without `/` (an id
/// with `/` is sent percent-encoded), and not `.` or `..`, which clients
/// resolve away.
const PATH_ID_PATTERN: &str = r"^(?!\.\.?$)[A-Za-z0-9._:~+@-]{1,200}$";
/// An entity id anywhere else (`after`).
const ID_PATTERN: &str = r"^[A-Za-z0-9._:/~+@-]{1,200}$";
const SLUG_PATTERN: &str = r"^[a-z0-9]+(-[a-z0-9]+)*$";
/// Text without control characters (`char::is_control`) and not blank.
const TEXT_PATTERN: &str = "^[^\\u0000-\\u001F\\u007F-\\u009F]*[^\\s\\u0000-\\u001F\\u007F-\\u009F][^\\u0000-\\u001F\\u007F-\\u009F]*$";

fn string() -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String)
}

fn one_of<S: Into<String>>(values: impl IntoIterator<Item = S>) -> Schema {
    let values: Vec<String> = values.into_iter().map(Into::into).collect();
    string().enum_values(Some(values)).build().into()
}

fn integer(min: usize, max: usize) -> Schema {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(min))
        .maximum(Some(max))
        .build()
        .into()
}

fn pattern(pattern: &str, max_length: usize) -> Schema {
    string()
        .pattern(Some(pattern))
        .min_length(Some(1))
        .max_length(Some(max_length))
        .build()
        .into()
}

/// The schema of the parameter `name` at `path`, if it is one we know.
fn schema_of(path: &str, name: &str, location: &ParameterIn) -> Option<Schema> {
    Some(match (name, location) {
        ("id", ParameterIn::Path) if path.starts_with("/api/v1/news/") => {
            pattern(SLUG_PATTERN, domain::MAX_ARTICLE_ID_LEN)
        }
        ("id", ParameterIn::Path) => pattern(PATH_ID_PATTERN, domain::MAX_ID_LEN),
        ("type", ParameterIn::Query) => one_of(["organization", "person", "place"]),
        ("country", ParameterIn::Query) => {
            one_of(CountryCode::all().iter().map(|c| c.as_str().to_owned()))
        }
        ("area", ParameterIn::Query) => one_of(AREAS.iter().map(|a| a.slug)),
        ("lang", ParameterIn::Query) => one_of(UI_LANGS),
        ("category", ParameterIn::Query) => one_of(Category::ALL.iter().map(|c| c.as_str())),
        ("tag", ParameterIn::Query) => pattern(SLUG_PATTERN, domain::MAX_TAG_LEN),
        ("after", ParameterIn::Query) if path == "/api/v1/news" => {
            pattern(SLUG_PATTERN, domain::MAX_ARTICLE_ID_LEN)
        }
        ("after", ParameterIn::Query) => pattern(ID_PATTERN, domain::MAX_ID_LEN),
        ("limit", ParameterIn::Query) => integer(1, 100),
        ("offset", ParameterIn::Query) => integer(0, 10_000),
        ("q" | "name", ParameterIn::Query) => string()
            .pattern(Some(TEXT_PATTERN))
            .max_length(Some(app::directory::MAX_QUERY_CHARS))
            .build()
            .into(),
        _ => return None,
    })
}

/// A decision: a reason is required for `reject` and `suspend` (the
/// applicant reads it), optional otherwise; one schema per case.
fn review_body() -> Schema {
    let case = |decisions: &[&str], reason_required: bool| {
        let mut reason = string().max_length(Some(2000));
        let mut required = vec!["decision"];
        if reason_required {
            reason = reason.pattern(Some(r"^[\s\S]*\S[\s\S]*$"));
            required.push("reason");
        }
        let mut object = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("decision", one_of(decisions.iter().copied()))
            .property("reason", reason)
            .additional_properties(Some(AdditionalProperties::FreeForm(false)));
        for r in required {
            object = object.required(r);
        }
        object.build()
    };
    OneOfBuilder::new()
        .item(case(&["verify", "reinstate", "resubmit"], false))
        .item(case(&["reject", "suspend"], true))
        .description(Some(
            "A decision on an organization's verification; `reject` and `suspend` need a reason",
        ))
        .build()
        .into()
}

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Birlik API",
        version = "1",
        description = "The directory of the NGO platform of the Organization of Turkic States: organizations, people and places, searchable by any spelling in any script."
    ),
    components(schemas(crate::http::error::ErrorBody, crate::http::error::ErrorDetail)),
    modifiers(&AccessTokenScheme)
)]
struct ApiDoc;

/// The document's title, description, shared schemas and security scheme;
/// each feature adds its paths.
pub fn base() -> OpenApi {
    <ApiDoc as utoipa::OpenApi>::openapi()
}

/// Writes take a personal access token (created on the account page).
struct AccessTokenScheme;

impl utoipa::Modify for AccessTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "access_token",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// Gives every parameter of `doc` its precise schema.
pub(crate) fn refine(doc: &mut OpenApi) {
    if let Some(components) = doc.components.as_mut() {
        components
            .schemas
            .insert("ReviewBody".into(), RefOr::T(review_body()));
    }
    for (path, item) in doc.paths.paths.iter_mut() {
        let operations = [
            item.get.as_mut(),
            item.put.as_mut(),
            item.post.as_mut(),
            item.delete.as_mut(),
        ];
        for operation in operations.into_iter().flatten() {
            add_common_responses(operation);
            for parameter in operation.parameters.iter_mut().flatten() {
                if let RefOr::T(parameter) = parameter {
                    refine_parameter(path, parameter);
                }
            }
        }
    }
}

fn refine_parameter(path: &str, parameter: &mut Parameter) {
    if let Some(schema) = schema_of(path, &parameter.name, &parameter.parameter_in) {
        parameter.schema = Some(RefOr::T(schema));
    }
    // What to look for is the one thing a search cannot do without.
    if matches!(
        (path, parameter.name.as_str()),
        ("/api/v1/search", "q") | ("/api/v1/duplicates", "name" | "type")
    ) {
        parameter.required = Required::True;
    }
}

/// Answers every operation can give before its handler runs.
fn add_common_responses(operation: &mut Operation) {
    let error = || {
        ResponseBuilder::new().content(
            "application/json",
            Content::new(Some(Ref::from_schema_name("ErrorBody"))),
        )
    };
    let responses = &mut operation.responses.responses;
    responses.entry("414".into()).or_insert_with(|| {
        RefOr::T(
            error()
                .description("The query string is longer than 4096 bytes")
                .build(),
        )
    });
    let pages = operation
        .parameters
        .iter()
        .flatten()
        .any(|p| matches!(p, RefOr::T(p) if p.name == "after"));
    if pages {
        responses.entry("404".into()).or_insert_with(|| {
            RefOr::T(
                error()
                    .description(
                        "The record to continue after is gone (deleted since the previous page)",
                    )
                    .build(),
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    fn parameter(doc: &Value, path: &str, name: &str) -> Value {
        doc["paths"][path]["get"]["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} has no {name}"))
            .clone()
    }

    #[test]
    fn every_parameter_says_what_it_accepts() {
        let doc = serde_json::to_value(crate::openapi()).unwrap();
        let q = parameter(&doc, "/api/v1/search", "q");
        assert_eq!(q["required"], true);
        assert_eq!(q["schema"]["maxLength"], 200);
        let country = parameter(&doc, "/api/v1/organizations", "country");
        let codes = country["schema"]["enum"].as_array().unwrap();
        assert!(codes.contains(&Value::from("XN")) && codes.contains(&Value::from("AZ")));
        assert!(!codes.contains(&Value::from("ZZ")));
        let limit = parameter(&doc, "/api/v1/news", "limit");
        assert_eq!(limit["schema"]["type"], "integer");
        assert_eq!(limit["schema"]["maximum"], 100);
        let kind = parameter(&doc, "/api/v1/search", "type");
        assert_eq!(kind["schema"]["enum"].as_array().unwrap().len(), 3);
        let id = parameter(&doc, "/api/v1/people/{id}", "id");
        assert!(id["schema"]["pattern"].as_str().unwrap().starts_with('^'));
        assert!(
            doc["paths"]["/api/v1/search"]["get"]["responses"]["414"].is_object(),
            "the length limit is documented"
        );
    }
}
