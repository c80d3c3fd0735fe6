//! Views: pure functions of state to widgets.
