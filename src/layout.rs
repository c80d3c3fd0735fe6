//! The article laid out for a width: wrapped rows and the map from article offsets to (row, column).
