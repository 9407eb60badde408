//! The topics, in their fixed order, the current one highlighted; a topic this
//! language lacks (shown in English) is marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{fit, pane, row};
use crate::app::{App, Focus};
use crate::content::TopicId;
use crate::layout::inside_border;

const FALLBACK_MARK: &str = " ·en";

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let theme = app.theme();
    let focused = app.place().focus == Focus::Sidebar;
    let block = pane(theme, focused, &app.language().ui.topics);
    frame.render_widget(block, area);
    let list = inside_border(area);
    let width = usize::from(list.width);
    let offset = app.sidebar_offset();
    for (n, &id) in TopicId::ALL
        .iter()
        .skip(offset)
        .take(usize::from(list.height))
        .enumerate()
    {
        let shown = app.shown(id);
        let mark = if shown.fell_back { FALLBACK_MARK } else { "" };
        let title = fit(&shown.topic.title, width.saturating_sub(mark.width()));
        let padding = " ".repeat(width.saturating_sub(title.width() + mark.width()));
        let selected = id == app.place().topic;
        let style = match (selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            (false, _) if shown.fell_back => theme.muted,
            (false, _) => theme.text,
        };
        let line = Line::from(vec![
            Span::styled(title, style),
            Span::styled(padding, style),
            Span::styled(fit(mark, width), if selected { style } else { theme.tag }),
        ]);
        frame.render_widget(line, row(list, n as u16));
    }
}
