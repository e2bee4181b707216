//! The packed part of a link: JSON text carried as `j=<base64url(JSON)>` or,
//! when shorter, `z=<base64url(raw deflate(JSON))>`.
//!
//! The deflate stream starts with a preset dictionary, the version's frozen
//! `vN_dictionary.txt` (as zlib's `inflateSetDictionary`): the member names
//! and default texts the payload repeats are back-references into it from
//! the first byte on, which saves about a fifth of a large link. It is done
//! with plain deflate: the writer compresses the dictionary, flushes to a
//! byte boundary and keeps only what follows; the reader puts the dictionary
//! in front as a stored block, inflates, and drops it again.
//!
//! Unpacking is bounded: the payload text is at most the link's length cap,
//! and inflating stops at [`MAX_UNPACKED`] bytes, so a small hostile link
//! cannot take much memory or time.

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use super::base64url::{self, Base64Error};
use super::error::ErrorKind;

/// The most bytes a payload may unpack to (256 KiB).
pub const MAX_UNPACKED: usize = 256 * 1024;

/// Deflate level: the strongest, payloads are small.
const LEVEL: i32 = 10;

/// Raw deflate of `data` with the preset `dictionary` (at most 32 KiB, the
/// deflate window), or `None` if the compressor failed.
pub fn deflate(data: &[u8], dictionary: &[u8]) -> Option<Vec<u8>> {
    let mut compressor = CompressorOxide::new(create_comp_flags_from_zip_params(LEVEL, -15, 0));
    let mut skipped = 0usize;
    let (status, read) = compress_to_output(&mut compressor, dictionary, TDEFLFlush::Sync, |out| {
        skipped += out.len();
        true
    });
    if status != TDEFLStatus::Okay || read != dictionary.len() {
        return None;
    }
    let mut packed = Vec::new();
    let (status, read) = compress_to_output(&mut compressor, data, TDEFLFlush::Finish, |out| {
        packed.extend_from_slice(out);
        true
    });
    (status == TDEFLStatus::Done && read == data.len()).then_some(packed)
}

/// Inflates what [`deflate`] wrote with the same `dictionary`, refusing
/// to write more than `limit` bytes.
pub fn inflate(packed: &[u8], dictionary: &[u8], limit: usize) -> Result<Vec<u8>, TINFLStatus> {
    // A stored, non-final block holding the dictionary (it fits one block: < 64 KiB).
    let len = u16::try_from(dictionary.len()).map_err(|_| TINFLStatus::Failed)?;
    let mut stream = Vec::with_capacity(5 + dictionary.len() + packed.len());
    stream.push(0);
    stream.extend_from_slice(&len.to_le_bytes());
    stream.extend_from_slice(&(!len).to_le_bytes());
    stream.extend_from_slice(dictionary);
    stream.extend_from_slice(packed);
    let mut out =
        decompress_to_vec_with_limit(&stream, dictionary.len() + limit).map_err(|e| e.status)?;
    out.drain(..dictionary.len());
    Ok(out)
}

/// The shorter of the two packings of `json`: `("j", text)` or `("z", text)`.
pub fn pack(json: &str, dictionary: &[u8]) -> (&'static str, String) {
    let plain = base64url::encode(json.as_bytes());
    let packed = deflate(json.as_bytes(), dictionary).map(|p| base64url::encode(&p));
    if let Some(packed) = packed.filter(|p| p.len() < plain.len()) {
        return ("z", packed);
    }
    {
        ("j", plain)
    }
}

/// The JSON text of a `j` (`deflated` false) or `z` (true) payload.
pub fn unpack(text: &str, deflated: bool, dictionary: &[u8]) -> Result<String, ErrorKind> {
    let bytes = base64url::decode(text).map_err(|e| match e {
        Base64Error::BadLength => ErrorKind::Truncated,
        Base64Error::BadCharacter => ErrorKind::Corrupt {
            detail: "a character that does not belong in the payload".into(),
        },
    })?;
    let bytes = if deflated {
        inflate(&bytes, dictionary, MAX_UNPACKED).map_err(|status| match status {
            TINFLStatus::HasMoreOutput => ErrorKind::TooLarge,
            TINFLStatus::FailedCannotMakeProgress => ErrorKind::Truncated,
            _ => ErrorKind::Corrupt {
                detail: "the compressed payload is invalid".into(),
            },
        })?
    } else {
        if bytes.len() > MAX_UNPACKED {
            return Err(ErrorKind::TooLarge);
        }
        bytes
    };
    String::from_utf8(bytes).map_err(|_| ErrorKind::Corrupt {
        detail: "the payload is not text".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &[u8] = b"{\"name\":\"Monthly status meeting\"}";

    #[test]
    fn picks_the_shorter_packing_and_reads_it_back() {
        let short = r#"{"a":1}"#;
        let (key, text) = pack(short, DICT);
        assert_eq!(key, "j");
        assert_eq!(unpack(&text, false, DICT).unwrap(), short);
        let long = r#"{"name":"Monthly status meeting"}"#.repeat(20);
        let (key, text) = pack(&long, DICT);
        assert_eq!(key, "z");
        assert_eq!(unpack(&text, true, DICT).unwrap(), long);
    }

    #[test]
    fn the_dictionary_is_used_and_needed() {
        let data = br#"{"name":"Monthly status meeting"}"#;
        let with = deflate(data, DICT).unwrap();
        let without = deflate(data, b"").unwrap();
        assert!(
            with.len() < without.len() / 2,
            "{} {}",
            with.len(),
            without.len()
        );
        assert_eq!(inflate(&with, DICT, 100).unwrap(), data);
        assert_eq!(inflate(&without, b"", 100).unwrap(), data);
        assert_ne!(
            inflate(&with, b"{\"other\":\"dictionary, same length..\"}", 100)
                .ok()
                .as_deref(),
            Some(&data[..])
        );
    }

    #[test]
    fn a_small_bomb_is_refused() {
        let bomb = deflate(&vec![b' '; MAX_UNPACKED + 1], DICT).unwrap();
        let text = base64url::encode(&bomb);
        assert!(text.len() < 2000, "{}", text.len());
        assert_eq!(unpack(&text, true, DICT), Err(ErrorKind::TooLarge));
    }

    #[test]
    fn cut_payloads_are_truncated() {
        let (_, text) = pack(&"tierplan ".repeat(50), DICT);
        assert_eq!(
            unpack(&text[..text.len() / 2], true, DICT),
            Err(ErrorKind::Truncated)
        );
    }
}
