"""Charts as inline SVG: no scripts, no external files, the same input gives the same bytes."""

from __future__ import annotations

from html import escape

WIDTH, HEIGHT, PAD_L, PAD_R, PAD_T, PAD_B = 560, 220, 56, 16, 16, 44


def _fmt(value: float) -> str:
    if abs(value) >= 1e6:
        return f"{value / 1e6:.1f}m"
    if abs(value) >= 1e4:
        return f"{value / 1e3:.0f}k"
    return f"{value:.1f}".rstrip("0").rstrip(".")


def line_chart(points: list[tuple[str, float]], *, title: str = "", unit: str = "") -> str:
    """A line chart of (label, value) points in order, labelled on the x axis."""
    if not points:
        return ""
    values = [v for _, v in points]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    lo, hi = lo - pad, hi + pad
    span_x = WIDTH - PAD_L - PAD_R
    span_y = HEIGHT - PAD_T - PAD_B

    def x(i: int) -> float:
        return PAD_L + (span_x * i / (len(points) - 1) if len(points) > 1 else span_x / 2)

    def y(v: float) -> float:
        return PAD_T + span_y * (1 - (v - lo) / (hi - lo))

    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f'<line x1="{PAD_L}" y1="{y(lo):.1f}" x2="{WIDTH - PAD_R}" y2="{y(lo):.1f}" stroke="#999"/>',
        f'<line x1="{PAD_L}" y1="{PAD_T}" x2="{PAD_L}" y2="{HEIGHT - PAD_B}" stroke="#999"/>',
        f'<text x="{PAD_L - 6}" y="{y(hi) + 4:.1f}" text-anchor="end" font-size="11">{escape(_fmt(hi))}</text>',
        f'<text x="{PAD_L - 6}" y="{y(lo) + 4:.1f}" text-anchor="end" font-size="11">{escape(_fmt(lo))}</text>',
        f'<path d="{path}" fill="none" stroke="#1f5f8b" stroke-width="2"/>',
    ]
    for i, (label, v) in enumerate(points):
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="#1f5f8b"><title>{escape(label)}: '
                     f'{escape(_fmt(v))}{escape(unit)}</title></circle>')
        parts.append(f'<text x="{x(i):.1f}" y="{y(v) - 7:.1f}" text-anchor="middle" font-size="10">'
                     f'{escape(_fmt(v))}</text>')
        parts.append(f'<text x="{x(i):.1f}" y="{HEIGHT - PAD_B + 16}" text-anchor="middle" font-size="10">'
                     f'{escape(label)}</text>')
    if unit:
        parts.append(f'<text x="4" y="{PAD_T + 4}" font-size="10">{escape(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)
