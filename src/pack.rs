//! The dataset in a compact binary form, for the browser build: `build.rs` loads and
//! validates `data/*.json` with `data::load` (the same code as the native tests), then packs
//! the result, the dataset or its errors, into `$OUT_DIR/dataset.bin`; the app unpacks it at
//! start. So the wasm carries neither JSON nor serde nor the validation rules: only the text
//! and a small reader.
//!
//! The format: fields in declaration order; numbers as LEB128 varints; strings as a length
//! and UTF-8 bytes; lists as a length and items; options and booleans as one byte; enums as
//! their index. Sources' editorial `note`s are not packed (the page does not show them).

use crate::data::{
    DataError, DOCUMENTS_FILE, EVENTS_FILE, PARTIES_FILE, POINTS_FILE, SOURCES_FILE, THEMES_FILE,
};
use crate::model::{
    Dataset, Dispute, Document, Event, EventKind, Party, PartyRole, Point, Precision, Revision,
    Role, Source, Status, SubPoint, Theme, Version,
};

/// What `build.rs` packs: the dataset, or every error it has.
pub type Packed = Result<Dataset, Vec<DataError>>;

/// Reads packed bytes front to back.
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes }
    }

    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }
}

pub trait Pack: Sized {
    fn pack(&self, out: &mut Vec<u8>);
    fn unpack(r: &mut Reader<'_>) -> Option<Self>;
}

impl Pack for u32 {
    fn pack(&self, out: &mut Vec<u8>) {
        let mut n = *self;
        while n >= 0x80 {
            out.push((n as u8) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let mut n: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = r.byte()?;
            n |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }
}

fn pack_len(len: usize, out: &mut Vec<u8>) {
    u32::try_from(len).expect("fits in u32").pack(out);
}

impl Pack for bool {
    fn pack(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for String {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_len(self.len(), out);
        out.extend_from_slice(self.as_bytes());
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let len = u32::unpack(r)? as usize;
        String::from_utf8(r.take(len)?.to_vec()).ok()
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        pack_len(self.len(), out);
        self.iter().for_each(|x| x.pack(out));
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        let len = u32::unpack(r)? as usize;
        // Each item takes at least one byte: a corrupt length cannot reserve much.
        let mut v = Vec::with_capacity(len.min(r.bytes.len()));
        for _ in 0..len {
            v.push(T::unpack(r)?);
        }
        Some(v)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut Vec<u8>) {
        self.is_some().pack(out);
        if let Some(x) = self {
            x.pack(out);
        }
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        if bool::unpack(r)? {
            T::unpack(r).map(Some)
        } else {
            Some(None)
        }
    }
}

/// `Pack` for a struct: its fields in order.
macro_rules! record {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Pack for $t {
            fn pack(&self, out: &mut Vec<u8>) {
                $(self.$f.pack(out);)*
            }

            fn unpack(r: &mut Reader<'_>) -> Option<Self> {
                Some($t { $($f: Pack::unpack(r)?,)* })
            }
        }
    };
}

/// `Pack` for a fieldless enum: its index in `ALL`.
macro_rules! variants {
    ($($t:ident),*) => {$(
        impl Pack for $t {
            fn pack(&self, out: &mut Vec<u8>) {
                out.push($t::ALL.iter().position(|x| x == self).expect("listed") as u8);
            }

            fn unpack(r: &mut Reader<'_>) -> Option<Self> {
                $t::ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    )*};
}

variants!(Status, Role, Precision, EventKind);
record!(Party { code, name, short });
record!(Theme { code, label });
record!(PartyRole { party, role });
record!(SubPoint { label, text });
record!(Version { source, wording });
record!(Dispute { note, versions });
record!(Revision {
    before,
    after,
    note,
    sources
});
record!(Point {
    number,
    title,
    summary,
    subpoints,
    themes,
    parties,
    status,
    sources,
    dispute,
    revision,
});
record!(Event {
    id,
    date,
    precision,
    kind,
    title,
    summary,
    parties,
    points,
    status,
    sources,
    dispute,
    milestone,
});
record!(Document {
    id,
    title,
    summary,
    provisions,
    parties,
    points,
    status,
    sources
});
record!(Dataset {
    parties,
    themes,
    sources,
    points,
    events,
    documents
});

impl Pack for Source {
    fn pack(&self, out: &mut Vec<u8>) {
        self.id.pack(out);
        self.outlet.pack(out);
        self.title.pack(out);
        self.date.pack(out);
        self.url.pack(out);
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(Source {
            id: Pack::unpack(r)?,
            outlet: Pack::unpack(r)?,
            title: Pack::unpack(r)?,
            date: Pack::unpack(r)?,
            url: Pack::unpack(r)?,
            note: None,
        })
    }
}

const FILES: [&str; 6] = [
    PARTIES_FILE,
    THEMES_FILE,
    SOURCES_FILE,
    POINTS_FILE,
    EVENTS_FILE,
    DOCUMENTS_FILE,
];

impl Pack for DataError {
    fn pack(&self, out: &mut Vec<u8>) {
        let file = FILES.iter().position(|f| *f == self.file).unwrap_or(0) as u32;
        file.pack(out);
        self.record.pack(out);
        self.field.pack(out);
        self.message.pack(out);
    }

    fn unpack(r: &mut Reader<'_>) -> Option<Self> {
        Some(DataError {
            file: FILES.get(u32::unpack(r)? as usize)?,
            record: Pack::unpack(r)?,
            field: Pack::unpack(r)?,
            message: Pack::unpack(r)?,
        })
    }
}

/// Packs a load result (build time).
pub fn pack(loaded: &Packed) -> Vec<u8> {
    let mut out = Vec::new();
    match loaded {
        Ok(dataset) => {
            out.push(0);
            dataset.pack(&mut out);
        }
        Err(errors) => {
            out.push(1);
            errors.pack(&mut out);
        }
    }
    out
}

/// Unpacks what `pack` wrote (run time). Bytes that do not read back whole are an error the
/// page can show, never a panic.
pub fn unpack(bytes: &[u8]) -> Packed {
    let mut r = Reader::new(bytes);
    let read = match r.byte() {
        Some(0) => Dataset::unpack(&mut r).map(Ok),
        Some(1) => Vec::<DataError>::unpack(&mut r).map(Err),
        _ => None,
    };
    match read {
        Some(result) if r.is_empty() => result,
        _ => Err(vec![DataError {
            file: "dataset.bin",
            record: String::new(),
            field: String::new(),
            message: "the bundled data could not be read; rebuild the app".into(),
        }]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn notes_dropped(mut d: Dataset) -> Dataset {
        d.sources.iter_mut().for_each(|s| s.note = None);
        d
    }

    #[test]
    fn the_shipped_dataset_survives_a_round_trip() {
        let loaded = data::load_shipped();
        let expected = loaded.clone().map(notes_dropped);
        assert_eq!(unpack(&pack(&loaded)), expected);
    }

    #[test]
    fn errors_survive_a_round_trip() {
        let errors = vec![DataError {
            file: EVENTS_FILE,
            record: "event \"x\"".into(),
            field: "sources[0]".into(),
            message: "unknown source \"y\"".into(),
        }];
        assert_eq!(unpack(&pack(&Err(errors.clone()))), Err(errors));
    }

    #[test]
    fn numbers_use_varints() {
        for n in [0, 1, 127, 128, 300, 16_383, 16_384, u32::MAX] {
            let mut out = Vec::new();
            n.pack(&mut out);
            assert_eq!(u32::unpack(&mut Reader::new(&out)), Some(n));
        }
        let mut out = Vec::new();
        127u32.pack(&mut out);
        assert_eq!(out, [127]);
    }

    #[test]
    fn damaged_bytes_are_an_error_not_a_panic() {
        let good = pack(&data::load_shipped());
        for cut in [0, 1, 2, 10, good.len() / 2, good.len() - 1] {
            let result = unpack(&good[..cut]);
            assert!(
                matches!(&result, Err(e) if e[0].file == "dataset.bin"),
                "cut at {cut}"
            );
        }
        let mut extra = good.clone();
        extra.push(0);
        assert!(unpack(&extra).is_err());
        // Every single-byte corruption either reads as something or fails cleanly.
        for i in (0..good.len()).step_by(97) {
            let mut bad = good.clone();
            bad[i] ^= 0xff;
            let _ = unpack(&bad);
        }
        assert!(unpack(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f]).is_err());
    }
}
