//! The app state: a pure `update(state, action)`.
