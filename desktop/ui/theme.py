"""Colours, fonts and the lane palette shared by Chronik's widgets.

Plain data plus a few small helpers that turn it into Qt objects.  Every colour
the timeline, the overview and the tables use lives here, so the look can be
changed in one place.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication

# -- base colours (a calm light theme) -------------------------------------------------
BACKGROUND = "#FBFBFA"  # plot and export background
PANEL = "#FFFFFF"
TEXT = "#1F2328"  # primary text (titles, labels)
TEXT_MUTED = "#5F6670"  # axis labels, legend text
AXIS = "#9AA1AB"  # axis lines and ticks
GRID = "#E6E8EB"  # vertical month gridlines
LANE_BAND_A = "#FFFFFF"  # alternating lane backgrounds
LANE_BAND_B = "#F2F4F6"
LANE_SEPARATOR = "#E3E6EA"
SELECTION = "#111827"  # ring around the selected event
HOVER = "#111827"
DISPUTED = "#c0392b"  # diamond around an event whose sources give different days
LABEL_HALO = (251, 251, 250, 255)  # RGBA box behind event labels: opaque, so no grid line shows through
REGION_FILL = (66, 110, 160, 45)  # visible range in the overview
REGION_EDGE = "#426EA0"
OVERVIEW_TICKS = "#7C8794"

#: Categorical palette for lanes / main actors (Tableau 10, reordered so that
#: neighbouring lanes contrast well).  Colour-blind friendly enough for 8 lanes.
PALETTE: tuple[str, ...] = (
    "#4E79A7",  # blue
    "#F28E2B",  # orange
    "#59A14F",  # green
    "#E15759",  # red
    "#B07AA1",  # purple
    "#76B7B2",  # teal
    "#9C755F",  # brown
    "#EDC948",  # yellow
    "#FF9DA7",  # pink
    "#5C6BC0",  # indigo
)
OTHERS = "#98A0A9"  # the "others" lane and events without a main actor

# -- fonts -------------------------------------------------------------------------------
FONT_FAMILY = ""  # empty: the application font (the bundle registers DejaVu Sans)
# Pixel sizes (not points) so screen, PNG at any scale and SVG agree.
TITLE_PX = 16
AXIS_PX = 12
LABEL_PX = 11
LEGEND_PX = 11

# -- geometry ----------------------------------------------------------------------------
LABEL_MAX_WIDTH = 220  # px, event labels are elided beyond this
LABEL_WIDE_WIDTH = 420  # px, a label elided at LABEL_MAX_WIDTH grows to this where the room is free
LABEL_CAP = 60  # at most this many event labels at once
LANE_AXIS_WIDTH = 150  # px, the left column with lane names
LANE_AXIS_MAX = 260  # px, the widest it grows for long names (article headlines) where there is room
MARKER_MIN = 8.0  # px, marker of an event with one source
MARKER_MAX = 19.0  # px
BAR_HEIGHT = 5.0  # px, height of month / range bars


def color(value: str | tuple[int, ...]) -> QColor:
    """A QColor from ``"#RRGGBB"`` or an RGB(A) tuple."""
    if isinstance(value, tuple):
        return QColor(*value)
    return QColor(value)


def lane_color(index: int) -> QColor:
    """Colour of the ``index``-th lane (or main actor); cycles through the palette."""
    if index < 0:
        return QColor(OTHERS)
    return QColor(PALETTE[index % len(PALETTE)])


def tint(col: QColor | str, strength: float) -> QColor:
    """``col`` mixed with the background: 1.0 is the colour itself, 0.0 the background."""
    c, bg = QColor(col), QColor(BACKGROUND)
    k = max(0.0, min(1.0, strength))
    return QColor(
        round(bg.red() + (c.red() - bg.red()) * k),
        round(bg.green() + (c.green() - bg.green()) * k),
        round(bg.blue() + (c.blue() - bg.blue()) * k),
    )


def font(pixel_size: int, *, bold: bool = False, italic: bool = False) -> QFont:
    """The UI font at ``pixel_size`` px (the application font family unless FONT_FAMILY is set)."""
    f = QFont(QGuiApplication.font()) if QGuiApplication.instance() else QFont()
    if FONT_FAMILY:
        f.setFamily(FONT_FAMILY)
    f.setPixelSize(int(pixel_size))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def marker_size(source_count: int) -> float:
    """Marker diameter in px for an event reported by ``source_count`` articles."""
    import math

    n = max(1, int(source_count))
    return min(MARKER_MAX, MARKER_MIN + 3.2 * math.log2(n))
