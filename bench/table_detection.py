"""Table detection scored against the ICDAR 2013 ground truth in ../shared/table-truth: a truth
region is found when a detected table on its page overlaps it (intersection over union ≥ 0.5).

    python bench/table_detection.py
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pdfplumber

from boardkb.ingest import read_paper

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def truth_regions(reg_xml: Path, heights: dict[int, float]) -> list[tuple[int, tuple[float, float, float, float]]]:
    """(page, (x0, top, x1, bottom)) per region; ICDAR boxes have their origin at the bottom left."""
    regions = []
    for region in ET.parse(reg_xml).getroot().iter("region"):
        page = int(region.get("page"))
        box = region.find("bounding-box")
        x1, y1, x2, y2 = (float(box.get(k)) for k in ("x1", "y1", "x2", "y2"))
        height = heights[page]
        regions.append((page, (x1, height - y2, x2, height - y1)))
    return regions


def iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def main() -> None:
    total_found = total_truth = total_detected = total_correct = 0
    for pdf in sorted((SHARED / "pdfs" / "tables").glob("*.pdf")):
        reg = SHARED / "table-truth" / f"{pdf.stem}-reg.xml"
        with pdfplumber.open(pdf) as doc:
            heights = {p.page_number: float(p.height) for p in doc.pages}
        truth = truth_regions(reg, heights)
        detected = [(t.page, t.bbox) for t in read_paper(pdf).tables if t.bbox and t.page]
        found = sum(1 for page, box in truth if any(p == page and iou(box, b) >= 0.5 for p, b in detected))
        correct = sum(1 for page, box in detected if any(p == page and iou(box, b) >= 0.5 for p, b in truth))
        print(f"{pdf.name:<12} truth {len(truth):>2}  detected {len(detected):>2}  found {found:>2}  "
              f"recall {found / max(1, len(truth)):.2f}  precision {correct / max(1, len(detected)):.2f}")
        total_found += found
        total_truth += len(truth)
        total_detected += len(detected)
        total_correct += correct
    print(f"{'overall':<12} recall {total_found / max(1, total_truth):.2f}  "
          f"precision {total_correct / max(1, total_detected):.2f}")


if __name__ == "__main__":
    main()
