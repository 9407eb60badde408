//! The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that
//! is set and non-empty, as POSIX orders them; and the language of a locale name or
//! language tag as people type them to `--lang`.

/// The language code of the locale (`vi_VN.UTF-8` → `vi`, `C` → `en`), or `None` when
/// none of the variables is set.
pub fn language_code(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()))?;
    let language = language_of(&value);
    Some(match language.as_str() {
        "c" | "posix" => "en".to_owned(),
        _ => language,
    })
}

/// The language of a locale name (`language[_territory][.codeset][@modifier]`) or a
/// language tag (`fr-FR`), in lower case: `FR`, `fr_FR`, `fr-FR` and `fr_FR.UTF-8`
/// are all `fr`.
pub fn language_of(name: &str) -> String {
    let language = name.split(['_', '-', '.', '@']).next().unwrap_or("");
    language.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(vars: &[(&str, &str)]) -> Option<String> {
        language_code(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_locale_names_a_language() {
        assert_eq!(code(&[("LANG", "vi_VN.UTF-8")]).as_deref(), Some("vi"));
        assert_eq!(code(&[("LANG", "it_IT")]).as_deref(), Some("it"));
        assert_eq!(code(&[("LANG", "fr")]).as_deref(), Some("fr"));
        assert_eq!(code(&[("LANG", "de_DE@euro")]).as_deref(), Some("de"));
        assert_eq!(code(&[("LANG", "C")]).as_deref(), Some("en"));
        assert_eq!(code(&[("LANG", "POSIX")]).as_deref(), Some("en"));
        assert_eq!(code(&[("LANG", "C.UTF-8")]).as_deref(), Some("en"));
    }

    #[test]
    fn a_locale_name_or_language_tag_names_its_language() {
        for name in [
            "fr",
            "FR",
            "Fr",
            "fr_FR",
            "fr-FR",
            "fr_FR.UTF-8",
            "fr_FR@euro",
        ] {
            assert_eq!(language_of(name), "fr", "{name}");
        }
        assert_eq!(language_of(""), "");
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_and_empty_ones_do_not_count() {
        let all = [
            ("LC_ALL", "is_IS.UTF-8"),
            ("LC_MESSAGES", "fr_FR"),
            ("LANG", "it_IT"),
        ];
        assert_eq!(code(&all).as_deref(), Some("is"));
        assert_eq!(code(&all[1..]).as_deref(), Some("fr"));
        assert_eq!(
            code(&[("LC_ALL", ""), ("LANG", "et_EE")]).as_deref(),
            Some("et")
        );
        assert_eq!(code(&[]), None);
    }
}
