//! Every colour the reader uses, in one place (a later configuration adds
//! themes here). Colours are chosen to read on dark and light backgrounds
//! alike: each has a contrast of at least 3:1 against both black and white
//! (tested below), which the basic ANSI colours do not (xterm's `blue` on
//! black is about 2.2:1). Party colours named in an annotation ("blue",
//! "light-red") map to the palette colour of their family; `#rrggbb` is used
//! as written.
//!
//! With `NO_COLOR` ([`Theme::mono`]) every colour stays `Color::Reset` and
//! only modifiers mark things (reverse, bold, underline).

use ratatui::style::{Color, Modifier, Style};

use crate::model::Stance;

/// xterm 256-colour indices (6x6x6 cube and grey ramp).
const BLUE: u8 = 33; // #0087ff
const RED: u8 = 160; // #d70000
const GREEN: u8 = 28; // #008700
const YELLOW: u8 = 136; // #af8700
const MAGENTA: u8 = 164; // #d700d7
const PURPLE: u8 = 98; // #875fd7
const ORANGE: u8 = 166; // #d75f00
const CYAN: u8 = 30; // #008787
const GREY: u8 = 244; // #808080

/// Colours, or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mono: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { mono: false };
    pub const MONO: Theme = Theme { mono: true };

    /// Monochrome when `NO_COLOR` is set to anything but the empty string.
    pub fn from_env() -> Theme {
        Theme {
            mono: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        }
    }

    pub fn fg(&self, c: Color) -> Style {
        if self.mono {
            Style::default()
        } else {
            Style::default().fg(c)
        }
    }

    /// The selected claim's quote: reverse video and bold, in any theme.
    pub fn selected_quote(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// Another claim's quote: its party colour, or underlined without colour.
    pub fn other_quote(&self, color: Option<&str>) -> Style {
        match color.and_then(party_color) {
            Some(c) if !self.mono => Style::default().fg(c),
            _ => Style::default().add_modifier(Modifier::UNDERLINED),
        }
    }

    pub fn search_match(&self, current: bool) -> Style {
        let base = if self.mono {
            Style::default().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC)
        } else {
            Style::default().bg(Color::Yellow).fg(Color::Black)
        };
        if current {
            base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            base
        }
    }

    pub fn badge(&self, s: Stance) -> Style {
        self.fg(stance_color(s)).add_modifier(Modifier::BOLD)
    }

    /// A conflict mark (`!`, "! conflict", the conflicts list).
    pub fn conflict(&self) -> Style {
        self.fg(Color::Indexed(RED)).add_modifier(Modifier::BOLD)
    }

    pub fn party(&self, color: Option<&str>) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        match color.and_then(party_color) {
            Some(c) if !self.mono => s.fg(c),
            _ => s,
        }
    }

    pub fn dim(&self) -> Style {
        if self.mono {
            Style::default()
        } else {
            Style::default().add_modifier(Modifier::DIM)
        }
    }

    pub fn bar(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED)
    }
}

/// The colour of a stance's badge.
pub fn stance_color(s: Stance) -> Color {
    Color::Indexed(match s {
        Stance::Favor => GREEN,
        Stance::Against => RED,
        Stance::Conditional => YELLOW,
        Stance::Neutral => GREY,
        Stance::Unclear => MAGENTA,
    })
}

/// A party colour as written in the annotation: a colour name (its family's
/// palette colour: "blue", "light-blue" and "dark_blue" are all the palette
/// blue), `#rrggbb` (as written), or anything else ratatui reads.
pub fn party_color(s: &str) -> Option<Color> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.starts_with('#') {
        return s.parse::<Color>().ok();
    }
    let family: String = s
        .to_ascii_lowercase()
        .replace(['-', '_', ' '], "")
        .replace("light", "")
        .replace("dark", "")
        .replace("bright", "");
    let palette = match family.as_str() {
        "blue" => Some(BLUE),
        "red" => Some(RED),
        "green" => Some(GREEN),
        "yellow" | "gold" => Some(YELLOW),
        "magenta" | "pink" => Some(MAGENTA),
        "purple" | "violet" => Some(PURPLE),
        "orange" => Some(ORANGE),
        "cyan" | "teal" => Some(CYAN),
        // Black or white would vanish on one background or the other.
        "gray" | "grey" | "white" | "black" => Some(GREY),
        _ => None,
    };
    match palette {
        Some(i) => Some(Color::Indexed(i)),
        None => s.parse::<Color>().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sRGB of an xterm 256-colour index (cube and grey ramp).
    fn rgb(i: u8) -> (u8, u8, u8) {
        const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
        match i {
            16..=231 => {
                let n = i - 16;
                (
                    LEVELS[usize::from(n / 36)],
                    LEVELS[usize::from(n / 6 % 6)],
                    LEVELS[usize::from(n % 6)],
                )
            }
            232..=255 => {
                let v = 8 + 10 * (i - 232);
                (v, v, v)
            }
            _ => panic!("not a palette colour: {i}"),
        }
    }

    /// WCAG relative luminance.
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    #[test]
    fn every_colour_reads_on_black_and_on_white() {
        let mut all: Vec<Color> = Stance::ALL.into_iter().map(stance_color).collect();
        for name in [
            "blue",
            "red",
            "green",
            "yellow",
            "magenta",
            "purple",
            "orange",
            "cyan",
            "grey",
            "white",
            "black",
            "light-blue",
            "LightRed",
            "dark_green",
        ] {
            all.push(party_color(name).unwrap_or(Color::Reset));
        }
        all.push(Theme::COLOR.conflict().fg.unwrap_or(Color::Reset));
        for c in all {
            let Color::Indexed(i) = c else {
                panic!("{c:?} is not from the palette");
            };
            let l = luminance(rgb(i));
            let on_black = (l + 0.05) / 0.05;
            let on_white = 1.05 / (l + 0.05);
            assert!(
                on_black >= 3.0 && on_white >= 3.0,
                "colour {i}: {on_black:.1}:1 on black, {on_white:.1}:1 on white"
            );
        }
        // The ANSI blue this replaces fails on black (xterm: #0000ee).
        assert!((luminance((0, 0, 0xee)) + 0.05) / 0.05 < 3.0);
    }

    #[test]
    fn party_colours_parse_names_and_hex() {
        assert_eq!(party_color("blue"), Some(Color::Indexed(BLUE)));
        assert_eq!(party_color(" light-blue "), Some(Color::Indexed(BLUE)));
        assert_eq!(party_color("#ff8000"), Some(Color::Rgb(255, 128, 0)));
        assert_eq!(party_color("33"), Some(Color::Indexed(33)));
        assert_eq!(party_color(""), None);
        assert_eq!(party_color("not a colour"), None);
        assert_eq!(party_color("#12"), None);
    }

    #[test]
    fn mono_theme_keeps_colours_reset() {
        let t = Theme::MONO;
        for st in [
            t.selected_quote(),
            t.other_quote(Some("blue")),
            t.search_match(true),
            t.badge(Stance::Against),
            t.party(Some("#ff0000")),
            t.conflict(),
        ] {
            assert_eq!(st.fg, None, "{st:?}");
            assert_eq!(st.bg, None, "{st:?}");
        }
        // Without colour, other quotes are still marked.
        assert!(t
            .other_quote(Some("blue"))
            .add_modifier
            .contains(Modifier::UNDERLINED));
    }
}
