//! A JSON tree written back as text, for a content file the editor saves: two spaces to a
//! level, a short list or a flat object kept on one line, everything else one value to a line.
//! The same tree always gives the same text, so a file saved twice is the same file.

use crate::json::Json;

/// The widest a line kept on one line may be, indentation included.
const LINE_WIDTH: usize = 100;

/// `json` as text, ending in a new line.
pub fn to_text(json: &Json) -> String {
    let mut out = String::new();
    write_value(&mut out, json, 0, 0);
    out.push('\n');
    out
}

/// Writes `json` whose line is indented by `indent` and which starts at `column` of it.
fn write_value(out: &mut String, json: &Json, indent: usize, column: usize) {
    let fits = |line: &String| column + line.chars().count() < LINE_WIDTH;
    if let Some(line) = one_line(json).filter(fits) {
        out.push_str(&line);
        return;
    }
    match json {
        Json::Array(items) => {
            out.push('[');
            for (at, item) in items.iter().enumerate() {
                out.push_str(if at == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 2);
                write_value(out, item, indent + 2, indent + 2);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (at, (key, value)) in fields.iter().enumerate() {
                out.push_str(if at == 0 { "\n" } else { ",\n" });
                push_indent(out, indent + 2);
                write_string(out, key);
                out.push_str(": ");
                // The key is on this line, so the value has that much less room.
                let column = indent + 2 + key.chars().count() + 4;
                write_value(out, value, indent + 2, column);
            }
            out.push('\n');
            push_indent(out, indent);
            out.push('}');
        }
        scalar => write_scalar(out, scalar),
    }
}

/// The value on one line, when it is simple enough to read there: a scalar, a list of scalars,
/// or an object whose values are scalars or lists of scalars. An empty list or object too.
fn one_line(json: &Json) -> Option<String> {
    let mut out = String::new();
    match json {
        Json::Array(items) => {
            if items.iter().any(|item| !is_scalar(item)) {
                return None;
            }
            out.push('[');
            for (at, item) in items.iter().enumerate() {
                if at > 0 {
                    out.push_str(", ");
                }
                write_scalar(&mut out, item);
            }
            out.push(']');
        }
        Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
        Json::Object(fields) => {
            out.push_str("{ ");
            for (at, (key, value)) in fields.iter().enumerate() {
                if at > 0 {
                    out.push_str(", ");
                }
                write_string(&mut out, key);
                out.push_str(": ");
                match value {
                    Json::Array(_) => out.push_str(&one_line(value)?),
                    Json::Object(_) => return None,
                    scalar => write_scalar(&mut out, scalar),
                }
            }
            out.push_str(" }");
        }
        scalar => write_scalar(&mut out, scalar),
    }
    Some(out)
}

fn is_scalar(json: &Json) -> bool {
    !matches!(json, Json::Array(_) | Json::Object(_))
}

fn write_scalar(out: &mut String, json: &Json) {
    match json {
        Json::Null => out.push_str("null"),
        Json::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Json::Number(Some(number)) => out.push_str(&number.to_string()),
        // The tree keeps only whole numbers from 0 up; any other number in a content file is
        // already wrong there, and the checks say so of the `null` it becomes.
        Json::Number(None) => out.push_str("null"),
        Json::String(text) => write_string(out, text),
        Json::Array(_) | Json::Object(_) => {}
    }
}

/// A string in quotes, escaped as JSON needs and no more: other characters are written as they are.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// `json` as text on one line, with no spaces: for storing a tree, not for a person to read.
pub fn to_compact_text(json: &Json) -> String {
    let mut out = String::new();
    write_compact(&mut out, json);
    out
}

fn write_compact(out: &mut String, json: &Json) {
    match json {
        Json::Array(items) => {
            out.push('[');
            for (at, item) in items.iter().enumerate() {
                if at > 0 {
                    out.push(',');
                }
                write_compact(out, item);
            }
            out.push(']');
        }
        Json::Object(fields) => {
            out.push('{');
            for (at, (key, value)) in fields.iter().enumerate() {
                if at > 0 {
                    out.push(',');
                }
                write_string(out, key);
                out.push(':');
                write_compact(out, value);
            }
            out.push('}');
        }
        scalar => write_scalar(out, scalar),
    }
}
