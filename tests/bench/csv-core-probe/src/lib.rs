//! The smallest WebAssembly that reads CSV cells with `csv-core` (feature
//! `core`), against the same module that only counts delimiters. The
//! difference is what `csv-core`'s reader adds to a page before any code
//! around it; scripts/csv-core-size.sh prints it.
#![no_std]

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}

/// Counts the cells of the `len` bytes at `ptr`, split by `delimiter`.
///
/// # Safety
/// `ptr` must point to `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn cells(ptr: *const u8, len: usize, delimiter: u8) -> usize {
    count(core::slice::from_raw_parts(ptr, len), delimiter)
}

#[cfg(feature = "core")]
fn count(mut data: &[u8], delimiter: u8) -> usize {
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut out = [0u8; 1024];
    let mut cells = 0;
    loop {
        let (result, read, _) = reader.read_field(data, &mut out);
        data = &data[read..];
        match result {
            csv_core::ReadFieldResult::End => return cells,
            csv_core::ReadFieldResult::InputEmpty if data.is_empty() => return cells,
            csv_core::ReadFieldResult::Field { .. } => cells += 1,
            _ => {}
        }
    }
}

#[cfg(not(feature = "core"))]
fn count(data: &[u8], delimiter: u8) -> usize {
    data.iter().filter(|&&b| b == delimiter).count() + 1
}
