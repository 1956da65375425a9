//! The content built into the widget: `content.json`, checked and packed by `build.rs`.

use crate::checksum::unsealed;
use crate::content::{Content, ContentError};

/// `content.json` after the build checked every reference in it, packed with postcard and
/// sealed with a checksum.
pub const PACKED_CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.postcard"));

impl Content {
    /// The content built into the widget.
    pub fn embedded() -> Result<Self, ContentError> {
        Self::unpack(PACKED_CONTENT)
    }

    /// Decodes packed content; damaged bytes (any byte changed, added or lost) are an error,
    /// never a panic.
    pub fn unpack(bytes: &[u8]) -> Result<Self, ContentError> {
        let body = unsealed(bytes).ok_or(ContentError::Undecodable)?;
        postcard::from_bytes(body).map_err(|_| ContentError::Undecodable)
    }
}
