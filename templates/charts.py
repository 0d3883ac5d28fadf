"""Charts as inline SVG: no scripts, no external files, the same input gives the same bytes."""

from __future__ import annotations

import math
import re
from datetime import date
from html import escape

WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 640, 260, 64, 24, 28, 40
INSET = 16  # the first and last points sit this far inside the axes
ACTUAL, TARGET, GRID, AXIS = "#1f5f8b", "#b5452b", "#e3e3e3", "#888"
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _fmt(value: float) -> str:
    if abs(value) >= 1e6:
        return f"{value / 1e6:.1f}m"
    if abs(value) >= 1e4:
        return f"{value / 1e3:.0f}k"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _when(label: str) -> date | None:
    """The middle of the span an ISO date names: a month at its 15th, a year at 1 July."""
    m = _ISO.fullmatch(label or "")
    if not m:
        return None
    year, month, day = m.groups()
    try:
        return date(int(year), int(month or 7), int(day or (15 if month else 1)))
    except ValueError:
        return None


def _nice_step(span: float, ticks: int = 5) -> float:
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _time_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Ticks at the start of each year, or of each quarter or month for a short span."""
    months = (last.year - first.year) * 12 + last.month - first.month
    every = 12 if months > 36 else 3 if months > 12 else 1
    ticks, y, m = [], first.year, first.month
    while (y, m) <= (last.year, last.month + 1):
        if (m - 1) % every == 0:
            tick = date(y, m, 1)
            if first <= tick <= last:
                ticks.append((tick, str(y) if every == 12 else f"{_MONTHS[m - 1]} {y}"))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return ticks


def line_chart(points: list[tuple[str, float]], *, title: str = "", unit: str = "",
               targets: list[tuple[str, float]] = ()) -> str:
    """A line chart of (label, value) points. Labels that are all ISO dates (2019, 2019-03,
    2019-03-28) are placed on a time axis; other labels are spaced evenly in order. ``targets``
    (dated levels to reach) are drawn as dashed lines across the chart, not as points."""
    if not points:
        return ""
    whens = [_when(label) for label, _ in points]
    timed = all(whens)
    values = [v for _, v in points] + [v for _, v in targets]
    lo, hi = min(values), max(values)
    step = _nice_step((hi - lo) or abs(hi) or 1.0)
    lo, hi = math.floor(lo / step) * step, math.ceil(hi / step) * step
    if hi == lo:
        lo, hi = lo - step, hi + step
    span_x, span_y = WIDTH - PAD_L - PAD_R, HEIGHT - PAD_T - PAD_B

    if timed:
        first, last = min(whens), max(whens)
        days = (last - first).days

        def x_of(i: int) -> float:
            return PAD_L + INSET + ((span_x - 2 * INSET) * (whens[i] - first).days / days if days else span_x / 2)
    else:
        def x_of(i: int) -> float:
            return PAD_L + (span_x * i / (len(points) - 1) if len(points) > 1 else span_x / 2)

    def y(v: float) -> float:
        return PAD_T + span_y * (1 - (v - lo) / (hi - lo))

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(title)}" class="chart" font-family="sans-serif">',
    ]
    n_ticks = round((hi - lo) / step)
    for k in range(n_ticks + 1):
        v = lo + k * step
        parts.append(f'<line x1="{PAD_L}" y1="{y(v):.1f}" x2="{WIDTH - PAD_R}" y2="{y(v):.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{PAD_L - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="12" fill="#333">'
                     f'{escape(_fmt(v))}{escape(unit)}</text>')
    base = HEIGHT - PAD_B
    parts.append(f'<line x1="{PAD_L}" y1="{base}" x2="{WIDTH - PAD_R}" y2="{base}" stroke="{AXIS}"/>')
    if timed and days:
        for tick, label in _time_ticks(first, last):
            tx = PAD_L + INSET + (span_x - 2 * INSET) * (tick - first).days / days
            parts.append(f'<line x1="{tx:.1f}" y1="{base}" x2="{tx:.1f}" y2="{base + 5}" stroke="{AXIS}"/>')
            parts.append(f'<text x="{tx:.1f}" y="{base + 18}" text-anchor="middle" font-size="12" fill="#333">'
                         f'{escape(label)}</text>')
    else:
        shown = {0, len(points) - 1} if timed else set(range(len(points)))
        for i in sorted(shown):
            parts.append(f'<text x="{x_of(i):.1f}" y="{base + 18}" text-anchor="middle" font-size="12" '
                         f'fill="#333">{escape(points[i][0])}</text>')
    for value in sorted({v for _, v in targets}):
        parts.append(f'<line x1="{PAD_L}" y1="{y(value):.1f}" x2="{WIDTH - PAD_R}" y2="{y(value):.1f}" '
                     f'stroke="{TARGET}" stroke-width="1.5" stroke-dasharray="6 4" class="target"/>')
        parts.append(f'<text x="{WIDTH - PAD_R}" y="{y(value) - 5:.1f}" text-anchor="end" font-size="12" '
                     f'fill="{TARGET}">target {escape(_fmt(value))}{escape(unit)}</text>')
    order = sorted(range(len(points)), key=lambda i: (x_of(i), i))
    path = " ".join(f"{'M' if n == 0 else 'L'}{x_of(i):.1f},{y(points[i][1]):.1f}" for n, i in enumerate(order))
    parts.append(f'<path d="{path}" fill="none" stroke="{ACTUAL}" stroke-width="2"/>')
    labelled = set(order) if len(points) <= 8 else {order[0], order[-1]}
    for i in order:
        label, v = points[i]
        parts.append(f'<circle cx="{x_of(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{ACTUAL}"><title>{escape(label)}: '
                     f'{escape(_fmt(v))}{escape(unit)}</title></circle>')
        if i in labelled:
            anchor = "start" if i == order[0] and len(order) > 1 else "end" if i == order[-1] else "middle"
            parts.append(f'<text x="{x_of(i):.1f}" y="{y(v) - 8:.1f}" text-anchor="{anchor}" font-size="12" '
                         f'fill="{ACTUAL}">{escape(_fmt(v))}{escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)
