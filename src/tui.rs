//! The thin terminal shell: raw mode, events, restore.
