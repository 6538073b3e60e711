//! The static pages' interface strings in Ukrainian, keyed by their English (see
//! `super::page`). Native only: the `site` binary renders them into the pages, so the wasm
//! never carries them. `{0}`, `{1}` are filled in by `fill`.

pub static PAGES_UK: &[(&str, &str)] = &[
    // Where the parties stand (`ui/pages/positions.rs`): a card's line, a point's statements
    // and the matrix (`/positions`). The stances' words are `Stance::label_uk`.
    ("All statements on this point ({0})", "Усі заяви щодо цього пункту ({0})"),
    ("In their words: ", "Дослівно: "),
    ("Where the parties stand on each point", "Позиції сторін щодо кожного пункту"),
    (
        "For each point, the latest stance each party stated on it, with its date: our reading of dated statements by presidents, ministers, envoys and spokespeople, each with its sources. An empty cell means we found no statement by that party on that point: no position is inferred from silence. Open a cell for what was said.",
        "Для кожного пункту — остання позиція, яку заявила кожна сторона, і дата заяви. Це наше прочитання датованих заяв президентів, міністрів, спецпредставників і речників, кожна з джерелами. Порожня клітинка означає, що заяви цієї сторони щодо цього пункту ми не знайшли: мовчання ми позицією не вважаємо. Відкрийте клітинку, щоб прочитати, що саме було сказано.",
    ),
    ("{0} dated statements, {1} to {2}.", "Датованих заяв: {0}, з {1} по {2}."),
    ("Stances", "Позиції"),
    (
        "changed: the party stated another stance earlier",
        "позиція змінилася: раніше сторона заявляла іншу",
    ),
    (
        "Per party (each count lists those points)",
        "За сторонами (кожне число веде до цих пунктів)",
    ),
    (
        "Each party's latest stated stance on each US point. Stances are our reading of the sources.",
        "Остання заявлена позиція кожної сторони щодо кожного пункту плану США. Позиції — наше прочитання джерел.",
    ),
    ("no statement", "заяв немає"),
    ("changed; earlier: {0}, {1}", "змінилася; раніше: {0}, {1}"),
    (" ({0} statements)", " (заяв: {0})"),
    (
        "Where the parties stand on each of the 28 points",
        "Позиції сторін щодо кожного з 28 пунктів",
    ),
    (
        "The latest stated stance of {0} on each point of the US plan, with its date and a link to what was said: {1} dated, sourced statements.",
        "Остання заявлена позиція сторін ({0}) щодо кожного пункту плану США — з датою та посиланням на саму заяву. Датованих заяв із джерелами: {1}.",
    ),
    (
        "Who accepts each point, who rejects it, and since when",
        "Хто погоджується з кожним пунктом, хто проти — і відколи",
    ),
    // The site, its titles and its share cards (`site`, `share_card`).
    ("The US 28-point peace plan for Ukraine", "Мирний план США для України із 28 пунктів"),
    (" Parties: {0}.", " Сторони: {0}."),
    ("+{0} more", "ще {0}"),
    (" Main source: {0}, {1}.", " Основне джерело: {0}, {1}."),
    ("The draft of 20 November 2025", "Проєкт від 20 листопада 2025"),
    (
        "The US {0}-point peace plan for Ukraine, point by point, in our own words and sourced",
        "Мирний план США для України із {0} пунктів — пункт за пунктом, нашими словами, з джерелами",
    ),
    ("Point {0} of {1}", "Пункт {0} із {1}"),
    ("Timeline · {0}", "Хронологія · {0}"),
    (
        "The US 28-point peace plan for Ukraine (draft of 20 November 2025), point by point, with sources, party filters and the 2025 timeline behind it.",
        "Мирний план США для України із 28 пунктів (проєкт від 20 листопада 2025) — пункт за пунктом, із джерелами, фільтрами за сторонами та хронологією 2025 року, що до нього привела.",
    ),
    (
        "{0} from the inauguration on 20 January 2025 to the draft's release on 20–21 November 2025.",
        "{0} — від інавгурації 20 січня 2025 до оприлюднення проєкту 20–21 листопада 2025.",
    ),
    ("Timeline · 20 January to 21 November 2025", "Хронологія · 20 січня — 21 листопада 2025"),
    (
        "{0}, from the inauguration to the release of the 28 points",
        "{0}: від інавгурації до оприлюднення 28 пунктів",
    ),
    (
        "{0} after the release of the 28 points, from Geneva on 23 November 2025 to {1}: the counter-proposals, the talks and the 20-point draft.",
        "{0} після оприлюднення 28 пунктів — від Женеви 23 листопада 2025 до {1}: контрпропозиції, переговори та проєкт із 20 пунктів.",
    ),
    ("Timeline · after the release, to {0}", "Хронологія · після оприлюднення, до {0}"),
    (
        "{0} after the 28 points: counter-proposals, talks, the 20-point draft",
        "{0} після 28 пунктів: контрпропозиції, переговори, проєкт із 20 пунктів",
    ),
    (
        "The {0} of the US plan by party: who is obliged, who benefits, who is named, with totals per party (our editorial reading).",
        "{0} плану США за сторонами: хто бере зобов'язання, хто отримує вигоду, кого лише згадано, з підсумками для кожної сторони (наше редакційне прочитання).",
    ),
    (
        "The {0} by party: who is obliged, who benefits",
        "{0} за сторонами: хто бере зобов'язання, хто отримує вигоду",
    ),
    (
        "What became of the 28 points: later versions compared",
        "Що сталося з 28 пунктами: порівняння пізніших версій",
    ),
    (
        "Each of the 28 points in the later versions of the plan ({0}): kept, changed, dropped or merged, with sources.",
        "Кожен із 28 пунктів у пізніших версіях плану ({0}): що збережено, змінено, вилучено чи об'єднано, — з джерелами.",
    ),
    ("Later versions of the plan", "Пізніші версії плану"),
    (
        "What became of each of the 28 points, version by version",
        "Що сталося з кожним із 28 пунктів — версія за версією",
    ),
    ("Point {0} in later versions: {1}", "Пункт {0} у пізніших версіях: {1}"),
    ("In later versions of the plan", "У пізніших версіях плану"),
    (
        "Without JavaScript the filters and copy buttons do nothing; the full text is below, and every title opens its own page.",
        "Без JavaScript фільтри й кнопки копіювання не працюють; увесь текст — нижче, а кожен заголовок відкриває окрему сторінку.",
    ),
    ("Not found", "Сторінку не знайдено"),
    ("This address is not part of the site.", "Такої адреси на сайті немає."),
    ("the 28 points (CSV)", "28 пунктів (CSV)"),
    ("the events (CSV)", "події (CSV)"),
    ("all the data (JSON)", "усі дані (JSON)"),
    ("the events for TimelineJS (JSON)", "події для TimelineJS (JSON)"),
    // The page around every screen (`ui::pages::layout`).
    ("Skip to content", "Перейти до вмісту"),
    (
        "Every point of the draft posted online and confirmed by the White House on 20 November 2025, in our own words, with who it binds, who it favours, where each line comes from, and the 2025 timeline that led to it.",
        "Кожен пункт проєкту, оприлюдненого в мережі й підтвердженого Білим домом 20 листопада 2025, — нашими словами: кого він зобов'язує, кому сприяє, на чому ґрунтується кожне твердження, а також хронологія 2025 року, що до нього привела.",
    ),
    (
        "The draft of 20 November 2025, point by point, in our own words and sourced.",
        "Проєкт від 20 листопада 2025 — пункт за пунктом, нашими словами, з джерелами.",
    ),
    ("Download the data: ", "Завантажити дані: "),
    (
        ". Each record with its sources and its address here.",
        ". Кожен запис — із джерелами та адресою на цьому сайті.",
    ),
    (
        "Summaries are ours, not the plan's wording; short quotations are marked. Party roles (obliged, benefits, named) are our editorial reading of each point. Every point and event links to the reports it rests on.",
        "Описи — наші, а не формулювання плану; короткі цитати взято в лапки. Ролі сторін (зобов'язання, вигода, згадка) — наше редакційне прочитання кожного пункту. Кожен пункт і кожна подія мають посилання на повідомлення, на яких вони ґрунтуються.",
    ),
    (
        "This page loads nothing from any other site and keeps no record of its readers.",
        "Ця сторінка нічого не завантажує з інших сайтів і не збирає жодних даних про читачів.",
    ),
    // The screens (`ui::pages`: `points`, `point_card`, `timeline`, `balance`, `versions`,
    // `sources`).
    ("On the timeline", "У хронології"),
    ("Parties and their roles", "Сторони та їхні ролі"),
    ("Themes", "Теми"),
    ("Sources", "Джерела"),
    ("Disputed wording", "Спірне формулювання"),
    (" Sources differ: compare versions", " Джерела розходяться: порівняйте формулювання"),
    ("Outlets word this point differently.", "ЗМІ формулюють цей пункт по-різному."),
    ("Related document", "Пов'язаний документ"),
    ("reported", "за даними ЗМІ"),
    ("Changed", "Змінено"),
    (
        " The draft was reported to have changed here",
        " За повідомленнями, тут текст проєкту змінили",
    ),
    ("Before", "Було"),
    ("After", "Стало"),
    (
        " commits to or gives something up · ",
        " — сторона щось бере на себе або від чогось відмовляється · ",
    ),
    (" gains something · ", " — сторона щось отримує · "),
    (" mentioned. ", " — сторону лише згадано. "),
    ("Roles, in our reading: ", "Ролі (за нашим прочитанням): "),
    (
        "These are editorial judgements, not the plan's words.",
        "Це редакційні оцінки, а не слова плану.",
    ),
    (
        "No point matches these filters. With ",
        "Жоден пункт не відповідає цим фільтрам. Якщо вибрано варіант «",
    ),
    (
        " every chosen party must appear in a point; a role applies to each chosen party; every word of the search must appear.",
        "», у пункті мають бути всі вибрані сторони; роль має бути в кожної вибраної сторони; у тексті мають бути всі слова пошуку.",
    ),
    ("The points", "Пункти плану"),
    (
        "The road to the plan: 20 January to 21 November 2025",
        "Шлях до плану: 20 січня — 21 листопада 2025",
    ),
    ("Parties involved", "Залучені сторони"),
    ("official", "офіційно"),
    ("Related plan points", "Пов'язані пункти плану"),
    ("Sources differ", "Джерела розходяться"),
    ("leaked", "злитий текст"),
    ("Parts of the timeline", "Частини хронології"),
    ("from 20 January to 21 November 2025", "з 20 січня до 21 листопада 2025"),
    (
        "Overview: each mark is an event, in the row of each party involved",
        "Огляд: кожна позначка — подія, у рядку кожної залученої сторони",
    ),
    (
        "No event involves these parties together. Try “any of them”, or reset the filters.",
        "Немає подій, у яких ці сторони фігурують разом. Виберіть «будь-якої з них» або скиньте фільтри.",
    ),
    ("not involved", "не стосується"),
    (
        "Choose a role or a total to see those points.",
        "Виберіть роль або підсумок, щоб побачити ці пункти.",
    ),
    (
        "Who gives, who gains: each point's parties and their roles. ",
        "Хто дає, хто отримує: сторони кожного пункту та їхні ролі. ",
    ),
    (
        "The roles are our editorial reading of each point, not the plan's words.",
        "Ролі — наше редакційне прочитання кожного пункту, а не слова плану.",
    ),
    ("Point", "Пункт"),
    (" obliged against benefits ", " зобов'язання порівняно з вигодами "),
    (
        "No point matches this theme and search. Every word of the search must appear in a point.",
        "Жоден пункт не відповідає цій темі й пошуку. У пункті мають бути всі слова пошуку.",
    ),
    (
        "The same points as cards, with their sources: ",
        "Ті самі пункти у вигляді карток, із джерелами: ",
    ),
    ("the 28 points", "28 пунктів"),
    ("After the release: from 22 November 2025", "Після оприлюднення: з 22 листопада 2025"),
    ("Versions of the plan", "Версії плану"),
    ("read out", "зачитано публічно"),
    ("after the release", "після оприлюднення"),
    ("New points, with no US counterpart", "Нові пункти, яких немає в тексті США"),
    ("None.", "Немає."),
    (
        "No text of this version was published: only its existence and outline were reported.",
        "Текст цієї версії не оприлюднено: повідомлялося лише про її існування та загальні обриси.",
    ),
    ("What became of the 28 points", "Що сталося з 28 пунктами"),
    (
        "Per version (each count lists those points)",
        "За версіями (кожне число веде до відповідних пунктів)",
    ),
    (
        "Each US point in each later version. Outcomes are our reading of the sources.",
        "Кожен пункт США в кожній пізнішій версії. Результати — наше прочитання джерел.",
    ),
    ("US point", "Пункт США"),
    ("The 28 points in each later version", "28 пунктів у кожній пізнішій версії"),
    ("The versions", "Версії"),
    (
        "Key terms: removed from the US text, inserted by this version",
        "Ключові терміни: вилучені з тексту США і додані в цій версії",
    ),
    ("US text", "Текст США"),
    ("This version", "Ця версія"),
    (" (numbered by its order in a reprint)", " (номер — за порядком у передруку)"),
    ("All points in later versions", "Усі пункти в пізніших версіях"),
    ("next point →", "наступний пункт →"),
    ("US 28-point plan", "План США із 28 пунктів"),
    ("The point's card, with its sources", "Картка пункту з джерелами"),
    ("Also reported, with no published text", "Також відомі версії без оприлюдненого тексту"),
    ("← previous point", "← попередній пункт"),
    ("leaked text", "злитий текст"),
    ("official text", "офіційний текст"),
    ("reported text", "текст за даними ЗМІ"),
    ("read out text", "зачитаний текст"),
    ("Copy link to point {0}", "Копіювати посилання на пункт {0}"),
    ("Cite point {0}", "Цитувати пункт {0}"),
    (
        "“{0}”, point {1} of the US 28-point peace plan ({2}, 20 Nov 2025)",
        "«{0}», пункт {1} мирного плану США із 28 пунктів ({2}, 20 лист. 2025)",
    ),
    (
        "After the release: {0} from 22 November 2025 →",
        "Після оприлюднення: {0} з 22 листопада 2025 →",
    ),
    (
        "← Before: {0}, 20 January to 21 November 2025",
        "← До оприлюднення: {0}, 20 січня — 21 листопада 2025",
    ),
    ("Copy link to this event: {0}", "Копіювати посилання на подію: {0}"),
    ("Cite this event: {0}", "Цитувати подію: {0}"),
    (
        "“{0}”, {1}, on the timeline of the US 28-point peace plan",
        "«{0}», {1}, хронологія мирного плану США із 28 пунктів",
    ),
    ("Point {0}", "Пункт {0}"),
    (
        "Events {0}; the axis runs from 20 January 2025 to {1}, the release marked, the other part shaded",
        "Події {0}; вісь — з 20 січня 2025 до {1}, оприлюднення позначено, іншу частину затінено",
    ),
    (": {0}, point {1}", ": {0}, пункт {1}"),
    ("obliged in", "усього зобов'язань"),
    ("benefits in", "усього вигод"),
    ("named in", "усього згадок"),
    ("{0} {1}", "{1} {0}"),
    ("; {0} new points", "; нових пунктів: {0}"),
    ("; {0} new point", "; нових пунктів: {0}"),
    (
        "Within days of 20 November 2025 the US text was answered and rewritten. For each later version whose text is known, the table says what it did with each of the 28 points: kept in substance, changed, dropped, merged into another point, not addressed, or not known (no source we found covers it). Open a point to see the changes side by side.",
        "Уже за кілька днів після 20 листопада 2025 на текст США відповіли й переписали його. Для кожної пізнішої версії, текст якої відомий, таблиця показує, що в ній сталося з кожним із 28 пунктів: по суті збережено, змінено, вилучено, об'єднано з іншим пунктом, не розглянуто або невідомо (жодне знайдене нами джерело цього не висвітлює). Відкрийте пункт, щоб побачити зміни поруч.",
    ),
    ("Its point {0}", "Її пункт {0}"),
];
