## The statistics pages: the network in figures
statistics-nav = Statistics
statistics-title = The network in figures
statistics-lead = Organizations by country, by area of cooperation and by verification, forum participation by delegation, cooperation between pairs of countries and growth over time. Every chart has a table with the same numbers beside it, and its figures as CSV and JSON.
statistics-country-title = { $country } in figures
statistics-country-lead = The organizations of { $country } by area of cooperation and by verification, its delegation at the forums, its cooperation with the other countries and growth over time. Every chart has a table with the same numbers beside it, and its figures as CSV and JSON.
statistics-all-link = The whole network in figures
statistics-countries-nav = Figures per country
statistics-countries-link = The network in figures: charts and tables
statistics-by-country-title = Organizations by country
statistics-by-country-desc = A bar for each country of the network, as long as the number of its organizations listed in the directory; the number is written after each bar.
statistics-by-area-title = Organizations by area of cooperation
statistics-by-area-desc = A bar for each area of cooperation, most first, as long as the number of organizations working in it; an organization working in several areas counts in each. The number is written after each bar.
statistics-verification-title = Verification progress by country
statistics-verification-desc = Two bars for each country: first, filled, the organizations verified by the country's coordinator; then, outlined, those listed but not yet verified. The number is written after each bar.
statistics-participation-title = Forum participation by delegation
statistics-participation-desc = A bar for each country's delegation, as long as the number of its confirmed participants at the network's forums, all forums together; the number is written after each bar.
statistics-participation-country-title = The delegation of { $country } at the forums
statistics-participation-country-desc = A bar for each forum, latest first, as long as the number of confirmed participants in the delegation of { $country }; the number is written after each bar.
statistics-pairs-title = Cooperation between countries
statistics-pairs-desc = A heat map: rows and columns are the countries, by their ISO codes, and each cell holds the number of bilateral NGO forums the two countries have held, darker for more. The table beside names the countries.
statistics-pairs-country-title = Cooperation of { $country } with the other countries
statistics-pairs-country-desc = A bar for each other country, as long as the number of bilateral NGO forums it has held with { $country }; the number is written after each bar.
statistics-growth-title = Growth over time
statistics-growth-desc = Organizations by the year they were founded, as their records state it: a bar for each year in which one was founded, as long as the number founded up to the end of that year; the number is written after each bar.
statistics-growth-undated = { $count ->
    [one] { $count } organization states no founding year and is not counted here.
   *[other] { $count } organizations state no founding year and are not counted here.
}
statistics-col-organizations = Organizations
statistics-col-verified = Verified
statistics-col-not-verified = Not yet verified
statistics-col-participants = Confirmed participants
statistics-col-forum-editions = Bilateral forums held
statistics-col-founded = Founded that year
statistics-col-total = Founded by the end of the year
statistics-key-country = Country
statistics-key-area = Area of cooperation
statistics-key-delegation = Delegation
statistics-key-forum = Forum
statistics-key-pair = Countries
statistics-key-partner = Partner country
statistics-key-year = Year
statistics-table = The figures of the chart: { $name }
statistics-download = This chart's figures:
statistics-csv = CSV
statistics-json = JSON (API)
statistics-empty = No figures yet.
