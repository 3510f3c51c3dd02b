# Birlik interface strings: English (the reference locale).
# Every key here must exist in every locale (tests/locales.rs checks), and
# every key must be used by a template or the web crate.

## Page chrome
site-name = Birlik
site-tagline = the NGO platform of the Organization of Turkic States
skip-to-content = Skip to content
nav-main = Main
nav-organizations = Organizations
nav-people = People
nav-places = Places
nav-countries = Countries
search-label = Search any name, in any script
search-placeholder = Search any name, any script
search-button = Search
footer-api = API (OpenAPI)
language-switcher = Language

## Home
home-lead = Where the non-governmental organizations of the Turkic world find each other, get verified, meet at forums and work together.
home-chair = Chair: { $country }
home-chair-since = since { $date }
home-seat = Seat: { $place }
count-organizations = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
count-people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
count-places = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
home-no-network = No network is configured yet. Start with “birlik serve --demo” on an empty data directory to see the demo network, or import records with “birlik import”.
home-countries = Member and observer countries
home-latest = Recently added or updated
home-nothing-yet = Nothing here yet.
home-all-organizations = All organizations →

## Membership
status-member = member
status-observer = observer
status-chair = chair
status-chairs-network = Chairs the network
status-since = since { $date }

## Record kinds
kind-organization = Organization
kind-person = Person
kind-place = Place

## Directory
directory-country = Country
directory-all-countries = All countries
directory-area = Area of cooperation
directory-all-areas = All areas
directory-filter = Filter
directory-clear = Clear filters
directory-filtered = filtered
directory-empty = Nothing to show.
directory-previous-page = ← Previous page
directory-position = { $from }–{ $to } of { $total }
directory-pages = Pages of the list
directory-next-page = Next page →

## Record page
record-names = Names
record-name = Name
record-language = Language
record-script = Script
record-details = Details
record-areas = Areas of cooperation
record-website = Website
record-founded = Founded { $year }
record-about = About
record-no-translation = Not yet translated into { $language }; shown as written.
record-json = This record as JSON

## Countries
countries-title = Countries
countries-in-network = In the network
countries-others = Other countries in the directory
country-organizations = Organizations
country-no-organizations = No organizations from { $country } yet.
country-all-organizations = All organizations from { $country } →

## Search
search-title = Search
search-hint = Any name, in any language or script: Hikmət Hacıyev, Хикмет Гаджиев, Hikmat Hajiyev…
search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-took = { $ms } ms
search-nothing = Nothing matches “{ $query }”.
search-did-you-mean = Did you mean
search-no-exact = No exact match for “{ $query }”; closest:
search-refine = Refine
search-facet-type = Type
search-facet-country = Country
search-facet-area = Area of cooperation
search-remove-filter = Remove filter { $label }
search-previous = ← Previous
search-next = Next →

## Errors
error-title-400 = The request cannot be answered
error-title-404 = Not found
error-title-414 = The address is too long
error-title-500 = Something went wrong
error-back-home = Back to the home page

## Languages (names of languages, in this locale)
language-az = Azerbaijani
language-tr = Turkish
language-uz = Uzbek
language-kk = Kazakh
language-ky = Kyrgyz
language-tk = Turkmen
language-hu = Hungarian
language-ru = Russian
language-en = English

## Areas of cooperation
area-agriculture = Agriculture and rural life
area-animals = Animal protection
area-business = Entrepreneurship and business
area-charity = Charity
area-children = Children
area-culture = Culture and arts
area-digital = Digital technologies
area-disability = Disability and inclusion
area-ecology = Ecology and environment
area-education = Education
area-family = Family
area-health = Health
area-heritage = Heritage
area-human-rights = Human rights
area-media = Media and journalism
area-migration = Migration
area-peace = Peace and reconciliation
area-science = Science and research
area-sport = Sport
area-tourism = Tourism
area-veterans = Veterans
area-volunteering = Volunteering
area-water = Water
area-women = Women
area-youth = Youth
record-original = original
