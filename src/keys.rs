//! Key bindings: one table that feeds the help overlay, the status bar and the README.
