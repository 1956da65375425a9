//! JSON as the widget reads it: a tree of values, which the browser's own `JSON.parse` builds in
//! the widget and serde_json on the host, turned into the stored data's serde types here and
//! into the content's types by `read.rs`. Every problem names its place as a JSON path
//! (`$.questions[3].options[0].label`), and no message ever formats a number with a fraction,
//! which would pull float formatting into the wasm. A struct accepts only its own fields, and a
//! field it marks `#[serde(default)]` may be left out.

use std::cell::Cell;
use std::fmt::{self, Display};

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Error as _, Expected, Unexpected, Visitor,
};

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

/// Nesting deeper than this is refused, so hostile input cannot exhaust the stack; the content
/// and the stored data nest five deep at most.
pub const MAX_DEPTH: u32 = 16;

impl Json {
    /// The field named `key` of an object (the last, if written twice, as `JSON.parse` keeps).
    pub fn get(&self, key: &str) -> Option<&Self> {
        match self {
            Self::Object(fields) => fields
                .iter()
                .rev()
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

    /// The value a whole number from 0 up has in JSON, `None` for any other.
    pub fn whole_number(number: f64) -> Option<u64> {
        // 2^53: above it, not every whole number can be told apart from its neighbours.
        (number >= 0.0 && number.fract() == 0.0 && number <= 9_007_199_254_740_992.0)
            .then_some(number as u64)
    }

    /// What kind of value this is, in words, for a message.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Bool(_) => "true or false",
            Self::Number(Some(_)) => "a number",
            Self::Number(None) => "a number that is not a whole number from 0 up",
            Self::String(_) => "text",
            Self::Array(_) => "a list",
            Self::Object(_) => "an object",
        }
    }
}

/// Something wrong in a JSON file, and where: a JSON path, or a line and column when the text
/// is not JSON at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Appends `key` to a JSON path: `.key`, or `["key"]` when it is not a plain name.
pub fn push_key(path: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if plain {
        path.push('.');
        path.push_str(key);
    } else {
        path.push_str("[\"");
        path.push_str(&key.replace('\\', "\\\\").replace('"', "\\\""));
        path.push_str("\"]");
    }
}

/// Reads `json` as a `T`; the first problem, with its path, when it does not fit.
pub fn from_json<T: DeserializeOwned>(json: &Json) -> Result<T, Problem> {
    T::deserialize(At {
        json,
        path: &Path::Root,
    })
    .map_err(|error| Problem {
        path: error.0.path.unwrap_or_else(|| "$".to_owned()),
        message: error.0.message,
    })
}

/// Where a value sits, as a chain back to the root; rendered only when something is wrong.
pub(crate) enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    pub(crate) fn render(&self) -> String {
        match self {
            Self::Root => "$".to_owned(),
            Self::Key(parent, key) => {
                let mut path = parent.render();
                push_key(&mut path, key);
                path
            }
            Self::Index(parent, index) => {
                let mut path = parent.render();
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
                path
            }
        }
    }
}

/// Why a value does not fit; the path is set by the deepest value that saw it fail.
#[derive(Debug)]
pub struct Error(Box<Failure>);

#[derive(Debug)]
struct Failure {
    path: Option<String>,
    message: String,
    /// Set by serde when a struct's field was not given: see `Members`.
    short: bool,
}

impl Error {
    // Out of line: every value's every failure passes here, and the path is rendered only
    // when something is wrong.
    #[cold]
    #[inline(never)]
    fn at(mut self, path: &Path) -> Self {
        if self.0.path.is_none() {
            self.0.path = Some(path.render());
        }
        self
    }

    /// A struct's own failure to find a field, which serde reports as a sequence too short.
    #[cold]
    #[inline(never)]
    fn missing(self, field: &str) -> Self {
        if self.0.short && self.0.path.is_none() {
            Self::custom(format_args!("`{field}` is missing"))
        } else {
            self
        }
    }

    #[cold]
    #[inline(never)]
    fn expected(what: &str, found: &Json) -> Self {
        de::Error::custom(format_args!("expected {what}, found {}", found.kind()))
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Error {}

/// Serde's own messages describe the value found with its `Display`, which formats floats;
/// these name only its kind.
impl de::Error for Error {
    #[cold]
    fn custom<T: Display>(message: T) -> Self {
        Self(Box::new(Failure {
            path: None,
            message: message.to_string(),
            short: false,
        }))
    }

    fn invalid_type(found: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!("expected {expected}, found {}", kind(&found)))
    }

    fn invalid_value(found: Unexpected, expected: &dyn Expected) -> Self {
        Self::custom(format_args!("expected {expected}, found {}", kind(&found)))
    }

    fn invalid_length(length: usize, expected: &dyn Expected) -> Self {
        let mut error = Self::custom(format_args!("expected {expected}, found {length} items"));
        error.0.short = true;
        error
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::custom(format_args!(
            "`{variant}` is not one of: {}",
            expected.join(", ")
        ))
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        Self::custom(format_args!(
            "`{field}` is not a field here (the fields are: {})",
            expected.join(", ")
        ))
    }

    fn missing_field(field: &'static str) -> Self {
        Self::custom(format_args!("`{field}` is missing"))
    }

    fn duplicate_field(field: &'static str) -> Self {
        Self::custom(format_args!("`{field}` is given twice"))
    }
}

fn kind(found: &Unexpected) -> &'static str {
    match found {
        Unexpected::Bool(_) => "true or false",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "text",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "a list",
        Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

/// A value and its place: what serde reads the domain's types from.
struct At<'j, 'p> {
    json: &'j Json,
    path: &'p Path<'p>,
}

impl At<'_, '_> {
    fn whole<'de, V: Visitor<'de>>(self, max: u64, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Number(Some(number)) if *number <= max => visitor.visit_u64(*number),
            other => Err(Error::custom(format_args!(
                "expected a whole number from 0 to {max}, found {}",
                other.kind()
            ))),
        }
    }
}

impl<'de> de::Deserializer<'de> for At<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Null => visitor.visit_unit(),
            Json::Bool(flag) => visitor.visit_bool(*flag),
            Json::Number(Some(number)) => visitor.visit_u64(*number),
            Json::Number(None) => Err(Error::custom(format_args!(
                "expected {}, found {}",
                &visitor as &dyn Expected,
                self.json.kind()
            ))),
            Json::String(text) => visitor.visit_str(text),
            Json::Array(items) => visitor.visit_seq(Items {
                items,
                next: 0,
                path: self.path,
            }),
            Json::Object(fields) => visitor.visit_map(Fields {
                fields,
                next: 0,
                path: self.path,
            }),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Bool(flag) => visitor.visit_bool(*flag),
            other => Err(Error::expected("true or false", other)),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole(u8::MAX.into(), visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole(u16::MAX.into(), visitor)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole(u32::MAX.into(), visitor)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.whole(u64::MAX, visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::String(text) => visitor.visit_str(text),
            other => Err(Error::expected("text", other)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Null => visitor.visit_none(),
            _ => visitor.visit_some(At { ..self }),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Null => visitor.visit_unit(),
            other => Err(Error::expected("null", other)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Array(items) => visitor.visit_seq(Items {
                items,
                next: 0,
                path: self.path,
            }),
            other => Err(Error::expected("a list", other)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.json {
            Json::Object(fields) => visitor.visit_map(Fields {
                fields,
                next: 0,
                path: self.path,
            }),
            other => Err(Error::expected("an object", other)),
        }
    }

    /// A struct is read as the sequence of its fields in the order declared, looked up by name:
    /// serde's code for a sequence is a fraction of the size of its code for a map, which matches
    /// every key against every field. Every field written must be one of the struct's.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let Json::Object(written) = self.json else {
            return Err(Error::expected("an object", self.json));
        };
        if let Some((key, _)) = written.iter().find(|(key, _)| !fields.contains(&&**key)) {
            return Err(Error::unknown_field(key, fields).at(&Path::Key(self.path, key)));
        }
        let absent = Cell::new("");
        visitor
            .visit_seq(Members {
                written,
                fields,
                next: 0,
                absent: &absent,
                path: self.path,
            })
            .map_err(|error| error.missing(absent.get()))
    }

    /// A variant is written as its name (`"single"`), or as an object whose one field is the
    /// variant and holds its value (`{"leave_out": "…"}`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.json {
            Json::String(name) => visitor.visit_enum(Variant {
                name,
                value: None,
                path: self.path,
            }),
            Json::Object(fields) if fields.len() == 1 => visitor.visit_enum(Variant {
                name: &fields[0].0,
                value: Some(&fields[0].1),
                path: self.path,
            }),
            other => Err(Error::expected(
                "a name, or an object with exactly one field",
                other,
            )),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u128 f32 f64 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

/// The items of a list, each at its index.
struct Items<'j, 'p> {
    items: &'j [Json],
    next: usize,
    path: &'p Path<'p>,
}

impl<'de> de::SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.get(self.next) else {
            return Ok(None);
        };
        let path = Path::Index(self.path, self.next);
        self.next += 1;
        seed.deserialize(At {
            json: item,
            path: &path,
        })
        .map(Some)
        .map_err(|error| error.at(&path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.next)
    }
}

/// A struct's fields, in the order the struct declares them, each read from the object's key of
/// that name (the last, if written twice, as `JSON.parse` keeps).
struct Members<'j, 'p, 'a> {
    written: &'j [(String, Json)],
    fields: &'static [&'static str],
    next: usize,
    /// The last field not written: serde then gives its default, or fails as if the sequence were
    /// short, which `Error::missing` turns into a message naming the field.
    absent: &'a Cell<&'static str>,
    path: &'p Path<'p>,
}

impl<'de> de::SeqAccess<'de> for Members<'_, '_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(&field) = self.fields.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        let Some((key, value)) = self.written.iter().rev().find(|(key, _)| key == field) else {
            self.absent.set(field);
            return Ok(None);
        };
        let path = Path::Key(self.path, key);
        seed.deserialize(At {
            json: value,
            path: &path,
        })
        .map(Some)
        .map_err(|error| error.at(&path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len() - self.next)
    }
}

/// The fields of an object, each at its key.
struct Fields<'j, 'p> {
    fields: &'j [(String, Json)],
    next: usize,
    path: &'p Path<'p>,
}

impl<'de> de::MapAccess<'de> for Fields<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, _)) = self.fields.get(self.next) else {
            return Ok(None);
        };
        let path = Path::Key(self.path, key);
        seed.deserialize(Name { name: key })
            .map(Some)
            .map_err(|error| error.at(&path))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = &self.fields[self.next];
        self.next += 1;
        let path = Path::Key(self.path, key);
        seed.deserialize(At {
            json: value,
            path: &path,
        })
        .map_err(|error| error.at(&path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.fields.len() - self.next)
    }
}

/// A key or a variant's name, which is always text.
struct Name<'n> {
    name: &'n str,
}

impl<'de> de::Deserializer<'de> for Name<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.name)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

/// One variant of an enum: its name, and the value it holds if any.
struct Variant<'j, 'p> {
    name: &'j str,
    value: Option<&'j Json>,
    path: &'p Path<'p>,
}

impl<'de, 'j, 'p> de::EnumAccess<'de> for Variant<'j, 'p> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        // A variant written as an object is named by its key; one written as text, by its field.
        let keyed = Path::Key(self.path, self.name);
        let path = if self.value.is_some() {
            &keyed
        } else {
            self.path
        };
        let name = seed
            .deserialize(Name { name: self.name })
            .map_err(|error| error.at(path))?;
        Ok((name, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.value {
            None | Some(Json::Null) => Ok(()),
            Some(_) => Err(Error::custom(format_args!(
                "`{}` takes no value: write it as \"{}\"",
                self.name, self.name
            ))
            .at(&Path::Key(self.path, self.name))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        let path = Path::Key(self.path, self.name);
        match self.value {
            Some(value) => seed.deserialize(At {
                json: value,
                path: &path,
            }),
            None => Err(Error::custom(format_args!(
                "`{}` needs a value: write it as {{\"{}\": …}}",
                self.name, self.name
            ))
            .at(self.path)),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        let path = Path::Key(self.path, self.name);
        de::Deserializer::deserialize_seq(
            At {
                json: self.value.unwrap_or(&Json::Null),
                path: &path,
            },
            visitor,
        )
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let path = Path::Key(self.path, self.name);
        de::Deserializer::deserialize_struct(
            At {
                json: self.value.unwrap_or(&Json::Null),
                path: &path,
            },
            "",
            fields,
            visitor,
        )
    }
}

/// Builds the tree from any self-describing format: serde_json on the host.
impl<'de> serde::Deserialize<'de> for Json {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct JsonVisitor;

        impl<'de> Visitor<'de> for JsonVisitor {
            type Value = Json;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }

            fn visit_unit<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }

            fn visit_none<E>(self) -> Result<Json, E> {
                Ok(Json::Null)
            }

            fn visit_some<D: de::Deserializer<'de>>(self, inner: D) -> Result<Json, D::Error> {
                serde::Deserialize::deserialize(inner)
            }

            fn visit_bool<E>(self, flag: bool) -> Result<Json, E> {
                Ok(Json::Bool(flag))
            }

            fn visit_u64<E>(self, number: u64) -> Result<Json, E> {
                Ok(Json::Number(Some(number)))
            }

            fn visit_i64<E>(self, number: i64) -> Result<Json, E> {
                Ok(Json::Number(u64::try_from(number).ok()))
            }

            fn visit_f64<E>(self, number: f64) -> Result<Json, E> {
                Ok(Json::Number(Json::whole_number(number)))
            }

            fn visit_str<E>(self, text: &str) -> Result<Json, E> {
                Ok(Json::String(text.to_owned()))
            }

            fn visit_string<E>(self, text: String) -> Result<Json, E> {
                Ok(Json::String(text))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Json::Array(items))
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
                let mut fields = Vec::new();
                while let Some(field) = map.next_entry()? {
                    fields.push(field);
                }
                Ok(Json::Object(fields))
            }
        }

        deserializer.deserialize_any(JsonVisitor)
    }
}

/// The tree for a value `JSON.parse` gave, handed over flat, which crosses from the browser
/// into the wasm in three calls rather than several for every value: the loader walks the value
/// and writes `shape`, one code per value (0 null, 1 false, 2 true, 3 a number, the next of
/// `numbers`; 4 text, followed by its length; 5 a list, followed by its length, then its items;
/// 6 an object, followed by its number of fields, then each field's key length and value), and
/// `text`, every key and text one after another. Lengths count UTF-16 units, as JavaScript
/// does. `None` when the shape does not describe one value or nests deeper than [`MAX_DEPTH`].
pub fn from_flat(shape: &[u32], numbers: &[f64], text: &str) -> Option<Json> {
    let mut reader = Flat {
        shape: shape.iter(),
        numbers: numbers.iter(),
        text,
    };
    let json = reader.value(0)?;
    (reader.shape.next().is_none() && reader.numbers.next().is_none() && reader.text.is_empty())
        .then_some(json)
}

struct Flat<'f> {
    shape: std::slice::Iter<'f, u32>,
    numbers: std::slice::Iter<'f, f64>,
    text: &'f str,
}

impl Flat<'_> {
    fn value(&mut self, depth: u32) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.shape.next()? {
            0 => Json::Null,
            1 => Json::Bool(false),
            2 => Json::Bool(true),
            3 => Json::Number(Json::whole_number(*self.numbers.next()?)),
            4 => Json::String(self.string()?),
            5 => {
                let count = *self.shape.next()?;
                let items = (0..count).map(|_| self.value(depth + 1));
                Json::Array(items.collect::<Option<_>>()?)
            }
            6 => {
                let count = *self.shape.next()?;
                let fields = (0..count).map(|_| Some((self.string()?, self.value(depth + 1)?)));
                Json::Object(fields.collect::<Option<_>>()?)
            }
            _ => return None,
        })
    }

    /// The next text: as many characters as make up the length, in UTF-16 units, that comes next.
    fn string(&mut self) -> Option<String> {
        let mut units = *self.shape.next()? as usize;
        let mut end = 0;
        for character in self.text.chars() {
            if units == 0 {
                break;
            }
            units = units.checked_sub(character.len_utf16())?;
            end += character.len_utf8();
        }
        if units != 0 {
            return None;
        }
        let (string, rest) = self.text.split_at(end);
        self.text = rest;
        Some(string.to_owned())
    }
}

/// Parses JSON text on the host; text that is not JSON is a problem at its line and column.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Json, Problem> {
    serde_json::from_str(text).map_err(|error| {
        let place = format!("line {}, column {}", error.line(), error.column());
        let message = error.to_string();
        let suffix = format!(" at line {} column {}", error.line(), error.column());
        let message = message.strip_suffix(&suffix).unwrap_or(&message);
        Problem::new(place, format!("not valid JSON: {message}"))
    })
}
