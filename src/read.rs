//! Reading a content file's JSON tree into the domain's types, written out rather than derived:
//! each type is a few calls here, where serde's derived code for the content's fifteen types
//! weighed more. Problems read as `json.rs` words them for stored data, each at its JSON path:
//! a struct accepts only its own fields, and a field marked as defaulted may be left out.

use std::cell::RefCell;

use crate::json::{Json, Path, Problem};

/// A value and its place in the file, and where problems go.
#[derive(Clone, Copy)]
pub struct At<'a> {
    pub json: &'a Json,
    path: &'a Path<'a>,
    problems: &'a RefCell<Vec<Problem>>,
}

/// What can be read from a JSON value. A value that does not fit reports its problem and reads
/// as the default, so reading goes on and finds every problem; what was read is then used only
/// when there were none. Reading never stops half-way through a struct, which keeps the code
/// small: there is no partly built value to drop.
pub trait FromJson: Default {
    fn read(at: At<'_>) -> Self;
}

/// Reads the whole of `json` as a `T`, or every problem found, each at its path.
pub fn read<T: FromJson>(json: &Json) -> Result<T, Vec<Problem>> {
    let problems = RefCell::new(Vec::new());
    let value = T::read(At {
        json,
        path: &Path::Root,
        problems: &problems,
    });
    let problems = problems.into_inner();
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(problems)
    }
}

impl<'a> At<'a> {
    fn child<'b>(self, json: &'b Json, path: &'b Path<'b>) -> At<'b>
    where
        'a: 'b,
    {
        At {
            json,
            path,
            problems: self.problems,
        }
    }

    // Out of line and cold: a problem is rare, and its path is rendered only then.
    #[cold]
    #[inline(never)]
    fn report(self, path: &Path, message: String) {
        self.problems
            .borrow_mut()
            .push(Problem::new(path.render(), message));
    }

    #[cold]
    #[inline(never)]
    fn expected(self, what: &str) {
        self.report(
            self.path,
            format!("expected {what}, found {}", self.json.kind()),
        );
    }

    /// The object's fields, to be read by name. Not an object, or one with a field not among
    /// `fields`, is reported, and its fields all read as their defaults.
    pub fn object(self, fields: &'static [&'static str]) -> Object<'a> {
        let Json::Object(written) = self.json else {
            self.expected("an object");
            return Object {
                at: self,
                fits: false,
            };
        };
        let mut fits = true;
        for (index, (key, _)) in written.iter().enumerate() {
            // Each unknown field once, however often it is written.
            if fields.contains(&key.as_str()) || written[..index].iter().any(|(k, _)| k == key) {
                continue;
            }
            fits = false;
            self.report(
                &Path::Key(self.path, key),
                format!(
                    "`{key}` is not a field here (the fields are: {})",
                    fields.join(", ")
                ),
            );
        }
        Object { at: self, fits }
    }

    /// Each field of an object, whatever its name, read in the order written.
    pub fn entries<T: FromJson>(self) -> Vec<(String, T)> {
        let Json::Object(written) = self.json else {
            self.expected("an object");
            return Vec::new();
        };
        let mut entries: Vec<(String, T)> = Vec::new();
        for (key, json) in written {
            let value = T::read(self.child(json, &Path::Key(self.path, key)));
            // A key written twice counts once, with its last value, as in `JSON.parse`.
            entries.retain(|(other, _)| other != key);
            entries.push((key.clone(), value));
        }
        entries
    }

    /// Which of `names` a variant without a value is: written as its name (`"single"`); the
    /// first when it is none of them.
    pub fn name(self, names: &'static [&'static str]) -> usize {
        match self.json {
            Json::String(name) => self.known(name, names, self.path).unwrap_or(0),
            Json::Object(fields) if fields.len() == 1 => {
                let (name, value) = &fields[0];
                let path = Path::Key(self.path, name);
                let index = self.known(name, names, &path);
                if index.is_some() && *value != Json::Null {
                    self.report(
                        &path,
                        format!("`{name}` takes no value: write it as \"{name}\""),
                    );
                }
                index.unwrap_or(0)
            }
            _ => {
                self.expected("a name, or an object with exactly one field");
                0
            }
        }
    }

    /// Reads a variant that holds a value, written as an object whose one field is the variant
    /// (`{"leave_out": "…"}`): `read` gets the variant's index among `names` and its value.
    pub fn variant<T: Default>(
        self,
        names: &'static [&'static str],
        read: impl FnOnce(usize, At<'_>) -> T,
    ) -> T {
        match self.json {
            Json::String(name) => {
                if self.known(name, names, self.path).is_some() {
                    self.report(
                        self.path,
                        format!("`{name}` needs a value: write it as {{\"{name}\": …}}"),
                    );
                }
                T::default()
            }
            Json::Object(fields) if fields.len() == 1 => {
                let (name, json) = &fields[0];
                let path = Path::Key(self.path, name);
                match self.known(name, names, &path) {
                    Some(index) => read(index, self.child(json, &path)),
                    None => T::default(),
                }
            }
            _ => {
                self.expected("a name, or an object with exactly one field");
                T::default()
            }
        }
    }

    fn known(self, name: &str, names: &[&str], path: &Path) -> Option<usize> {
        let index = names.iter().position(|known| *known == name);
        if index.is_none() {
            self.report(
                path,
                format!("`{name}` is not one of: {}", names.join(", ")),
            );
        }
        index
    }
}

/// An object's fields, each read by name (the last, if written twice, as `JSON.parse` keeps).
pub struct Object<'a> {
    at: At<'a>,
    /// Whether the value is an object with only known fields; when not, that has been reported
    /// and no field is looked for.
    fits: bool,
}

impl Object<'_> {
    fn find(&self, key: &str) -> Option<&Json> {
        match self.at.json {
            Json::Object(written) => written
                .iter()
                .rev()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// The field `key`, which must be written.
    pub fn field<T: FromJson>(&self, key: &'static str) -> T {
        if !self.fits {
            return T::default();
        }
        match self.find(key) {
            Some(json) => T::read(self.at.child(json, &Path::Key(self.at.path, key))),
            None => {
                self.at.report(self.at.path, format!("`{key}` is missing"));
                T::default()
            }
        }
    }

    /// The field `key`, or its default when it is left out.
    pub fn or_default<T: FromJson>(&self, key: &'static str) -> T {
        match self.find(key).filter(|_| self.fits) {
            Some(json) => T::read(self.at.child(json, &Path::Key(self.at.path, key))),
            None => T::default(),
        }
    }
}

/// Reads a struct from an object with exactly the fields listed, in the order the struct
/// declares them, so problems are found in that order. `default` marks a field that may be
/// left out.
macro_rules! from_object {
    ($type:ident { $($field:ident: $key:literal $($default:ident)?),* $(,)? }) => {
        impl $crate::read::FromJson for $type {
            fn read(at: $crate::read::At<'_>) -> Self {
                let object = at.object(&[$($key),*]);
                Self { $($field: from_object!(@get object, $key $($default)?),)* }
            }
        }
    };
    (@get $object:ident, $key:literal) => { $object.field($key) };
    (@get $object:ident, $key:literal default) => { $object.or_default($key) };
}
pub(crate) use from_object;

impl FromJson for String {
    fn read(at: At<'_>) -> Self {
        match at.json {
            Json::String(text) => text.clone(),
            _ => {
                at.expected("text");
                String::new()
            }
        }
    }
}

impl FromJson for u32 {
    fn read(at: At<'_>) -> Self {
        match at.json {
            Json::Number(Some(number)) if *number <= u64::from(u32::MAX) => *number as u32,
            _ => {
                at.expected("a whole number from 0 to 4294967295");
                0
            }
        }
    }
}

impl FromJson for bool {
    fn read(at: At<'_>) -> Self {
        match at.json {
            Json::Bool(flag) => *flag,
            _ => {
                at.expected("true or false");
                false
            }
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(at: At<'_>) -> Self {
        match at.json {
            Json::Null => None,
            _ => Some(T::read(at)),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(at: At<'_>) -> Self {
        let Json::Array(items) = at.json else {
            at.expected("a list");
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .map(|(index, json)| T::read(at.child(json, &Path::Index(at.path, index))))
            .collect()
    }
}
