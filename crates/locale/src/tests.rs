//! Per-language tables: the orders each alphabet prescribes, the number and
//! date strings CLDR gives, and which languages have data of their own.

use super::*;
use std::cmp::Ordering;

/// [`assert_order`] of space-separated words.
fn assert_words(lang: &str, expected: &str) {
    assert_order(lang, &expected.split_whitespace().collect::<Vec<_>>());
}

/// `expected` sorted in `lang`, starting from the reverse and from a
/// rotation, must come back as `expected`; and sort keys must agree.
fn assert_order(lang: &str, expected: &[&str]) {
    let c = collation(lang);
    for start in [
        expected.iter().rev().copied().collect::<Vec<_>>(),
        expected
            .iter()
            .cycle()
            .skip(expected.len() / 2)
            .take(expected.len())
            .copied()
            .collect(),
    ] {
        let mut by_compare = start.clone();
        c.sort_by_name(&mut by_compare, |s| s);
        assert_eq!(by_compare, expected, "{lang}: compare order");
        let mut by_key = start;
        by_key.sort_by_cached_key(|s| c.sort_key(s));
        assert_eq!(by_key, expected, "{lang}: sort-key order");
    }
}

#[test]
fn azerbaijani_alphabet() {
    // a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v y z
    assert_words(
        "az",
        "Aga Ağa Aha Cəmil Cuma Çadır Çingiz Dadaş Ela Ezmə Əli Əziz Fuad Hüseyn Xalq Xəzər Ilqar İlham İsmayıl Kamal Kürd Qara Qubad Lalə Orxan Ömər Pənah Sona Şahin Tural Ulvi Üzeyir Vüqar Yaşar Zaur",
    );
    // ı before i inside words too, whatever the case.
    assert_order("az", &["qırmızı", "qız", "QIZ", "qiymət", "qiz"]);
}

#[test]
fn turkish_alphabet() {
    // a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z (q w x in Latin places)
    assert_words(
        "tr",
        "Aga Ağa Aha Cuma Çadır Dilek Hakan Irmak Işık İnci İzmir Kemal Ozan Ömer Pınar Qatar Rüya Sevgi Şule Tuna Uğur Ümit Vedat Xenon Yusuf Zeki",
    );
    assert_order("tr", &["kılıç", "kilim", "kirli"]);
}

#[test]
fn hungarian_alphabet_with_digraphs() {
    // a á b c cs d dz dzs e é f g gy h i í j k l ly m n ny o ó ö ő p q r s sz t ty u ú ü ű v w x y z zs
    assert_words(
        "hu",
        "Cukor Czakó Csaba Dávid Dudás Dzurák Dzsenifer Edit Gulyás Gyula Hajnal Lukács Lyka Mária Nuszbaum Nyúl Olga Orsós Ödön Őze Pál Sándor Sütő Szabó Tamás Tóth Tyukodi Ubul Üveges Vilma Zoltán Zsolt",
    );
}

#[test]
fn kazakh_alphabet() {
    // а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я
    assert_words(
        "kk",
        "Алма Әлия Бек Гүл Ғалым Дана Елочка Ёлка Жол Кен Қайрат Лаура Омар Өмір Пана Таныс Таңба Таос Уақыт Ұлан Үміт Фарида Хан Һәм Цирк Ыдыс Іле Эдуард Ясмин",
    );
}

#[test]
fn kyrgyz_alphabet() {
    // а б в г д е ё ж з и й к л м н ң о ө п р с т у ү ф х ц ч ш щ ъ ы ь э ю я:
    // unlike Russian, ё is a letter of its own after е.
    assert_words(
        "ky",
        "Айбек Бакыт Ежов Елочка Ёлка Жыпар Манас Маңыз Маселе Нурлан Омур Өмүр Пайда Улан Үмүт Фатима Чолпон Ырыс Эркин Ясмина",
    );
}

#[test]
fn russian_alphabet_with_yo_as_ye() {
    // ё sorts with е (it differs only at the accent level), й after и.
    assert_words(
        "ru",
        "Алексей Борис Ежов Елена Ёлка Елочка Жуков Иванов Йошкар Кузнецов Эдуард Юрий Яна",
    );
}

#[test]
fn turkmen_alphabet() {
    // a b ç d e ä f g h i j ž k l m n ň o ö p r s ş t u ü w y ý z
    assert_words(
        "tk",
        "Aýna Bagt Çary Döwlet Eje Ädil Fatma Gül Hakim Ilaýa Jeren Žora Kerim Nury Ogul Öwez Pena Serdar Şatlyk Tahyr Tany Taňry Taoa Umyt Ülke Wepa Yzgant Ýusup Zöhre",
    );
}

#[test]
fn uzbek_latin_alphabet() {
    // a b d e f g h i j k l m n o p q r s t u v x y z oʻ gʻ sh ch
    assert_words(
        "uz",
        "Anvar Bobur Dilnoza Gulnora Hasan Olim Pulat Qodir Rustam Sardor Tohir Vali Xurshid Yusuf Zafar Oʻktam Gʻayrat Shavkat Chori",
    );
    // The apostrophes people type for ʻ sort as ʻ.
    let c = collation("uz");
    for typed in ["O'ktam", "O‘ktam", "O’ktam", "Oʼktam", "O`ktam"] {
        assert_eq!(c.compare(typed, "Oʻktam"), Ordering::Equal, "{typed}");
        assert_eq!(c.sort_key(typed), c.sort_key("Oʻktam"), "{typed}");
        assert_eq!(c.compare(typed, "Zafar"), Ordering::Greater, "{typed}");
    }
}

#[test]
fn english_is_the_root_order() {
    // Letters outside English's alphabet are accented variants of its own
    // (Ç of C, İ of I) or separate letters where Unicode says so (Ə after E).
    assert_words(
        "en",
        "Abbas Cavid Çelik Cuma Ela Əli Fuad Ilgar İlqar Ivan Ödön Olga Zaur",
    );
}

#[test]
fn mixed_scripts_follow_cldr() {
    // Cyrillic first for the languages written in it, Latin first otherwise.
    let names = ["Алиев", "Zaur", "Aliyev", "Яна"];
    for lang in LANGS {
        let mut v = names.to_vec();
        collation(lang).sort_by_name(&mut v, |s| s);
        let expected = if matches!(lang, "ru" | "kk" | "ky") {
            ["Алиев", "Яна", "Aliyev", "Zaur"]
        } else {
            ["Aliyev", "Zaur", "Алиев", "Яна"]
        };
        assert_eq!(v, expected, "{lang}");
    }
}

#[test]
fn quotation_marks_do_not_decide_the_order() {
    for lang in LANGS {
        assert_order(
            lang,
            &[
                "Azərbaycan",
                "«Bilik» Fondu",
                "\"Gənclik\" Birliyi",
                "„Həyat“",
                "Zəfər",
            ],
        );
    }
    let ru = collation("ru");
    assert_eq!(ru.compare("«Союз»", "Союз"), Ordering::Equal);
}

#[test]
fn equal_names_compare_equal_and_case_decides_last() {
    for lang in LANGS {
        let c = collation(lang);
        assert_eq!(c.compare("Bakı", "Bakı"), Ordering::Equal);
        assert_eq!(c.compare("baku", "Baku"), Ordering::Less, "{lang}");
        assert_eq!(c.compare("Baku", "bakuv"), Ordering::Less, "{lang}");
        assert!(c.sort_key("").is_empty() || c.sort_key("") < c.sort_key("a"));
    }
}

#[test]
fn unknown_languages_get_english_and_tags_are_read_by_their_primary_subtag() {
    assert_eq!(collation("de").lang(), "en");
    assert_eq!(collation("").lang(), "en");
    assert_eq!(collation("kk-KZ").lang(), "kk");
    assert_eq!(collation("AZ").lang(), "az");
    assert!(std::ptr::eq(collation("tr"), collation("tr-TR")));
}

const NBSP: char = '\u{a0}';

#[test]
fn counts_group_digits_as_each_language_does() {
    let sp = |s: &str| s.replace(' ', &NBSP.to_string());
    for (lang, small, four, five, seven) in [
        ("az", "7", "1.234", "12.345", "1.234.567"),
        ("tr", "7", "1.234", "12.345", "1.234.567"),
        ("uz", "7", &sp("1 234"), &sp("12 345"), &sp("1 234 567")),
        ("kk", "7", &sp("1 234"), &sp("12 345"), &sp("1 234 567")),
        ("ky", "7", &sp("1 234"), &sp("12 345"), &sp("1 234 567")),
        ("tk", "7", &sp("1 234"), &sp("12 345"), &sp("1 234 567")),
        // CLDR: Hungarian groups only from five digits on.
        ("hu", "7", "1234", &sp("12 345"), &sp("1 234 567")),
        ("ru", "7", &sp("1 234"), &sp("12 345"), &sp("1 234 567")),
        ("en", "7", "1,234", "12,345", "1,234,567"),
    ] {
        assert_eq!(format_count(lang, 7), small, "{lang}");
        assert_eq!(format_count(lang, 1234), four, "{lang}");
        assert_eq!(format_count(lang, 12_345), five, "{lang}");
        assert_eq!(format_count(lang, 1_234_567), seven, "{lang}");
    }
    assert_eq!(format_count("xx", 12_345), "12,345");
    assert_eq!(format_count("en", 0), "0");
}

#[test]
fn fixed_decimals_use_the_language_separator() {
    for lang in LANGS {
        let expected = if lang == "en" { "0.52" } else { "0,52" };
        assert_eq!(format_fixed(lang, 52, 2), expected, "{lang}");
    }
    assert_eq!(format_fixed("en", 12_345_678, 2), "123,456.78");
    assert_eq!(format_fixed("az", 12_345_678, 2), "123.456,78");
    assert_eq!(format_fixed("en", 5, 2), "0.05");
    assert_eq!(format_fixed("en", 7, 0), "7");
}

#[test]
fn dates_in_each_language_long_style() {
    let nnbsp = '\u{202f}';
    for (lang, expected) in [
        ("az", "27 oktyabr 2025".to_owned()),
        ("tr", "27 Ekim 2025".to_owned()),
        ("uz", "27-oktabr, 2025".to_owned()),
        ("kk", format!("2025{nnbsp}ж. 27 қазан")),
        ("ky", "2025-ж. 27-октябрь".to_owned()),
        ("tk", "27 oktýabr 2025".to_owned()),
        ("hu", "2025. október 27.".to_owned()),
        ("ru", format!("27 октября 2025{nnbsp}г.")),
        ("en", "October 27, 2025".to_owned()),
    ] {
        assert_eq!(
            format_date(lang, 2025, 10, 27).as_deref(),
            Some(&*expected),
            "{lang}"
        );
        assert_eq!(
            format_iso_date(lang, "2025-10-27"),
            Some(expected),
            "{lang}"
        );
    }
    assert_eq!(
        format_iso_date("az", "2009-10-03").as_deref(),
        Some("3 oktyabr 2009")
    );
    assert_eq!(
        format_iso_date("ru", "2018-09-03").as_deref(),
        Some(&*format!("3 сентября 2018{nnbsp}г."))
    );
}

#[test]
fn malformed_dates_are_refused() {
    for bad in [
        "",
        "2025",
        "2025-10",
        "2025-13-01",
        "2025-02-30",
        "25-10-27",
        "2025-1-27",
        "2025-10-27T10:00",
        "x",
    ] {
        assert_eq!(format_iso_date("en", bad), None, "{bad:?}");
    }
    assert_eq!(format_date("en", 2025, 2, 29), None);
    assert_eq!(
        format_date("en", 2024, 2, 29).as_deref(),
        Some("February 29, 2024")
    );
}

#[test]
fn icu4x_has_data_of_its_own_for_every_language_but_english() {
    // English is CLDR's root order and root number symbols by definition
    // (the `en` locale adds nothing to them); everything else is the
    // language's own data. A new ICU4X that drops a language fails here.
    for service in [Service::Collation, Service::Numbers, Service::Dates] {
        let expected: Vec<(&str, DataSource)> = match service {
            Service::Dates => vec![],
            _ => vec![("en", DataSource::Fallback("und".into()))],
        };
        assert_eq!(fallbacks(service), expected, "{service:?}");
    }
}

#[test]
fn collations_are_distinct_per_language() {
    // Which languages share an order (none do): a pair that sorts these
    // differently has a different collation.
    let probe: Vec<&str> = "Ağa Aha Xalq Hakan Ilgar İlqar Ivan Kamal Qara Lala Ela Əli Ädil Fuad Cukor Csaba Çadır Dávid Zafar Oʻktam Žora Kerim Алма Әлия Бек Ұлан Үміт Фарида Іле Ыдыс Эрик Omar Öwez Pena Szabó Sütő Nyúl Ňe Nuri Елочка Ёлка"
        .split_whitespace()
        .collect();
    let orders: Vec<Vec<&str>> = LANGS
        .iter()
        .map(|l| {
            let mut v = probe.clone();
            collation(l).sort_by_name(&mut v, |s| s);
            v
        })
        .collect();
    for i in 0..LANGS.len() {
        for j in i + 1..LANGS.len() {
            assert_ne!(
                orders[i], orders[j],
                "{} and {} sort alike",
                LANGS[i], LANGS[j]
            );
        }
    }
}
