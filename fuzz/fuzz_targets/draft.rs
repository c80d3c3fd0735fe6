#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    standpoint::fuzz_checks::check_draft(data);
});
