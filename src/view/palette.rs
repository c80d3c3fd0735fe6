//! Every colour the reader uses, in one place, in two themes: one for dark
//! backgrounds and one for light ones (chosen by the configuration, or from
//! the terminal's background: [`crate::config`]). Each colour of a theme
//! has a contrast of at least 4.5:1 (WCAG AA for text) against its own
//! background and at least 3:1 against the other, so a wrong guess still
//! reads (tested below); the basic ANSI colours do not (xterm's `blue` on
//! black is about 2.2:1). Party colours named in an annotation ("blue",
//! "light-red") map to the theme's colour of their family; `#rrggbb` is
//! used as written.
//!
//! With `NO_COLOR` ([`Theme::mono`]) every colour stays `Color::Reset` and
//! only modifiers mark things (reverse, bold, underline).

use ratatui::style::{Color, Modifier, Style};

use crate::model::Stance;

/// A theme's colours: xterm 256-colour indices (6x6x6 cube and grey ramp).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub blue: u8,
    pub red: u8,
    pub green: u8,
    pub yellow: u8,
    pub magenta: u8,
    pub purple: u8,
    pub orange: u8,
    pub cyan: u8,
    pub grey: u8,
}

/// For dark backgrounds: lighter colours.
pub const DARK: Palette = Palette {
    blue: 69,     // #5f87ff
    red: 196,     // #ff0000
    green: 64,    // #5f8700
    yellow: 136,  // #af8700
    magenta: 170, // #d75fd7
    purple: 104,  // #8787d7
    orange: 166,  // #d75f00
    cyan: 30,     // #008787
    grey: 245,    // #8a8a8a
};

/// For light backgrounds: darker colours.
pub const LIGHT: Palette = Palette {
    blue: 26,     // #005fd7
    red: 160,     // #d70000
    green: 28,    // #008700
    yellow: 94,   // #875f00
    magenta: 127, // #af00af
    purple: 98,   // #875fd7
    orange: 130,  // #af5f00
    cyan: 29,     // #00875f
    grey: 242,    // #6c6c6c
};

impl Palette {
    /// Every colour, for the contrast test.
    pub fn all(&self) -> [u8; 9] {
        [
            self.blue,
            self.red,
            self.green,
            self.yellow,
            self.magenta,
            self.purple,
            self.orange,
            self.cyan,
            self.grey,
        ]
    }
}

/// Colours (for a dark or a light background), or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub mono: bool,
    /// The light background's colours (else the dark one's).
    pub light: bool,
}

impl Theme {
    /// Colours for a dark background.
    pub const COLOR: Theme = Theme {
        mono: false,
        light: false,
    };
    pub const DARK: Theme = Theme::COLOR;
    /// Colours for a light background.
    pub const LIGHT: Theme = Theme {
        mono: false,
        light: true,
    };
    pub const MONO: Theme = Theme {
        mono: true,
        light: false,
    };

    /// Monochrome when `NO_COLOR` is set to anything but the empty string.
    pub fn from_env() -> Theme {
        Theme {
            mono: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            light: false,
        }
    }

    /// The theme's colours.
    pub fn palette(&self) -> &'static Palette {
        if self.light {
            &LIGHT
        } else {
            &DARK
        }
    }

    /// A party colour as written in the annotation, in this theme.
    pub fn party_color(&self, s: &str) -> Option<Color> {
        color_in(self.palette(), s)
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
        match color.and_then(|c| self.party_color(c)) {
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
        self.fg(stance_in(self.palette(), s))
            .add_modifier(Modifier::BOLD)
    }

    /// A conflict mark (`!`, "! conflict", the conflicts list).
    pub fn conflict(&self) -> Style {
        self.fg(Color::Indexed(self.palette().red))
            .add_modifier(Modifier::BOLD)
    }

    pub fn party(&self, color: Option<&str>) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        match color.and_then(|c| self.party_color(c)) {
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

/// The colour of a stance's badge (dark background).
pub fn stance_color(s: Stance) -> Color {
    stance_in(&DARK, s)
}

fn stance_in(p: &Palette, s: Stance) -> Color {
    Color::Indexed(match s {
        Stance::Favor => p.green,
        Stance::Against => p.red,
        Stance::Conditional => p.yellow,
        Stance::Neutral => p.grey,
        Stance::Unclear => p.magenta,
    })
}

/// A party colour as written in the annotation (dark background): a colour
/// name (its family's palette colour: "blue", "light-blue" and "dark_blue"
/// are all the palette blue), `#rrggbb` (as written), or anything else
/// ratatui reads.
pub fn party_color(s: &str) -> Option<Color> {
    color_in(&DARK, s)
}

fn color_in(p: &Palette, s: &str) -> Option<Color> {
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
        "blue" => Some(p.blue),
        "red" => Some(p.red),
        "green" => Some(p.green),
        "yellow" | "gold" => Some(p.yellow),
        "magenta" | "pink" => Some(p.magenta),
        "purple" | "violet" => Some(p.purple),
        "orange" => Some(p.orange),
        "cyan" | "teal" => Some(p.cyan),
        // Black or white would vanish on one background or the other.
        "gray" | "grey" | "white" | "black" => Some(p.grey),
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

    /// WCAG contrast ratio of two luminances.
    fn contrast(a: f64, b: f64) -> f64 {
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Every colour a theme draws text in: the stances, the conflict mark,
    /// the party colours by name.
    fn theme_colours(t: Theme) -> Vec<Color> {
        let mut all: Vec<Color> = Stance::ALL
            .into_iter()
            .filter_map(|s| t.badge(s).fg)
            .collect();
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
            all.push(t.party(Some(name)).fg.unwrap_or(Color::Reset));
        }
        all.push(t.conflict().fg.unwrap_or(Color::Reset));
        all.extend(t.palette().all().map(Color::Indexed));
        all
    }

    #[test]
    fn every_colour_reads_on_its_background_and_on_the_other() {
        // The backgrounds: black and white.
        let dark_bgs = [luminance((0, 0, 0))];
        let light_bgs = [luminance((255, 255, 255))];
        for (theme, own, other) in [
            (Theme::DARK, dark_bgs, light_bgs),
            (Theme::LIGHT, light_bgs, dark_bgs),
        ] {
            for c in theme_colours(theme) {
                let Color::Indexed(i) = c else {
                    panic!("{c:?} is not from the palette");
                };
                let l = luminance(rgb(i));
                for bg in own {
                    let r = contrast(l, bg);
                    assert!(
                        r >= 4.5,
                        "{theme:?}: colour {i} is {r:.2}:1 on its background"
                    );
                }
                for bg in other {
                    let r = contrast(l, bg);
                    assert!(
                        r >= 3.0,
                        "{theme:?}: colour {i} is {r:.2}:1 on the other background"
                    );
                }
            }
        }
        // The ANSI blue this replaces fails on black (xterm: #0000ee).
        assert!(contrast(luminance((0, 0, 0xee)), 0.0) < 3.0);
        // The themes differ where it matters.
        assert_ne!(
            Theme::DARK.party(Some("blue")),
            Theme::LIGHT.party(Some("blue"))
        );
    }

    #[test]
    fn party_colours_parse_names_and_hex() {
        assert_eq!(party_color("blue"), Some(Color::Indexed(DARK.blue)));
        assert_eq!(party_color(" light-blue "), Some(Color::Indexed(DARK.blue)));
        assert_eq!(
            Theme::LIGHT.party_color("blue"),
            Some(Color::Indexed(LIGHT.blue))
        );
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
