//! The islands' interface strings in Ukrainian, keyed by their English (see `super::t`): only
//! what an island renders or the browser says belongs here; a static page's own strings are
//! in `pages_uk.rs`. `{0}`, `{1}` are filled in by `fill`.
//!
//! The wasm gets the English keys alone (`LIVE_KEYS`): an English reader downloads no
//! Ukrainian. A Ukrainian page carries the Ukrainian, in the keys' order
//! (`super::live_uk_attr`), and the wasm reads it from there (`super::install_live_uk`).

/// The table, natively; the keys alone, everywhere.
macro_rules! live_table {
    ($(($en:expr, $uk:expr $(,)?)),* $(,)?) => {
        #[cfg(not(target_arch = "wasm32"))]
        pub static LIVE_UK: &[(&str, &str)] = &[$(($en, $uk)),*];
        pub static LIVE_KEYS: &[&str] = &[$($en),*];
    };
}

live_table![
    // The timeline's title (also its tab's label, which the page carries).
    ("Timeline, Jan–Nov 2025", "Хронологія, січ.–лист. 2025"),
    // The tab's title, which follows the view.
    ("Twenty-Eight", "Двадцять вісім"),
    (
        "Twenty-Eight: the US 28-point peace plan for Ukraine",
        "Двадцять вісім: мирний план США для України із 28 пунктів",
    ),
    (
        "Timeline after the release, from 22 Nov 2025",
        "Хронологія після оприлюднення, з 22 лист. 2025",
    ),
    (
        "Who gives, who gains: the 28 points by party",
        "Хто дає, хто отримує: 28 пунктів за сторонами",
    ),
    ("Point {0}: {1}", "Пункт {0}: {1}"),
    // The filter bar's fold ("Filters · 2 active") and the role words of the table's totals.
    ("none active", "не вибрано"),
    ("{0} active", "вибрано {0}"),
    ("obliged", "зобов'язання"),
    ("benefits", "вигода"),
    ("named", "згадка"),
    // The notices.
    ("About this link", "Про це посилання"),
    ("Dismiss", "Закрити"),
    // Copy link and Cite (the buttons are static; the browser says what happened).
    ("Copy link", "Копіювати посилання"),
    ("Cite", "Цитувати"),
    ("Link copied", "Посилання скопійовано"),
    ("Citation copied", "Посилання для цитування скопійовано"),
    (
        "Copying was refused: the link is shown to copy by hand",
        "Браузер не дозволив скопіювати: посилання показано поруч, скопіюйте його вручну",
    ),
    (
        "Copying was refused: the citation is shown to copy by hand",
        "Браузер не дозволив скопіювати: посилання для цитування показано поруч, скопіюйте його вручну",
    ),
    ("Copy this link: ", "Скопіюйте це посилання: "),
    ("Copy this citation: ", "Скопіюйте посилання для цитування: "),
    ("{0}, {1}. Accessed {2}.", "{0}, {1} (дата звернення: {2})."),
    // Exports.
    (
        "The download could not be made: the site's data file did not load (are you offline?).",
        "Не вдалося створити файл: дані сайту не завантажилися (можливо, немає з'єднання з інтернетом?).",
    ),
    (
        "The download could not be made: this part of the app did not load (are you offline?).",
        "Не вдалося створити файл: ця частина застосунку не завантажилася (можливо, немає з'єднання з інтернетом?).",
    ),
    ("Saved {0} as {1}", "Збережено {0} у файл {1}"),
    // The table of who gives and who gains (its totals and bars follow the filter).
    ("{0}: obliged in {1}, benefits in {2}", "{0}: зобов'язання — {1}, вигода — {2}"),
    // The notices on a link (`url::decode`).
    (
        "…and {0} more {1} of the link were ignored.",
        "…і ще {0} {1} посилання проігноровано.",
    ),
    (
        "There is no point {0} in the plan: it has points 1 to {1}. Showing all points instead.",
        "У плані немає пункту {0}: у ньому пункти від 1 до {1}. Натомість показано всі пункти.",
    ),
    (
        "The timeline has no event {0}. Showing the whole timeline instead.",
        "У хронології немає події {0}. Натомість показано всю хронологію.",
    ),
    (
        "The comparison of later versions has no point {0}: it covers points 1 to {1}. Showing the plan instead.",
        "У порівнянні пізніших версій немає пункту {0}: воно охоплює пункти від 1 до {1}. Натомість показано план.",
    ),
    (
        "There is no page {0} here. Showing the plan instead.",
        "Сторінки {0} тут немає. Натомість показано план.",
    ),
    (
        "The link was too long; only its first {0} KB were read.",
        "Посилання задовге: прочитано лише перші {0} КБ.",
    ),
    (
        "The link has too many parameters; only the first {0} were read.",
        "У посиланні забагато параметрів: прочитано лише перші {0}.",
    ),
    (
        "Only one later-version filter at a time: ignored {0}={1}.",
        "Фільтр за пізнішими версіями може бути лише один: проігноровано {0}={1}.",
    ),
    (
        "Ignored {0}={1}: no later version of the plan has that code.",
        "Проігноровано {0}={1}: жодна пізніша версія плану не має такого коду.",
    ),
    (
        "Ignored stance={0}: no party has that code.",
        "Проігноровано stance={0}: сторони з таким кодом немає.",
    ),
    (
        "Ignored stance={0}: write a party and a stance, e.g. ru:objects (stances: supports, objects, wants-changed, conditional, open).",
        "Проігноровано stance={0}: потрібні сторона й позиція, напр. ru:objects (позиції: supports, objects, wants-changed, conditional, open).",
    ),
    (
        "The parameter {0} appears more than once; only the first was used.",
        "Параметр {0} трапляється кілька разів; використано лише перший.",
    ),
    ("Ignored unknown party {0}.", "Проігноровано невідому сторону {0}."),
    (
        "Ignored match={0}: use “any” or “all”.",
        "Проігноровано match={0}: можливі значення — «any» або «all».",
    ),
    (
        "Ignored unknown role {0}: use “obliged”, “benefits” or “named”.",
        "Проігноровано невідому роль {0}: можливі значення — «obliged» (зобов'язання), «benefits» (вигода) або «named» (згадка).",
    ),
    ("Ignored unknown theme {0}.", "Проігноровано невідому тему {0}."),
    (
        "The search text was cut to its first {0} characters.",
        "Текст пошуку обрізано до перших {0} символів.",
    ),
    ("Ignored embed={0}: use embed=1.", "Проігноровано embed={0}: використовуйте embed=1."),
    ("Ignored unknown parameter {0}.", "Проігноровано невідомий параметр {0}."),
    ("Ignored unknown parameters {0}.", "Проігноровано невідомі параметри {0}."),
    (
        "Part of the link was badly encoded and was read as best we could.",
        "Частину посилання закодовано з помилками; ми прочитали її, як змогли.",
    ),
    (
        "The table of who gives and who gains is narrowed by theme and search only; the link's other filters were left out.",
        "Таблицю «Хто дає, хто отримує» можна звузити лише за темою та пошуком; інші фільтри з посилання не застосовано.",
    ),
];
