//! Import: web pages (any bytes, as sniffed and as HTML), newsboat
//! renderings and charsets never panic; see `fuzz_checks::check_import`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    standpoint::fuzz_checks::check_import(data);
});
