//! Property tests of the URL codec: every state survives a round trip, and no input,
//! however hostile, makes the decoder panic or return unbounded output.

use proptest::prelude::*;
use twenty_eight::filter::{Filter, Later, Match, PartyStance, MAX_QUERY_CHARS};
use twenty_eight::i18n::Lang;
use twenty_eight::model::{Outcome, Role, Stance};
use twenty_eight::timeline::Part;
use twenty_eight::url::{self, Known, Route, View, MAX_NOTICES};

const PARTIES: [&str; 5] = ["ua", "ru", "us", "eu", "nato"];
const THEMES: [&str; 4] = ["territory", "nato", "security", "economy"];
const VERSIONS: [&str; 3] = ["e3", "eu24", "us-ua-20"];
const EVENTS: [&str; 3] = [
    "2025-01-20-inauguration",
    "2025-02-28-oval-office",
    "2025-11-20-draft-published",
];

fn known() -> Known<'static> {
    Known {
        parties: &PARTIES,
        themes: &THEMES,
        versions: &VERSIONS,
        point_count: 28,
        event_ids: &EVENTS,
    }
}

fn route_strategy() -> impl Strategy<Value = Route> {
    // Every view the codec knows, from its own list (a new view can't be left out).
    let view = prop::sample::select(View::every(&known()));
    let parties = prop::sample::subsequence(PARTIES.to_vec(), 0..=PARTIES.len());
    let role = prop::option::of(prop::sample::select(Role::ALL.to_vec()));
    let theme = prop::option::of(prop::sample::select(THEMES.to_vec()));
    let later = prop::option::of((
        prop::sample::select(VERSIONS.to_vec()),
        prop::sample::select(Outcome::ALL.to_vec()),
    ));
    let stance = prop::option::of((
        prop::sample::select(PARTIES.to_vec()),
        prop::sample::select(Stance::ALL.to_vec()),
    ));
    // Any text without control characters, up to the kept length.
    let query = "[^\\p{Cc}]{0,200}";
    (
        view,
        parties,
        any::<bool>(),
        role,
        theme,
        later,
        stance,
        query,
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(view, parties, all, role, theme, later, stance, query, embed, uk)| Route {
                lang: if uk { Lang::Uk } else { Lang::En },
                // What the view takes of the filter (the table: theme and search only).
                filter: view.carried(&Filter {
                    parties: parties.into_iter().map(String::from).collect(),
                    matching: if all { Match::All } else { Match::Any },
                    role,
                    theme: theme.map(String::from),
                    later: later.map(|(version, outcome)| Later {
                        version: version.to_string(),
                        outcome,
                    }),
                    stance: stance.map(|(party, stance)| PartyStance {
                        party: party.to_string(),
                        stance,
                    }),
                    query,
                }),
                view,
                embed,
            },
        )
}

#[test]
fn the_strategy_draws_every_kind_of_view() {
    let mut kinds: Vec<usize> = View::every(&known()).iter().map(View::kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds, (0..View::KINDS).collect::<Vec<_>>());
    assert!(View::every(&known()).contains(&View::Timeline(Part::After)));
    assert_eq!(View::every(&known()).len(), 4 + 28 + EVENTS.len());
}

fn split(encoded: &str) -> (&str, &str) {
    encoded.split_once('?').unwrap_or((encoded, ""))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn encode_then_decode_gives_the_state_back(route in route_strategy()) {
        let encoded = url::encode(&route);
        let (path, query) = split(&encoded);
        let decoded = url::decode(path, query, &known());
        prop_assert!(decoded.notices.is_empty(), "{encoded}: {:?}", decoded.notices);
        prop_assert_eq!(decoded.route, route);
    }

}

proptest! {
    // The robustness gate: 100,000 arbitrary inputs every run.
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn decoding_arbitrary_text_never_panics(path in "\\PC{0,300}", query in "\\PC{0,600}") {
        let d = url::decode(&path, &query, &known());
        prop_assert!(d.notices.len() <= MAX_NOTICES);
        prop_assert!(d.route.filter.query.chars().count() <= MAX_QUERY_CHARS);
        prop_assert!(d.notices.iter().all(|n| n.chars().count() < 200));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn decoding_url_shaped_noise_never_panics(
        parts in prop::collection::vec(
            prop_oneof![
                Just("party=".to_string()), Just("q=".to_string()), Just("role=".to_string()),
                Just("match=".to_string()), Just("theme=".to_string()), Just("embed=".to_string()),
                Just("stance=".to_string()), Just(":".to_string()), Just("objects".to_string()),
                Just("&".to_string()), Just("%".to_string()), Just(",".to_string()), Just("+".to_string()),
                "%[0-9A-Fa-f]{2}", "[a-z]{1,6}", "\\PC{1,4}",
            ],
            0..60,
        ),
    ) {
        let query = parts.concat();
        let d = url::decode("/p/1", &query, &known());
        prop_assert!(d.notices.len() <= MAX_NOTICES);
        prop_assert!(d.route.filter.parties.len() <= PARTIES.len());
        if let Some(s) = &d.route.filter.stance {
            prop_assert!(PARTIES.contains(&s.party.as_str()), "{query}");
        }
    }
}
