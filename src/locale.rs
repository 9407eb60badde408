//! The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG that
//! is set and non-empty, as POSIX orders them.

/// The language code of the locale (`vi_VN.UTF-8` → `vi`, `C` → `en`), or `None` when
/// none of the variables is set.
pub fn language_code(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|value| !value.is_empty()))?;
    // language[_territory][.codeset][@modifier]
    let language = value.split(['_', '.', '@']).next().unwrap_or("");
    Some(match language {
        "C" | "POSIX" => "en".to_owned(),
        other => other.to_ascii_lowercase(),
    })
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
