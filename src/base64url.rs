//! Base64url without padding (RFC 4648 §5): bytes as text that is safe in a URL fragment.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The bytes as base64url text, without `=` padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |group, (at, &byte)| {
            group | u32::from(byte) << (16 - 8 * at)
        });
        // n bytes fill n + 1 characters; the rest of the group is padding we leave out.
        for at in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(group >> (18 - 6 * at) & 63) as usize]));
        }
    }
    text
}

/// The bytes the text stands for; `None` unless it is base64url exactly as [`encode`] writes it
/// (no padding, no other characters, unused trailing bits zero).
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut pending = 0u32;
    let mut pending_bits = 0;
    for character in text.bytes() {
        pending = pending << 6 | sextet(character)?;
        pending_bits += 6;
        if pending_bits >= 8 {
            pending_bits -= 8;
            bytes.push((pending >> pending_bits) as u8);
            pending &= (1 << pending_bits) - 1;
        }
    }
    // Six bits left over is a lone character, which no byte count encodes to.
    (pending_bits < 6 && pending == 0).then_some(bytes)
}

fn sextet(character: u8) -> Option<u32> {
    let value = match character {
        b'A'..=b'Z' => character - b'A',
        b'a'..=b'z' => character - b'a' + 26,
        b'0'..=b'9' => character - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn encodes_the_rfc_4648_vectors_without_padding() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
    }

    #[test]
    fn uses_the_url_safe_characters() {
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(decode("-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
    }

    #[test]
    fn round_trips_every_byte_at_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for length in 0..bytes.len() {
            let slice = &bytes[..length];
            assert_eq!(
                decode(&encode(slice)).as_deref(),
                Some(slice),
                "{length} bytes"
            );
        }
    }

    #[test]
    fn refuses_what_encode_never_writes() {
        assert_eq!(decode("Zm9v="), None, "padding");
        assert_eq!(decode("Zm+v"), None, "standard base64's +");
        assert_eq!(decode("Zm/v"), None, "standard base64's /");
        assert_eq!(decode("Zm9vY"), None, "a lone final character");
        assert_eq!(decode("Zh"), None, "non-zero unused bits");
        assert_eq!(decode("Zm é"), None, "other characters");
    }
}
