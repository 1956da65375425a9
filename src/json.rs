//! Just enough JSON for what the widget stores, in far less wasm than a general JSON library.

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number from 0 up, or `None` for any other number (negative, fraction, too big).
    Number(Option<u64>),
    String(String),
    Array(Vec<Json>),
    /// Fields in the order written.
    Object(Vec<(String, Json)>),
}

/// Nesting deeper than this is refused, so hostile input cannot exhaust the stack.
const MAX_DEPTH: u32 = 16;

impl Json {
    /// The value the whole text holds, or `None` if it is not JSON; never panics.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parser = Parser {
            text,
            bytes: text.as_bytes(),
            at: 0,
        };
        let value = parser.value(0)?;
        parser.skip_whitespace();
        (parser.at == parser.bytes.len()).then_some(value)
    }

    /// The field named `key` of an object (the first, if written twice).
    pub fn get(&self, key: &str) -> Option<&Self> {
        match self {
            Self::Object(fields) => fields
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(text) => Some(text),
            _ => None,
        }
    }
}

/// Appends `text` as a JSON string: quoted, with quotes, backslashes and control characters escaped.
pub fn push_string(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            control if control < ' ' => {
                out.push_str("\\u00");
                out.push(char::from(HEX[control as usize >> 4]));
                out.push(char::from(HEX[control as usize & 15]));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

struct Parser<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips whitespace, then `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn value(&mut self, depth: u32) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_whitespace();
        match self.peek()? {
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                if !self.eat(b'}') {
                    loop {
                        self.skip_whitespace();
                        let key = self.string()?;
                        if !self.eat(b':') {
                            return None;
                        }
                        fields.push((key, self.value(depth + 1)?));
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Object(fields))
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Some(Json::Array(items))
            }
            b'"' => self.string().map(Json::String),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'n' => self.word("null", Json::Null),
            _ => self.number(),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Option<Json> {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found.then_some(value)
    }

    /// Numbers are only ever compared with small whole numbers (the schema version, a question
    /// index), so any other number is kept as `None` rather than parsed as a float.
    fn number(&mut self) -> Option<Json> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let integer_start = self.at;
        self.skip_digits();
        let integer = &self.bytes[integer_start..self.at];
        if integer.is_empty() || (integer.len() > 1 && integer[0] == b'0') {
            return None;
        }
        let mut whole = start == integer_start;
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if !self.skip_digits() {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !self.skip_digits() {
                return None;
            }
        }
        let value = integer.iter().try_fold(0u64, |value, &digit| {
            value.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
        });
        Some(Json::Number(value.filter(|_| whole)))
    }

    /// Whether there was at least one digit.
    fn skip_digits(&mut self) -> bool {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at > start
    }

    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.at += 1;
        let mut text = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= b' ')
            {
                self.at += 1;
            }
            // The run stops at an ASCII byte or the end, so it is whole UTF-8 characters.
            text.push_str(self.text.get(start..self.at)?);
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(text);
                }
                b'\\' => {
                    let escaped = *self.bytes.get(self.at + 1)?;
                    self.at += 2;
                    text.push(match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return None,
                    });
                }
                // A raw control character is not allowed in a JSON string.
                _ => return None,
            }
        }
    }

    /// The character after `\u`; a character outside the Basic Multilingual Plane comes as a
    /// surrogate pair, `\ud83d\ude00`.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first);
        }
        if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
            return None;
        }
        self.at += 2;
        let second = self.hex4()?;
        if !(0xDC00..0xE000).contains(&second) {
            return None;
        }
        char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        digits.iter().try_fold(0, |value, &digit| {
            Some(value * 16 + char::from(digit).to_digit(16)?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{push_string, Json};

    fn string(text: &str) -> Json {
        Json::String(text.to_owned())
    }

    #[test]
    fn reads_every_kind_of_value() {
        let parsed = Json::parse(
            r#" {"a": [1, -2, 3.5, 1e3, true, false, null], "b": {"c": "d"}, "e": [], "f": {}} "#,
        );
        let expected = Json::Object(vec![
            (
                "a".into(),
                Json::Array(vec![
                    Json::Number(Some(1)),
                    Json::Number(None),
                    Json::Number(None),
                    Json::Number(None),
                    Json::Bool(true),
                    Json::Bool(false),
                    Json::Null,
                ]),
            ),
            ("b".into(), Json::Object(vec![("c".into(), string("d"))])),
            ("e".into(), Json::Array(vec![])),
            ("f".into(), Json::Object(vec![])),
        ]);
        assert_eq!(parsed, Some(expected));
    }

    #[test]
    fn reads_whole_numbers_up_to_u64() {
        assert_eq!(Json::parse("0"), Some(Json::Number(Some(0))));
        assert_eq!(
            Json::parse("18446744073709551615"),
            Some(Json::Number(Some(u64::MAX)))
        );
        assert_eq!(
            Json::parse("18446744073709551616"),
            Some(Json::Number(None))
        );
        assert_eq!(Json::parse("2.0"), Some(Json::Number(None)));
    }

    #[test]
    fn reads_escapes() {
        assert_eq!(
            Json::parse(r#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00""#),
            Some(string("q\" b\\ s/ \u{8}\u{c}\n\r\t é 😀"))
        );
        assert_eq!(Json::parse("\"größe\""), Some(string("größe")));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":}",
            "{a:1}",
            "{\"a\":1,}",
            "tru",
            "nul",
            "01",
            "-",
            "1.",
            "1e",
            ".5",
            "+1",
            "\"open",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"a\nb\"",
            "1 2",
            "[] x",
        ] {
            assert_eq!(Json::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn refuses_nesting_deeper_than_the_stored_data_ever_goes() {
        assert!(Json::parse(&format!("{}{}", "[".repeat(17), "]".repeat(17))).is_some());
        assert_eq!(
            Json::parse(&format!("{}{}", "[".repeat(18), "]".repeat(18))),
            None
        );
        assert_eq!(Json::parse(&"[".repeat(100_000)), None);
    }

    #[test]
    fn finds_fields_by_name() {
        let object = Json::parse(r#"{"a": 1, "b": "x", "a": 2}"#).unwrap();
        assert_eq!(object.get("a"), Some(&Json::Number(Some(1))));
        assert_eq!(object.get("b").and_then(Json::as_str), Some("x"));
        assert_eq!(object.get("c"), None);
        assert_eq!(Json::Null.get("a"), None);
    }

    #[test]
    fn writes_strings_that_read_back() {
        let text = "q\" b\\ \n\u{1} é 😀 </script>";
        let mut written = String::new();
        push_string(&mut written, text);
        assert_eq!(written, "\"q\\\" b\\\\ \\u000a\\u0001 é 😀 </script>\"");
        assert_eq!(Json::parse(&written), Some(string(text)));
    }
}
