//! Property tests of the packed dataset (`src/pack.rs`): the bytes built into the wasm read
//! back to the validated dataset, and no damage to them, however it falls, makes the reader
//! panic or allocate without bound: it answers with an error the page can show.

use std::sync::OnceLock;

use proptest::prelude::*;
use twenty_eight::data;
use twenty_eight::pack::{pack, unpack};

/// The shipped data, packed as build.rs packs it (once per test run).
fn shipped() -> Vec<u8> {
    static PACKED: OnceLock<Vec<u8>> = OnceLock::new();
    PACKED.get_or_init(|| pack(&data::load_shipped())).clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4_096)) {
        let _ = unpack(&bytes);
    }

    #[test]
    fn corrupted_shipped_bytes_never_panic(at in any::<prop::sample::Index>(), with in any::<u8>()) {
        let mut bytes = shipped();
        let i = at.index(bytes.len());
        bytes[i] = with;
        let _ = unpack(&bytes);
    }

    #[test]
    fn cut_short_shipped_bytes_are_an_error(cut in any::<prop::sample::Index>()) {
        let bytes = shipped();
        let end = cut.index(bytes.len());
        prop_assert!(unpack(&bytes[..end]).is_err());
    }
}
