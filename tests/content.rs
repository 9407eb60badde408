//! The built-in content: every file loads, the sources are there in their own words (with
//! their corrections), the glossary holds the words each text uses, and bad content is
//! reported with its location.

// A test that cannot find its fixture should stop right there.
#![allow(clippy::unwrap_used)]

mod support;

use std::borrow::Cow;

use sales_vs_service::content::{Block, Library, Origin, TermId, Text, Topic, TopicId};
use sales_vs_service::study::fold::fold;
use support::builtin::{builtin_files_with_text, builtin_text};

fn builtin() -> Library {
    Library::builtin().unwrap_or_else(|errors| panic!("built-in content is invalid:\n{errors}"))
}

/// Every text of a language's own topics (not the English fallback).
fn texts(library: &Library, code: &str) -> Vec<Text> {
    let language = &library.languages()[library.find_language(code).unwrap()];
    let mut texts = vec![language.title.clone()];
    for topic in &language.topics {
        topic.each_text(|_, text| texts.push(text.clone()));
    }
    texts
}

fn contains(library: &Library, code: &str, sentence: &str) -> bool {
    texts(library, code)
        .iter()
        .any(|text| text.contains(sentence))
}

fn comparison_rows(
    library: &Library,
    code: &str,
    id: TopicId,
) -> Vec<sales_vs_service::content::Row> {
    let shown = library.topic(library.find_language(code).unwrap(), id);
    assert!(!shown.fell_back, "{code} {id} fell back to English");
    let rows: Vec<_> = shown
        .topic
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Comparison { rows, .. } => Some(rows.clone()),
            _ => None,
        })
        .flatten()
        .collect();
    rows
}

#[test]
fn every_builtin_file_parses_and_validates_in_bar_order() {
    let library = builtin();
    let codes: Vec<&str> = library
        .languages()
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(codes, ["en", "et", "fr", "is", "it", "vi"]);
    let names: Vec<&str> = library
        .languages()
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "English",
            "Eesti",
            "Français",
            "Íslenska",
            "Italiano",
            "Tiếng Việt"
        ]
    );
}

#[test]
fn english_has_every_topic_as_the_reference() {
    let library = builtin();
    let english = library.find_language("en").unwrap();
    for id in TopicId::ALL {
        let shown = library.topic(english, id);
        assert!(!shown.fell_back, "{id}");
        assert_eq!(shown.topic.id, id);
        assert_eq!(shown.topic.origin, Origin::Reference, "{id}");
    }
}

#[test]
fn the_vietnamese_comparison_table_has_eight_full_rows_from_the_source() {
    let library = builtin();
    let rows = comparison_rows(&library, "vi", TopicId::Comparison);
    assert_eq!(rows.len(), 8);
    for row in &rows {
        assert!(
            !row.sales.trim().is_empty() && !row.service.trim().is_empty(),
            "{row:?}"
        );
    }
    assert_eq!(rows[0].aspect, "Mục tiêu chính");
    assert_eq!(
        rows[0].sales,
        "Tạo doanh thu bằng cách thu hút khách hàng mới và chốt giao dịch"
    );
    assert_eq!(
        rows[7].service,
        "Tác động gián tiếp đến doanh thu thông qua việc giữ chân khách hàng và tiếp thị truyền miệng"
    );
    let vi = library.find_language("vi").unwrap();
    assert_eq!(
        library.topic(vi, TopicId::Comparison).topic.origin,
        Origin::Source
    );
}

#[test]
fn each_family_a_language_has_the_five_differences_with_both_sides() {
    let library = builtin();
    for code in ["et", "is", "it", "fr"] {
        let rows = comparison_rows(&library, code, TopicId::Differences);
        assert_eq!(rows.len(), 5, "{code}");
        for row in &rows {
            assert!(
                !row.sales.trim().is_empty() && !row.service.trim().is_empty(),
                "{code}: {row:?}"
            );
        }
        let language = library.find_language(code).unwrap();
        assert_eq!(
            library.topic(language, TopicId::Differences).topic.origin,
            Origin::Source,
            "{code}"
        );
    }
}

#[test]
fn the_new_customers_difference_keeps_two_sales_sentences() {
    let library = builtin();
    let rows = comparison_rows(&library, "it", TopicId::Differences);
    assert_eq!(
        rows[2].sales,
        "L’obiettivo principale di una vendita è la massimizzazione del profitto, che viene effettivamente raggiunta attraverso massicce vendite. I venditori lavoreranno quindi per attirare nuovi clienti."
    );
    assert_eq!(
        rows[2].service,
        "Il servizio, d’altra parte, può attrarre nuovi clienti, ma attraverso la volontà e la buona volontà del cliente."
    );
}

#[test]
fn distinctive_source_sentences_are_present_verbatim() {
    let library = builtin();
    let present = [
        (
            "et",
            "Müük on kaupade ja teenuste müük, tavaliselt eesmärgiga saada kasumit.",
        ),
        (
            "et",
            "Teeninduse eesmärk on aga hoida klient õnnelikuna ja lahendada kõik probleemid, kui neid on.",
        ),
        (
            "et",
            "Igasuguse ettevõtte edu saavutamiseks on vaja mõlemat funktsiooni, et tagada müük ja klientide hoidmine.",
        ),
        ("is", "Hvað er þjónusta?"),
        (
            "is",
            "Aðalmarkmiðið með sölu er að selja til að skila hagnaði.",
        ),
        (
            "is",
            "Fyrir sölu þurfa að vera fyrri samskipti við viðskiptavin áður en sala fer fram.",
        ),
        (
            "it",
            "Sebbene possano sembrare simili, sono diversi in molti modi, poiché il ruolo e lo scopo di ciascuno di essi è diverso dall’altro.",
        ),
        (
            "it",
            "Se vengono rilevati difetti nel corso del periodo, sostituiranno il telefono con uno non difettoso.",
        ),
        (
            "it",
            "Com’è noto, le vendite non mirano necessariamente a soddisfare il cliente per una vendita effettuata.",
        ),
        (
            "fr",
            "L’objectif principal d’une vente est de vendre de manière à générer un profit.",
        ),
        (
            "fr",
            "Les deux sont avantageux pour les entreprises car ils améliorent la continuité des opérations.",
        ),
        (
            "fr",
            "C’est différent avec un service, car l’interaction se produit après la vente.",
        ),
        (
            "vi",
            "Bán hàng đóng vai trò là huyết mạch của bất kỳ doanh nghiệp nào, thúc đẩy tạo doanh thu và thúc đẩy các cơ hội tăng trưởng.",
        ),
        (
            "vi",
            "Kiên nhẫn, đồng cảm, giải quyết vấn đề, giao tiếp, kiến thức kỹ thuật (tùy theo vai trò)",
        ),
        (
            "vi",
            "Dịch vụ nhằm mục đích duy trì sự hài lòng, lòng trung thành và giữ chân khách hàng, từ đó duy trì dòng doanh thu và thúc đẩy tăng trưởng kinh doanh.",
        ),
    ];
    for (code, sentence) in present {
        assert!(
            contains(&library, code, sentence),
            "{code}: missing «{sentence}»"
        );
    }
}

#[test]
fn corrected_sentences_are_in_their_corrected_form_only() {
    let library = builtin();
    // (language, corrected text that must be there, erroneous source text that must not)
    let corrections = [
        (
            "et",
            "Müük ja teenindus on mis tahes ettevõtte ühed põhilisemad omadused.",
            "põhilisimis tahes",
        ),
        (
            "et",
            "Müügiga tegelevad enamasti müügiesindajad.",
            "Müük hõlmab enamasti müügiesindajaid.",
        ),
        ("et", "aidata müügil", "abistada müügi korral"),
        (
            "et",
            "toetada uusi ja vanu kliente seoses tootega, mis neil juba on või mida nad kasutavad",
            "juba olemasoleva või kasutatava tootega",
        ),
        ("et", "klientide hoidmine", "klientide püsimine"),
        (
            "is",
            "Sala fer að mestu fram í gegnum sölufulltrúa.",
            "Velta mestu falið sölu lyfja.",
        ),
        ("is", "fyrir gallalausan", "fyrir gallaðan"),
        (
            "is",
            "Fyrri samskipti við viðskiptavin",
            "Fyrir samskipti við viðskiptavin",
        ),
        (
            "is",
            "farið fram fyrir sölu eða meðan á henni stendur",
            "fyrir eða meðan salan stendur yfir",
        ),
        (
            "is",
            "Eins og kunnugt er miðar sala",
            "Eins og það er almennt þekkt",
        ),
        ("is", "Fyrir sölu þurfa að vera", "Fyrir sölu þarf að vera"),
        (
            "is",
            "þá kosti sem það hefur umfram önnur hús",
            "ávinninginn sem það býr yfir",
        ),
        ("is", "leiðbeina við innleiðingu", "leiðbeina innleiðingu"),
        ("is", "Samantekt: sala og þjónusta", "gegn þjónustu"),
        (
            "fr",
            "Bien qu’on attende toujours des agents commerciaux qu’ils atteignent un objectif de vente",
            "les agents commerciaux s’attendent",
        ),
        (
            "fr",
            "La vente et le service comptent parmi les caractéristiques les plus fondamentales",
            "sont l’une des caractéristiques",
        ),
        (
            "fr",
            "le rôle et le but de chacun étant différents de ceux de l’autre",
            "différents l’un de l’autre",
        ),
        (
            "fr",
            "Tous deux amènent des clients indirects à soutenir et à utiliser",
            "font appel à des clients indirects",
        ),
        ("fr", "Différences entre la vente et le service", "Vs."),
        ("fr", "Objectif de vente", "Cible"),
        (
            "fr",
            "Interaction préalable avec le client",
            "Pré-interaction",
        ),
        ("fr", "Points communs", "Similarités"),
        (
            "it",
            "richiesto agli agenti di vendita",
            "atteso dagli agenti",
        ),
        (
            "it",
            "Vendita e servizio (in inglese «Sales and Service») sono tra le caratteristiche fondamentali",
            "sono una delle caratteristiche",
        ),
        (
            "it",
            "Mira a prevenire i problemi dei clienti con un prodotto, a guidarne l’implementazione, ad assistere nell’upselling, a creare un legame con il prodotto e, sostanzialmente, a rispondere a domande dettagliate.",
            "guidando l’implementazione",
        ),
        (
            "it",
            "una garanzia che assicura che il telefono cellulare non abbia difetti se utilizzato per un certo periodo di tempo",
            "fino a un certo periodo",
        ),
        (
            "it",
            "Interazione preliminare con il cliente",
            "Pre-interazione",
        ),
        ("vi", "Chỉ số đo lường", "Metrics"),
        (
            "vi",
            "xác định và sàng lọc khách hàng tiềm năng",
            "xác định và xác định",
        ),
        (
            "vi",
            "giải quyết ngay trong cuộc gọi đầu tiên",
            "giải quyết cuộc gọi đầu tiên",
        ),
        (
            "vi",
            "thúc đẩy việc mua hàng lặp lại.",
            "kinh doanh lặp lại",
        ),
        (
            "vi",
            "Dịch vụ là việc cung cấp sự trợ giúp",
            "Dịch vụ đề cập đến",
        ),
        ("vi", "đạt được chỉ tiêu", "hạn ngạch"),
        ("vi", "trò chuyện trực tuyến", "trò chuyện trực tiếp"),
    ];
    for (code, corrected, wrong) in corrections {
        assert!(
            contains(&library, code, corrected),
            "{code}: missing corrected «{corrected}»"
        );
        assert!(
            !contains(&library, code, wrong),
            "{code}: still has «{wrong}»"
        );
    }
}

/// Every string of a language's file, the program's words included.
fn file_strings(code: &str) -> Vec<String> {
    use serde_json::Value;
    fn walk(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(text) => out.push(text.clone()),
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            Value::Object(fields) => fields.values().for_each(|field| walk(field, out)),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
    let file: Value = serde_json::from_str(&builtin_text(code)).unwrap();
    let mut out = Vec::new();
    walk(&file, &mut out);
    out
}

/// French sets a narrow no-break space (U+202F) before : ; ! ? and inside « », in the
/// source text and the program's words alike; no other language does. Its apostrophe
/// is the typographic one throughout.
#[test]
fn french_sets_a_narrow_no_break_space_before_its_high_marks_and_only_french_and_one_apostrophe() {
    const NARROW: char = '\u{202F}';
    let mut marks = 0;
    for text in file_strings("fr") {
        let chars: Vec<char> = text.chars().collect();
        for (n, &c) in chars.iter().enumerate() {
            let before = n.checked_sub(1).map(|n| chars[n]);
            let after = chars.get(n + 1).copied();
            let spaced = match c {
                ':' | ';' | '!' | '?' | '»' => before == Some(NARROW),
                '«' => after == Some(NARROW),
                _ => continue,
            };
            marks += 1;
            assert!(spaced, "fr: «{text}» has {c:?} without U+202F");
        }
    }
    assert!(marks > 10, "the French file has its questions and colons");
    // And one apostrophe, the typographic one: the source mixed ' and ’.
    let apostrophes = file_strings("fr")
        .iter()
        .filter(|text| text.contains('’'))
        .count();
    assert!(apostrophes > 20);
    for text in file_strings("fr") {
        assert!(
            !text.contains('\''),
            "fr: a straight apostrophe in «{text}»"
        );
    }
    for code in ["en", "et", "is", "it", "vi"] {
        for text in file_strings(code) {
            assert!(!text.contains(NARROW), "{code}: U+202F in «{text}»");
        }
    }
}

#[test]
fn site_chrome_is_left_out() {
    let library = builtin();
    for (code, chrome) in [
        ("is", "Tabitha Njogu"),
        ("is", "athugasemd"),
        ("it", "Vito Lavecchia"),
        ("it", "Lascia un commento"),
        ("fr", "Blogger"),
        ("vi", "Ghim cái này"),
        ("vi", "Cũng đọc"),
        ("vi", "Chara Yadav"),
        ("vi", "https://"),
    ] {
        assert!(
            !contains(&library, code, chrome),
            "{code}: chrome «{chrome}» in the content"
        );
    }
}

// --- the glossary --------------------------------------------------------------------

/// Whether `written` is a form of `term` (folded): each word of the term, in order,
/// stands in `written` but for an ending of at most three letters on either side
/// ("mögulegur viðskiptavinur" → "mögulegir viðskiptavinir"). So a headword whose
/// exact form the text lacks is still tied to the text, and a typo before its ending
/// is still caught.
fn is_form_of(term: &str, written: &str) -> bool {
    let (term, written) = (fold(term), fold(written));
    let mut words = written.split(' ');
    term.split(' ').all(|word| {
        words.any(|other| {
            let common = word
                .chars()
                .zip(other.chars())
                .take_while(|(a, b)| a == b)
                .count();
            let endings = [word, other].map(|w| w.chars().count() - common);
            common > 0
                && endings
                    .iter()
                    .all(|&ending| ending <= 3 && ending <= common)
        })
    })
}

#[test]
fn a_form_of_a_term_shares_its_words_but_for_their_endings() {
    assert!(is_form_of(
        "mögulegur viðskiptavinur",
        "mögulegir viðskiptavinir"
    ));
    assert!(is_form_of("stuðningur eftir sölu", "stuðning eftir sölu"));
    assert!(is_form_of("achat répété", "achats répétés"));
    assert!(is_form_of(
        "assistenza post-vendita",
        "assistenza pre-vendita e post-vendita"
    ));
    assert!(!is_form_of("potentsiaalne klient", "tulu teenimine"));
    assert!(
        !is_form_of("klient", "kliendirahulolu"),
        "a longer word is another word"
    );
    assert!(!is_form_of("sölufulltrúi", "sölumaður"));
    assert!(
        !is_form_of("cliente potenziale", "potenziali clienti"),
        "the order counts"
    );
}

/// Each glossary term is the one its language's text uses: it occurs in the text
/// (folded as search folds it, so case and marks do not matter), or, where the text
/// writes it otherwise, its `as_written` form does. A term marked `in_text: false` must
/// truly be absent, so the mark cannot hide a typo.
#[test]
fn every_glossary_term_occurs_in_its_languages_text_or_is_marked_absent() {
    let library = builtin();
    let mut checked = 0;
    for language in library.languages() {
        let code = language.code.as_str();
        let texts: Vec<String> = texts(&library, code).iter().map(|t| fold(t)).collect();
        let occurs = |words: &str| {
            let words = fold(words);
            texts.iter().any(|text| text.contains(&words))
        };
        for id in TermId::ALL {
            let entry = language.glossary.get(id).unwrap();
            let term = entry.term.as_str();
            match (entry.in_text, entry.as_written.as_deref()) {
                (false, _) => assert!(
                    !occurs(term),
                    "{code} {id}: «{term}» is marked `in_text: false` but the text has it"
                ),
                (true, None) => assert!(
                    occurs(term),
                    "{code} {id}: the {code} text never writes «{term}» (a typo? else give \
                     `as_written`, or `in_text: false` where the text lacks the concept)"
                ),
                (true, Some(written)) => {
                    assert!(
                        occurs(written),
                        "{code} {id}: the {code} text never writes «{written}»"
                    );
                    assert!(
                        !occurs(term),
                        "{code} {id}: the text has «{term}» itself: `as_written` is not needed"
                    );
                    assert!(
                        is_form_of(term, written),
                        "{code} {id}: «{written}» is not a form of «{term}»"
                    );
                }
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 6 * TermId::ALL.len());
}

#[test]
fn english_writes_every_term_of_its_glossary_as_it_is() {
    let library = builtin();
    let english = library.language(library.english());
    for (id, entry) in english.glossary.entries() {
        assert!(entry.in_text && entry.as_written.is_none(), "en {id}");
    }
}

#[test]
fn a_missing_glossary_term_is_named_and_an_unknown_one_lists_the_ids() {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("is")).unwrap();
    let glossary = value["glossary"].as_object_mut().unwrap();
    glossary.remove("warranty");
    glossary.remove("lead");
    let text = serde_json::to_string_pretty(&value).unwrap();
    let error = error_at("is", text, "\"glossary\": {");
    assert!(
        error.contains(": glossary: missing terms lead, warranty: "),
        "{error}"
    );

    let text = builtin_text("it").replacen("\"warranty\": {", "\"guarantee\": {", 1);
    let error = error_at("it", text, "\"guarantee\"");
    assert!(
        error.contains("unknown variant `guarantee`")
            && error.contains("`warranty`")
            && error.contains("`repeat-purchase`"),
        "{error}"
    );
}

#[test]
fn a_glossary_term_given_twice_is_refused() {
    let text = builtin_text("vi").replacen(
        "\"sales-representative\": {",
        "\"warranty\": { \"term\": \"bảo đảm\" },\n    \"sales-representative\": {",
        1,
    );
    let error = error_at("vi", text, "\"bảo đảm\"");
    assert!(error.contains("`warranty` is given twice"), "{error}");
}

#[test]
fn a_glossary_entry_is_checked_like_every_text() {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("fr")).unwrap();
    value["glossary"]["loyalty"]["note"] = " ".into();
    value["glossary"]["profit"]["as_written"] = "profits".into();
    value["glossary"]["profit"]["in_text"] = false.into();
    let errors = Library::from_files(&builtin_files_with_text(
        "fr",
        serde_json::to_string_pretty(&value).unwrap(),
    ))
    .unwrap_err()
    .to_string();
    assert!(
        errors.contains("glossary.loyalty.note: empty text: write the note, or remove `note`"),
        "{errors}"
    );
    assert!(
        errors.contains("glossary.profit.as_written: `as_written` says"),
        "{errors}"
    );

    let text = builtin_text("et").replacen("\"term\": \"kasum\"", "\"word\": \"kasum\"", 1);
    let error = error_at("et", text, "\"word\"");
    assert!(
        error.contains("glossary.profit.word: unknown field `word`") && error.contains("`term`"),
        "{error}"
    );
}

// --- bad content -------------------------------------------------------------------

/// The one error loading gives when `code`'s file is `text`.
fn error_for(code: &str, text: String) -> String {
    let errors = Library::from_files(&builtin_files_with_text(code, text))
        .expect_err("bad content must be refused");
    eprintln!("{errors}");
    assert_eq!(errors.0.len(), 1, "{errors}");
    errors.0[0].to_string()
}

/// 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

/// The one error loading gives when `code`'s file is `text`, which must point at the
/// line of `needle`'s first occurrence.
/// A sidebar title may be 28 columns wide, a topic's and the quiz's alike; 29 is
/// refused, with the width it has.
#[test]
fn a_sidebar_title_may_be_28_columns_and_no_more() {
    let fits = "Twenty-eight columns exactly";
    assert_eq!(fits.chars().count(), 28);
    for (code, old) in [
        ("en", "\"title\": \"Key differences\""),
        ("et", "\"title\": \"Müük või teenindus?\""),
    ] {
        let text = builtin_text(code).replacen(old, &format!("\"title\": \"{fits}\""), 1);
        assert_ne!(text, builtin_text(code), "{code}: {old} is in the file");
        let files = builtin_files_with_text(code, text.clone());
        assert!(
            Library::from_files(&files).is_ok(),
            "{code}: 28 columns fit"
        );
        let wider = text.replacen(fits, &format!("{fits}!"), 1);
        let error = error_at(code, wider, fits);
        assert!(
            error.contains("the sidebar title is 29 columns wide; at most 28 fit"),
            "{error}"
        );
    }
}

/// The language files may come in any order: English is found by its code.
#[test]
fn english_is_found_wherever_its_file_comes() {
    let mut files = sales_vs_service::content::builtin_files();
    files.rotate_left(2);
    let library = Library::from_files(&files).unwrap();
    assert_eq!(library.language(library.english()).code, "en");
    assert_ne!(library.english(), 0);
    // An index past the end is the last language, never a panic.
    assert_eq!(
        library.language(99).code,
        library.languages().last().unwrap().code
    );
}

/// A statement that gives its side away, or has no blank, is refused at its own line:
/// the quiz is checked like the rest of the content.
#[test]
fn a_quiz_statement_without_a_blank_or_with_a_side_word_is_refused_where_it_is() {
    let statement = "\"___ vise avant tout à convaincre les clients";
    let blankless = builtin_text("fr").replacen(
        statement,
        "\"Elle vise avant tout à convaincre les clients",
        1,
    );
    let error = error_at("fr", blankless, "Elle vise avant tout");
    assert!(
        error.contains("quiz.statements[") && error.contains("].text: no blank"),
        "{error}"
    );
    let named = builtin_text("fr").replacen(
        statement,
        "\"___ vise avant tout à vendre et à convaincre les clients",
        1,
    );
    let error = error_at("fr", named, "à vendre et");
    assert!(error.contains("\"vendre\" names a side"), "{error}");
    let told = builtin_text("en").replacen(
        "The main aim of ___ is to close deals",
        "The main aim of ___ is to sell products",
        1,
    );
    let error = error_at("en", told, "is to sell products");
    assert!(error.contains("\"sell\" names a side"), "{error}");
}

#[test]
fn every_row_side_needs_a_statement_and_side_words_are_lower_case() {
    let text = builtin_text("it");
    let first = text
        .find("{ \"topic\": \"differences\", \"row\": 1, \"side\": \"sales\"")
        .unwrap();
    let end = first + text[first..].find('\n').unwrap() + 1;
    let missing = format!("{}{}", &text[..first], &text[end..]);
    let error = error_at("it", missing, "\"statements\"");
    assert!(
        error.contains("no statement for differences row 1, sales"),
        "{error}"
    );
    let capital = builtin_text("is").replacen("\"side_words\": [\"", "\"side_words\": [\"X", 1);
    let error = error_at("is", capital, "\"side_words\"");
    assert!(
        error.contains("quiz.side_words[0]") && error.contains("has capitals"),
        "{error}"
    );
    let omitted = builtin_text("vi").replacen(
        "\"side\": \"sales\", \"text\":",
        "\"side\": \"sales\", \"omitted\": \"không công bằng\", \"text\":",
        1,
    );
    let error = error_for("vi", omitted);
    assert!(error.contains("either \"text\" or \"omitted\""), "{error}");
}

fn error_at(code: &str, text: String, needle: &str) -> String {
    let line = line_of(&text, needle);
    let error = error_for(code, text);
    assert!(
        error.starts_with(&format!("assets/content/{code}.json:{line}:")),
        "at line {line}: {error}"
    );
    error
}

#[test]
fn a_syntax_error_gives_file_line_and_column() {
    let text = builtin_text("fr").replacen("\"name\": \"Français\",", "\"name\": \"Français\"", 1);
    let error = error_for("fr", text.clone());
    let line = line_of(&text, "\"title\"");
    assert!(
        error.starts_with(&format!("assets/content/fr.json:{line}:")),
        "{error}"
    );
    assert!(error.contains("expected `,` or `}`"), "{error}");
}

#[test]
fn a_misspelt_field_is_refused_with_its_path_and_the_valid_fields() {
    let text = builtin_text("it").replacen("\"heading\":", "\"headline\":", 1);
    let error = error_for("it", text.clone());
    let line = line_of(&text, "\"headline\"");
    assert!(
        error.starts_with(&format!("assets/content/it.json:{line}:")),
        "{error}"
    );
    assert!(error.contains("unknown field `headline`"), "{error}");
    assert!(
        error.contains("`title`") && error.contains("`heading`"),
        "lists the valid fields: {error}"
    );
}

#[test]
fn an_unknown_topic_id_names_the_valid_ids() {
    let text = builtin_text("is").replacen("\"id\": \"similarities\"", "\"id\": \"similarity\"", 1);
    let error = error_for("is", text.clone());
    let line = line_of(&text, "\"similarity\"");
    assert!(
        error.starts_with(&format!("assets/content/is.json:{line}:")),
        "{error}"
    );
    assert!(error.contains("topics["), "{error}");
    assert!(
        error.contains("unknown variant `similarity`") && error.contains("`similarities`"),
        "{error}"
    );
}

#[test]
fn a_missing_ui_string_is_named() {
    let text = builtin_text("vi");
    let start = text.find("      \"quit\":").unwrap();
    let end = start + text[start..].find('\n').unwrap() + 1;
    let text = format!("{}{}", &text[..start], &text[end..]);
    let error = error_for("vi", text);
    assert!(error.starts_with("assets/content/vi.json:"), "{error}");
    assert!(
        error.contains("ui.keys") && error.contains("missing field `quit`"),
        "{error}"
    );
}

#[test]
fn an_empty_comparison_side_gives_its_json_path_and_line() {
    let original = builtin_text("fr");
    let mut value: serde_json::Value = serde_json::from_str(&original).unwrap();
    let topics = value["topics"].as_array_mut().unwrap();
    let (t, topic) = topics
        .iter_mut()
        .enumerate()
        .find(|(_, t)| t["id"] == "differences")
        .unwrap();
    let (b, block) = topic["blocks"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
        .find(|(_, b)| b["kind"] == "comparison")
        .unwrap();
    block["rows"][2]["service"] = serde_json::Value::String("  ".into());
    let text = serde_json::to_string_pretty(&value).unwrap();
    let error = error_for("fr", text.clone());
    let path = format!("topics[{t}].blocks[{b}].rows[2].service");
    let line = line_of(&text, "\"service\": \"  \"");
    assert!(
        error.starts_with(&format!("assets/content/fr.json:{line}:")),
        "{error}"
    );
    assert!(
        error.contains(&path) && error.contains("empty text"),
        "{error}"
    );
}

#[test]
fn a_duplicate_topic_is_refused_at_the_second_one() {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("et")).unwrap();
    let topics = value["topics"].as_array_mut().unwrap();
    let first = topics[0].clone();
    topics.push(first);
    let last = topics.len() - 1;
    let text = serde_json::to_string_pretty(&value).unwrap();
    let error = error_for("et", text);
    assert!(error.contains(&format!("topics[{last}].id")), "{error}");
    assert!(error.contains("duplicate topic id \"overview\""), "{error}");
}

#[test]
fn control_characters_and_overlong_titles_are_refused() {
    let text = builtin_text("it").replacen("\"Argomenti\"", "\"Argo\\u001b[31mmenti\"", 1);
    let error = error_for("it", text);
    assert!(
        error.contains("ui.topics") && error.contains("U+001B"),
        "{error}"
    );

    let text = builtin_text("fr").replacen(
        "\"Vue d’ensemble\"",
        "\"Vue d’ensemble de la différence entre vente et service\"",
        1,
    );
    let error = error_for("fr", text);
    assert!(
        error.contains(".title") && error.contains("at most 28"),
        "{error}"
    );
}

#[test]
fn a_file_must_carry_its_own_code() {
    let text = builtin_text("it").replacen("\"code\": \"it\"", "\"code\": \"fr\"", 1);
    let error = error_for("it", text);
    assert!(error.starts_with("assets/content/it.json:2:"), "{error}");
    assert!(error.contains("named for \"it\""), "{error}");
}

#[test]
fn english_must_be_complete() {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("en")).unwrap();
    value["topics"]
        .as_array_mut()
        .unwrap()
        .retain(|topic| topic["id"] != "conclusion");
    let error = error_for("en", serde_json::to_string_pretty(&value).unwrap());
    assert!(error.contains("missing: conclusion"), "{error}");
}

#[test]
fn every_bad_file_is_reported_at_once() {
    let mut files = builtin_files_with_text("fr", "{".into());
    for file in &mut files {
        if file.code == "vi" {
            file.text = Cow::Owned("[]".into());
        }
    }
    let errors = Library::from_files(&files).unwrap_err();
    let text = errors.to_string();
    assert!(
        text.contains("fr.json:1:") && text.contains("vi.json:1:"),
        "{text}"
    );
}

#[test]
fn a_topic_a_language_lacks_falls_back_to_english_in_its_place() {
    let mut value: serde_json::Value = serde_json::from_str(&builtin_text("fr")).unwrap();
    value["topics"]
        .as_array_mut()
        .unwrap()
        .retain(|topic| topic["id"] != "what-is-service");
    let files = builtin_files_with_text("fr", serde_json::to_string(&value).unwrap());
    let library = Library::from_files(&files).unwrap();
    let fr = library.find_language("fr").unwrap();
    let shown = library.topic(fr, TopicId::WhatIsService);
    assert!(shown.fell_back);
    assert_eq!(shown.topic.title, "What is service?");
    let kept = library.topic(fr, TopicId::WhatIsSales);
    assert!(!kept.fell_back);
    assert_eq!(kept.topic.title, "Qu’est-ce que la vente\u{202F}?");
}

#[test]
fn a_block_of_an_unknown_kind_names_the_valid_kinds() {
    let text = builtin_text("fr").replacen("\"kind\": \"example\"", "\"kind\": \"sample\"", 1);
    let error = error_for("fr", text.clone());
    assert!(error.contains("blocks[1]"), "{error}");
    assert!(
        error.contains("unknown variant `sample`") && error.contains("`example`"),
        "{error}"
    );

    let text = builtin_text("fr").replacen(
        "\"kind\": \"example\",",
        "\"kind\": \"example\", \"colour\": \"red\",",
        1,
    );
    let error = error_for("fr", text.clone());
    let line = line_of(&text, "\"colour\"");
    assert!(
        error.contains(&format!("fr.json:{line}:")) && error.contains("unknown field `colour`"),
        "{error}"
    );
}

// --- every topic in every language ------------------------------------------------------

#[test]
fn no_language_falls_back_to_english_anywhere() {
    let library = builtin();
    for (index, language) in library.languages().iter().enumerate() {
        for id in TopicId::ALL {
            assert!(
                !library.topic(index, id).fell_back,
                "{} lacks {id}",
                language.code
            );
        }
    }
}

/// The aspects of each comparison, in order, per language: the same rows everywhere, so
/// a reader switching language mid-table reads the same row.
const ASPECTS: [(&str, [&[&str]; 3]); 6] = [
    (
        "en",
        [
            &[
                "Purpose",
                "Sales target",
                "New customers",
                "Customer satisfaction",
                "Prior interaction",
            ],
            &[
                "Main goal",
                "Focus",
                "Metrics",
                "Skills and qualities",
                "Activities",
                "Typical interactions",
                "Customer relationship",
                "Business impact",
            ],
            &["Focus", "Activities", "Outcome"],
        ],
    ),
    (
        "et",
        [
            &[
                "Põhieesmärk",
                "Müügieesmärk",
                "Uued kliendid",
                "Kliendirahulolu",
                "Eelnev suhtlus kliendiga",
            ],
            &[
                "Peamine eesmärk",
                "Fookus",
                "Mõõdikud",
                "Oskused ja omadused",
                "Tegevused",
                "Tüüpiline suhtlus",
                "Kliendisuhe",
                "Mõju äritegevusele",
            ],
            &["Fookus", "Tegevused", "Tulemus"],
        ],
    ),
    (
        "fr",
        [
            &[
                "Objectif",
                "Objectif de vente",
                "Nouveaux clients",
                "Satisfaction des clients",
                "Interaction préalable avec le client",
            ],
            &[
                "Objectif principal",
                "Priorité",
                "Indicateurs",
                "Compétences et qualités",
                "Activités",
                "Interactions types",
                "Relation client",
                "Impact sur l’entreprise",
            ],
            &["Priorité", "Activités", "Résultat"],
        ],
    ),
    (
        "is",
        [
            &[
                "Tilgangur",
                "Sölumarkmið",
                "Nýir viðskiptavinir",
                "Hamingja og ánægja viðskiptavina",
                "Fyrri samskipti við viðskiptavin",
            ],
            &[
                "Aðalmarkmið",
                "Áhersla",
                "Mælikvarðar",
                "Færni og eiginleikar",
                "Verkefni",
                "Dæmigerð samskipti",
                "Tengsl við viðskiptavini",
                "Áhrif á reksturinn",
            ],
            &["Áhersla", "Verkefni", "Árangur"],
        ],
    ),
    (
        "it",
        [
            &[
                "Scopo",
                "Obiettivo di vendita",
                "Nuovi clienti",
                "Soddisfazione dei clienti",
                "Interazione preliminare con il cliente",
            ],
            &[
                "Obiettivo principale",
                "Focus",
                "Metriche",
                "Competenze e qualità",
                "Attività",
                "Interazioni tipiche",
                "Relazione con il cliente",
                "Impatto sul business",
            ],
            &["Focus", "Attività", "Risultato"],
        ],
    ),
    (
        "vi",
        [
            &[
                "Mục đích",
                "Chỉ tiêu bán hàng",
                "Khách hàng mới",
                "Sự hài lòng của khách hàng",
                "Tương tác trước khi bán hàng",
            ],
            &[
                "Mục tiêu chính",
                "Trọng tâm",
                "Chỉ số đo lường",
                "Kỹ năng và phẩm chất",
                "Hoạt động",
                "Tương tác điển hình",
                "Mối quan hệ với khách hàng",
                "Tác động đến kinh doanh",
            ],
            &["Trọng tâm", "Hoạt động", "Kết quả"],
        ],
    ),
];

#[test]
fn each_comparison_has_the_same_rows_in_the_same_order_in_every_language() {
    let library = builtin();
    let topics = [
        TopicId::Differences,
        TopicId::Comparison,
        TopicId::KeyDifferences,
    ];
    assert_eq!(ASPECTS.len(), library.languages().len());
    for (code, expected) in ASPECTS {
        for (topic, aspects) in topics.into_iter().zip(expected) {
            let rows = comparison_rows(&library, code, topic);
            let actual: Vec<&str> = rows.iter().map(|row| row.aspect.as_str()).collect();
            assert_eq!(actual, aspects, "{code} {topic}");
            assert_eq!(
                rows.len(),
                ASPECTS[0].1[topics.iter().position(|t| *t == topic).unwrap()].len(),
                "{code} {topic}: as many rows as English"
            );
        }
    }
}

#[test]
fn written_topics_are_marked_as_translations_and_sources_keep_their_words() {
    let library = builtin();
    let origin = |code: &str, id: TopicId| {
        library
            .topic(library.find_language(code).unwrap(), id)
            .topic
            .origin
    };
    assert_eq!(
        origin("fr", TopicId::Conclusion),
        Origin::Translation,
        "the French article has no conclusion"
    );
    assert_eq!(origin("fr", TopicId::WhatIsSales), Origin::Source);
    assert_eq!(origin("vi", TopicId::Similarities), Origin::Translation);
    assert_eq!(origin("vi", TopicId::Comparison), Origin::Source);
    assert_eq!(origin("et", TopicId::KeyTakeaways), Origin::Translation);
    // The Vietnamese examples are written blocks inside source topics.
    let vi = library.find_language("vi").unwrap();
    let sales = library.topic(vi, TopicId::WhatIsSales).topic;
    assert_eq!(sales.origin, Origin::Source);
    let example = sales
        .blocks
        .iter()
        .find(|block| matches!(block, Block::Example { .. }))
        .expect("the house sale");
    assert_eq!(example.origin(), Some(Origin::Translation));
    assert!(sales.is_translated_block(example));
}

// --- one shape in every language -----------------------------------------------------

/// What the parallel view and `show --with` pair by position: each block's kind and,
/// for a list or a comparison, how many items or rows it has.
fn shape(topic: &Topic) -> Vec<(&'static str, usize)> {
    topic
        .blocks
        .iter()
        .map(|block| match block {
            Block::Heading { .. } => ("heading", 1),
            Block::Paragraph { .. } => ("paragraph", 1),
            Block::Example { .. } => ("example", 1),
            Block::List { items, .. } => ("list", items.len()),
            Block::Comparison { rows, .. } => ("comparison", rows.len()),
        })
        .collect()
}

/// Every topic of every built-in language has English's blocks, of the same kinds, in
/// the same order, with as many list items and comparison rows: so each part is shown
/// beside its counterpart, and a language switch keeps the reader on the same part.
#[test]
fn every_topic_has_the_shape_of_english_in_every_built_in_language() {
    let library = builtin();
    let english = library.english();
    let mut compared = 0;
    for (index, language) in library.languages().iter().enumerate() {
        for id in TopicId::ALL {
            let shown = library.topic(index, id);
            assert!(!shown.fell_back, "{} lacks {id}", language.code);
            assert_eq!(
                shape(shown.topic),
                shape(library.topic(english, id).topic),
                "{} {id}: not the shape of the English",
                language.code
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 6 * TopicId::ALL.len());
}

/// The overview's parts that a language's source lacks are written for the project and
/// tagged so: the three of the Vietnamese family in et, fr, is and it, the opening
/// paragraph of the other family in vi.
#[test]
fn the_overview_parts_a_source_lacks_are_tagged_as_translated() {
    let library = builtin();
    for (code, translated) in [
        ("et", [false, true, true, true]),
        ("fr", [false, true, true, true]),
        ("is", [false, true, true, true]),
        ("it", [false, true, true, true]),
        ("vi", [true, false, false, false]),
    ] {
        let topic = library
            .topic(library.find_language(code).unwrap(), TopicId::Overview)
            .topic;
        assert_eq!(topic.origin, Origin::Source, "{code}");
        let tagged: Vec<bool> = topic
            .blocks
            .iter()
            .map(|block| topic.is_translated_block(block))
            .collect();
        assert_eq!(tagged, translated, "{code}");
    }
}

/// The editors' third pass (issue 24): one clear error per language, corrected, and the
/// wrong words gone (CORRECTIONS.md et-10, fr-12, is-24, it-8, vi-15).
#[test]
fn the_third_pass_corrections_are_in_place() {
    let library = builtin();
    // (language, corrected text that must be there, erroneous source text that must not)
    let corrections = [
        (
            "et",
            "Teenindus on kliendile pärast kauba või teenuse ostmist osutatav tugi.",
            "Teenus on kliendile",
        ),
        (
            "fr",
            "La vente est l’acte de vendre des biens et des services",
            "Une vente est un acte de vente",
        ),
        (
            "is",
            "Sala er sú athöfn að selja vörur og þjónustu",
            "Sala er athöfn við sölu",
        ),
        (
            "it",
            "Una vendita è l’atto di vendere beni e servizi",
            "un atto di vendita",
        ),
        ("vi", "Trọng tâm", "Tập trung"),
    ];
    for (code, corrected, wrong) in corrections {
        assert!(
            contains(&library, code, corrected),
            "{code}: missing corrected «{corrected}»"
        );
        assert!(
            !contains(&library, code, wrong),
            "{code}: still has «{wrong}»"
        );
    }
    // "Tập trung" as the verb stays ("Bán hàng chủ yếu tập trung vào…"); the aspect
    // label, a noun, is "Trọng tâm" in both comparisons that have it.
    for topic in [TopicId::Comparison, TopicId::KeyDifferences] {
        let rows = comparison_rows(&library, "vi", topic);
        assert!(
            rows.iter().any(|row| row.aspect == "Trọng tâm"),
            "vi {topic}"
        );
    }
}
