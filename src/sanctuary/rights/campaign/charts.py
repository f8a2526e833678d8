"""Server-rendered SVG bar charts: no JavaScript, no library, readable without colour.

Each chart is `role="img"` with a `<title>` and `<desc>`; the table printed beside it is the text
alternative. Bars are proportional to their value (width = value / largest value × bar area),
and every bar carries its number as text, so the chart never depends on colour or length alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

WIDTH = 640
LABEL_WIDTH = 150  # category labels, left of the bars
VALUE_ROOM = 70  # numbers, right of the longest bar
BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_ROOM
BAR_HEIGHT = 12
BAR_GAP = 2
GROUP_GAP = 14
LEGEND_HEIGHT = 28


@dataclass(frozen=True)
class Series:
    key: str
    label: str


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def bar_width(value: int, largest: int) -> float:
    """The bar's width in SVG units: proportional to `value`, the largest filling BAR_AREA."""
    if largest <= 0 or value <= 0:
        return 0.0
    return round(value / largest * BAR_AREA, 2)


def bar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    series: list[Series],
    categories: list[tuple[str, dict[str, int]]],
) -> SafeString:
    """A grouped horizontal bar chart: one group per category, one bar per series."""
    largest = max((v for _label, values in categories for v in values.values()), default=0)
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP
    height = LEGEND_HEIGHT + len(categories) * group_height + 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="campaign-chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    # Legend: a swatch (with its own pattern class) and the series' name.
    x = LABEL_WIDTH
    for index, s in enumerate(series):
        parts.append(
            f'<rect class="bar bar-{escape(s.key)}" x="{x}" y="6" width="14" height="14"/>'
            f'<text class="legend" x="{x + 18}" y="18">{escape(s.label)}</text>'
        )
        x += 18 + 9 * len(s.label) + 16 if index < len(series) - 1 else 0
    y = LEGEND_HEIGHT
    for label, values in categories:
        parts.append(
            f'<text class="category" x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT + 4}" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        for s in series:
            value = int(values.get(s.key, 0))
            width = bar_width(value, largest)
            parts.append(
                f'<rect class="bar bar-{escape(s.key)}" x="{LABEL_WIDTH}" y="{y}" '
                f'width="{_fmt(width)}" height="{BAR_HEIGHT}" data-value="{value}">'
                f"<title>{escape(label)}: {escape(s.label)} {value:,}</title></rect>"
                f'<text class="value" x="{_fmt(LABEL_WIDTH + width + 4)}" '
                f'y="{y + BAR_HEIGHT - 2}">{value:,}</text>'
            )
            y += BAR_HEIGHT + BAR_GAP
        y += GROUP_GAP
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
