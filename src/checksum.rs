//! FNV-1a, 32 bits: the checksum that catches a changed byte in a share code or in the content
//! packed into the widget.

/// Where a fresh FNV-1a 32 hash starts.
pub const FNV_OFFSET: u32 = 0x811c_9dc5;

/// FNV-1a 32, continued from `hash`.
pub fn fnv1a(hash: u32, bytes: &[u8]) -> u32 {
    bytes.iter().fold(hash, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// The bytes with their checksum after them, big-endian.
pub fn sealed(mut bytes: Vec<u8>) -> Vec<u8> {
    let checksum = fnv1a(FNV_OFFSET, &bytes);
    bytes.extend(checksum.to_be_bytes());
    bytes
}

/// The bytes before the checksum, when it matches them.
pub fn unsealed(bytes: &[u8]) -> Option<&[u8]> {
    let (body, checksum) = bytes.split_at_checked(bytes.len().checked_sub(4)?)?;
    (fnv1a(FNV_OFFSET, body).to_be_bytes() == checksum).then_some(body)
}
