//! The markup contract (`twenty_eight::markup`) holds on the pages as the `site` binary renders
//! them: every selector the islands find elements by matches where they look for it, every
//! `data-*` key they read is there, and every record, read back as the browser reads it (its
//! element id through the typed decoder, its keys through `facets`), is the right record.

mod common;

use scraper::{ElementRef, Html, Selector};
use twenty_eight::facets::{self, EventKeys, PointKeys};
use twenty_eight::markup::{self, PageType};
use twenty_eight::model::{Dataset, Role};
use twenty_eight::timeline::Part;

const BASE: &str = "/twenty-eight/";

/// One page of each type the islands run on, and the Ukrainian home page.
fn pages(d: &Dataset) -> Vec<(String, PageType)> {
    let event = &d.events[0];
    assert_eq!(Part::of_iso(&event.date), Part::Plan);
    vec![
        (String::new(), PageType::Points),
        ("p/21".into(), PageType::Point),
        ("timeline".into(), PageType::Timeline),
        ("timeline/after".into(), PageType::After),
        (format!("timeline/{}", event.id), PageType::Event),
        ("balance".into(), PageType::Balance),
        ("uk/".into(), PageType::Points),
    ]
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("{s:?} is not a selector: {e}"))
}

fn select<'a>(root: ElementRef<'a>, s: &str) -> Vec<ElementRef<'a>> {
    root.select(&selector(s)).collect()
}

/// The text of the first element `s` matches in `root`, as `textContent` reads it.
fn text_of(root: ElementRef, s: &str) -> String {
    root.select(&selector(s))
        .next()
        .map(|e| e.text().collect())
        .unwrap_or_default()
}

fn attr(el: ElementRef, name: &str) -> String {
    el.value().attr(name).unwrap_or_default().to_string()
}

#[test]
fn every_selector_and_key_the_islands_read_is_on_the_pages_where_they_read_it() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    let mut broken = Vec::new();
    for (path, kind) in pages(&d) {
        let html = Html::parse_document(&site.body(BASE, &path));
        for &(s, on) in markup::READ_BY_ISLANDS {
            if on.contains(&kind) && html.select(&selector(s)).next().is_none() {
                broken.push(format!("/{path} ({kind:?}): nothing matches {s:?}"));
            }
        }
        for &(s, key, on) in markup::KEYS_READ {
            if !on.contains(&kind) {
                continue;
            }
            let without = html
                .select(&selector(s))
                .filter(|el| el.value().attr(key).is_none())
                .count();
            if without > 0 {
                broken.push(format!(
                    "/{path} ({kind:?}): {without} of {s:?} without {key}"
                ));
            }
        }
        // The timeline's part before the release is told by the absence of its mark.
        let after = html.select(&selector(markup::SEL_PART_AFTER)).next();
        if after.is_some() != (kind == PageType::After) {
            broken.push(format!(
                "/{path} ({kind:?}): {:?} misplaced",
                markup::SEL_PART_AFTER
            ));
        }
    }
    assert!(
        broken.is_empty(),
        "the pages break the markup contract (src/markup.rs):\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_card_reads_back_as_its_point() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    for path in ["", "p/21", "uk/"] {
        let data = site.data(path);
        let html = Html::parse_document(&site.body(BASE, path));
        let items = select(html.root_element(), markup::SEL_CARD_ITEM);
        assert_eq!(items.len(), data.points.len(), "/{path}: a card per point");
        for (item, point) in items.into_iter().zip(&data.points) {
            let article = select(item, markup::SEL_CARD)[0];
            let id = article.value().id().unwrap_or_default();
            assert_eq!(
                markup::parse_point_id(id),
                Some(point.number),
                "/{path}: {id}"
            );
            let subs: Vec<String> = select(item, markup::SEL_SUB_TEXT)
                .iter()
                .map(|s| s.text().collect())
                .collect();
            let read = PointKeys::from_markup(
                point.number,
                &attr(item, markup::DATA_ROLES),
                &attr(item, markup::DATA_THEMES),
                &attr(item, markup::DATA_LATER),
                &attr(item, markup::DATA_STANCES),
                &text_of(article, markup::SEL_CARD_TITLE_TEXT),
                &text_of(article, markup::SEL_SUMMARY),
                subs.iter().map(String::as_str),
            );
            assert_eq!(read, PointKeys::of(point, data), "/{path}: {id}");
        }
        let focused = select(html.root_element(), markup::SEL_FOCUSED);
        let focused: Vec<_> = focused.iter().filter_map(|a| a.value().id()).collect();
        let expected = if path == "p/21" {
            vec![markup::point_id(21)]
        } else {
            vec![]
        };
        assert_eq!(focused, expected, "/{path}: the focused card");
    }
}

#[test]
fn every_event_reads_back_as_its_event() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    let first = format!("timeline/{}", d.events[0].id);
    for (path, part) in [
        ("timeline", Part::Plan),
        ("timeline/after", Part::After),
        (first.as_str(), Part::Plan),
    ] {
        let events: Vec<_> = d
            .events
            .iter()
            .filter(|e| Part::of_iso(&e.date) == part)
            .collect();
        let html = Html::parse_document(&site.body(BASE, path));
        let root = html.root_element();
        let items = select(root, markup::SEL_EVENT_ITEM);
        assert_eq!(
            items.len(),
            events.len(),
            "/{path}: an item per event of its part"
        );
        for (item, event) in items.iter().zip(&events) {
            let article = select(*item, markup::SEL_EVENT)[0];
            let id = article.value().id().unwrap_or_default();
            let read = EventKeys {
                id: markup::parse_event_id(id).unwrap_or_default().to_string(),
                parties: facets::parse_list(&attr(*item, markup::DATA_PARTIES)),
            };
            assert_eq!(read, EventKeys::of(event), "/{path}: {id}");
            assert_eq!(
                text_of(article, markup::SEL_EVENT_TITLE).trim(),
                event.title
            );
            assert!(!attr(select(article, markup::SEL_EVENT_DATE)[0], "title").is_empty());
        }
        // The overview's marks are the events', in their order; the months hold them in turn.
        assert_eq!(
            select(root, markup::SEL_MARK_GROUP).len(),
            events.len(),
            "/{path}"
        );
        let by_month: usize = select(root, markup::SEL_MONTH)
            .into_iter()
            .map(|m| select(m, markup::SEL_EVENT_ITEM).len())
            .sum();
        assert_eq!(by_month, events.len(), "/{path}");
        let focused: Vec<_> = select(root, markup::SEL_FOCUSED)
            .iter()
            .filter_map(|a| markup::parse_event_id(a.value().id()?))
            .map(str::to_string)
            .collect();
        let expected = if path == first {
            vec![d.events[0].id.clone()]
        } else {
            vec![]
        };
        assert_eq!(focused, expected, "/{path}: the focused event");
    }
}

#[test]
fn every_row_of_the_table_reads_back_as_its_point() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    let html = Html::parse_document(&site.body(BASE, "balance"));
    let rows = select(html.root_element(), markup::SEL_BALANCE_ROW);
    assert_eq!(rows.len(), d.points.len());
    for (row, point) in rows.into_iter().zip(&d.points) {
        let id = row.value().id().unwrap_or_default();
        assert_eq!(markup::parse_row_id(id), Some(point.number), "{id}");
        let read = PointKeys::from_row(
            point.number,
            &attr(row, markup::DATA_ROLES),
            &attr(row, markup::DATA_THEMES),
            &attr(row, markup::DATA_TEXT),
        );
        let data = PointKeys::of(point, &d);
        assert_eq!(read.later, []);
        assert_eq!(read.stances, []);
        assert_eq!(
            PointKeys {
                later: data.later.clone(),
                stances: data.stances.clone(),
                ..read
            },
            data,
            "{id}"
        );
        // Each role cell's link names its party, role and point.
        let links = select(row, &format!("a[{}]", markup::DATA_ROLE));
        assert_eq!(links.len(), point.parties.len(), "{id}");
        for a in links {
            let party = attr(a, markup::DATA_PARTY);
            assert_eq!(
                Role::from_code(&attr(a, markup::DATA_ROLE)),
                data.role_of(&party)
            );
            assert_eq!(attr(a, markup::DATA_POINT), point.number.to_string());
        }
    }
}

#[test]
fn every_copy_and_cite_button_is_in_a_record_it_names() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    for (path, kind) in pages(&d) {
        let html = Html::parse_document(&site.body(BASE, &path));
        let buttons = select(
            html.root_element(),
            &format!("{}, {}", markup::SEL_COPY, markup::SEL_CITE),
        );
        for button in &buttons {
            // `closest("article")`, as `islands::copy` finds the record.
            let record = button
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| selector(markup::SEL_RECORD).matches(a))
                .and_then(|a| a.value().id());
            let named = record.is_some_and(|id| {
                markup::parse_point_id(id).is_some() || markup::parse_event_id(id).is_some()
            });
            assert!(named, "/{path}: a button in {record:?}");
        }
        let records = if kind == PageType::Balance { 0 } else { 2 };
        assert!(buttons.len() >= records, "/{path}");
    }
}

/// The boot script (`tools/boot.js`) reads the pre-rendered page before the
/// wasm arrives (it scrolls a linked record into view): each element it looks up is one the
/// contract names, so the test above holds it to the pages too.
#[test]
fn the_boot_script_reads_the_page_through_the_contract() {
    let script = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tools/boot.js"))
        .expect("tools/boot.js is readable");
    let read: Vec<&str> = script
        .split("querySelector(\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .collect();
    assert!(
        !read.is_empty(),
        "the boot script reads no element any more"
    );
    for s in read {
        assert!(
            markup::READ_BY_ISLANDS.iter().any(|(known, _)| *known == s),
            "the boot script reads {s:?}, which is not in markup::READ_BY_ISLANDS"
        );
    }
}

/// The islands' Ukrainian travels in the Ukrainian pages (the wasm carries the English keys
/// only): each Ukrainian page with islands has it, whole, and the English pages carry none.
#[test]
fn the_ukrainian_pages_carry_the_islands_strings_and_the_english_none() {
    let d = common::dataset();
    let site = common::Pages::of(&d);
    for (path, _) in pages(&d) {
        let html = Html::parse_document(&site.body(BASE, &path));
        let found = select(html.root_element(), markup::SEL_LIVE_STRINGS);
        if path.starts_with("uk/") {
            assert_eq!(found.len(), 1, "/{path}");
            let value = attr(found[0], markup::DATA_STRINGS);
            let values = twenty_eight::i18n::parse_live_uk(&value).expect("this build's strings");
            use twenty_eight::i18n::{t, Lang, LIVE_KEYS};
            for (key, value) in LIVE_KEYS.iter().zip(&values) {
                assert_eq!(*value, t(Lang::Uk, key), "/{path}: in the keys' order");
            }
        } else {
            assert!(
                found.is_empty(),
                "/{path}: an English page carries no Ukrainian"
            );
        }
    }
}

/// The filter bar is static markup that the island reads and sets through the core: every
/// control is named as a filter control (`Edit::from_control`, `Filter::shown`), each party
/// and each value a link may name has its control, and the page arrives in the state of no
/// filter (what the island assumes until the URL is applied, and what the reader's early
/// changes are measured against).
#[test]
fn the_filter_bar_s_controls_are_the_filter_s_and_arrive_unset() {
    use twenty_eight::filter::{Filter, Shown};
    let d = common::dataset();
    let site = common::Pages::of(&d);
    let none = Filter::default();
    for (path, kind) in pages(&d) {
        let html = Html::parse_document(&site.body(BASE, &path));
        let controls = select(html.root_element(), markup::SEL_FILTER_CONTROL);
        let mut parties = Vec::new();
        for c in &controls {
            let (name, value) = (attr(*c, "name"), attr(*c, "value"));
            let shown = none.shown(&name, &value);
            let arrives = match c.value().name() {
                "select" => {
                    let first = select(*c, "option").first().map(|o| attr(*o, "value"));
                    assert!(
                        select(*c, "option[selected]").is_empty(),
                        "/{path}: {name} selects no option"
                    );
                    Shown::Value(first.unwrap_or_default())
                }
                _ if matches!(attr(*c, "type").as_str(), "checkbox" | "radio") => {
                    Shown::Checked(c.value().attr("checked").is_some())
                }
                _ => Shown::Value(value.clone()),
            };
            assert_eq!(shown, Some(arrives), "/{path}: the control {name}={value}");
            if name == "party" {
                parties.push(value);
            }
        }
        let codes: Vec<&str> = d.parties.iter().map(|p| p.code.as_str()).collect();
        if kind == PageType::Balance {
            assert!(
                parties.is_empty(),
                "/{path}: the table filters by theme and search"
            );
            assert_eq!(controls.len(), 2, "/{path}: theme and search");
        } else {
            assert_eq!(
                parties, codes,
                "/{path}: a box per party, in the data's order"
            );
        }
        let count = select(html.root_element(), markup::SEL_FILTER_COUNT);
        assert_eq!(count.len(), 1, "/{path}");
        assert!(
            !count[0].text().collect::<String>().is_empty(),
            "/{path}: the count"
        );
        let reset = select(html.root_element(), markup::SEL_FILTER_RESET);
        assert!(
            reset[0].value().attr("disabled").is_some(),
            "/{path}: nothing to reset"
        );
    }
}
