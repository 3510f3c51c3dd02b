//! Capitals in the name's own language (ICU4X's full case mapping).

use icu_casemap::CaseMapper;
use icu_locale_core::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

/// `text` in capitals by the rules of `lang` (a BCP 47 tag such as `az`,
/// `tr`, `kk`, `hu`): Azerbaijani and Turkish `i` becomes `İ` and `ı`
/// becomes `I` ("İsmayılova" → "İSMAYILOVA"), German `ß` becomes `SS`.
/// The result is NFC. An empty or unreadable tag takes the language-neutral rules.
/// `str::to_uppercase` is never right for names: it has no language.
pub fn uppercase(text: &str, lang: &str) -> String {
    let langid = lang
        .trim()
        .parse::<LanguageIdentifier>()
        .unwrap_or(LanguageIdentifier::UNKNOWN);
    let text: String = text.nfc().collect();
    CaseMapper::new()
        .uppercase_to_string(&text, &langid)
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::uppercase;

    #[test]
    fn turkic_dotted_i() {
        assert_eq!(uppercase("İsmayılova", "az"), "İSMAYILOVA");
        assert_eq!(uppercase("Gülşən İsmayılova", "az"), "GÜLŞƏN İSMAYILOVA");
        assert_eq!(uppercase("Hikmət Hacıyev", "az"), "HİKMƏT HACIYEV");
        assert_eq!(uppercase("Işık Kılıç", "tr"), "IŞIK KILIÇ");
        assert_eq!(uppercase("Şimşek", "tr-TR"), "ŞİMŞEK");
        // A cedilla typed as a combining mark comes out composed.
        assert_eq!(uppercase("s\u{327}ahin", "tr"), "ŞAHİN");
    }

    #[test]
    fn other_languages_keep_plain_i() {
        assert_eq!(uppercase("Kristina", "hu"), "KRISTINA");
        assert_eq!(
            uppercase("Қасым-Жомарт Тоқаев", "kk"),
            "ҚАСЫМ-ЖОМАРТ ТОҚАЕВ"
        );
        assert_eq!(uppercase("Öñüz Gurbanguly", "tk"), "ÖÑÜZ GURBANGULY");
        assert_eq!(uppercase("Dilshod", ""), "DILSHOD");
        assert_eq!(uppercase("Dilshod", "not a tag!"), "DILSHOD");
    }
}
