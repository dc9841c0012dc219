"""Toponym resolution: the dev gold of this beat, and GeoWebNews / LGL / TR-News (gold toponyms given).

    .venv/bin/python bench/geoparsing.py dev        # tests/data/places_dev_gold.tsv
    .venv/bin/python bench/geoparsing.py news       # ../shared/data/geoparsing-news (GPL data, measuring only)

dev: the toponyms of the bundled sample reports and the eval/dev reports, annotated by hand.
  * recognition (the gazetteer ruler over the raw text): precision and recall of exact spans;
  * resolution with gold spans given: country, admin1 and entry (county/city/place) accuracy, over
    every gold toponym (those missing from the gazetteer count as errors) and over those it holds.

news: every gold toponym with coordinates is resolved with the article's other gold toponyms as
context; scored on the toponyms whose gold point lies in a country the gazetteer covers (North
Korea, South Korea, China, Russia: the countries with provinces and towns in it; the gold country
comes from LGL/TR-News' own tag, or for GeoWebNews from the point in Natural Earth's 1:110m
outlines). Accuracy@161 km is the share resolved within 161 km of the gold point; exact is the
share with the gold GeoNames id (where the gold has one). Run with the beat's prior (North Korean
readings and its neighbours first, as in production) and with no country prior. Demonyms
("Chinese", "Russian") that the corpora tag as toponyms are mapped to their countries here only:
in production a demonym is not a place.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from sitreps.extract.places import Gazetteer, load_gazetteer, resolve_spans
from sitreps.model import Place

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "geoparsing-news"
ATLAS = ROOT.parent / "shared" / "data" / "boundaries-kp" / "world-atlas-2.0.2_countries-110m.json"
COVERED = {"KP", "KR", "CN", "RU"}
ISO_NUMERIC = {408: "KP", 410: "KR", 156: "CN", 643: "RU"}
COUNTRY_NAMES = {"North Korea": "KP", "South Korea": "KR", "China": "CN", "Russia": "RU"}
DEMONYMS = {
    "chinese": "China", "russian": "Russia", "russians": "Russia", "north korean": "North Korea",
    "north koreans": "North Korea", "south korean": "South Korea", "south koreans": "South Korea",
    "soviet": "Russia", "korean": "South Korea",
}  # fmt: skip


# -- dev gold ------------------------------------------------------------------------------------


def _dev_texts() -> dict[str, str]:
    texts = {}
    dev = sorted((ROOT / "eval" / "dev").glob("reports_*.jsonl"))
    for path in [ROOT / "src" / "sitreps" / "samples" / "reports.jsonl", *dev]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                texts[d["url"]] = d["text"]
    return texts


def _dev_gold() -> list[dict[str, str]]:
    path = ROOT / "tests" / "data" / "places_dev_gold.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def run_dev(gaz: Gazetteer) -> dict[str, float]:
    texts = _dev_texts()
    gold = [g for g in _dev_gold() if g["url"] in texts]
    by_doc: dict[str, list[dict[str, str]]] = {}
    for g in gold:
        by_doc.setdefault(g["url"], []).append(g)
    tp = fp = 0
    ok = Counter()
    n_in = 0
    errors = []
    for url, rows in by_doc.items():
        text = texts[url]
        found = gaz.find(text)
        gold_spans = {(int(r["start"]), int(r["end"])) for r in rows}
        pred_spans = {(t.span.start, t.span.end) for t in found}
        tp += len(gold_spans & pred_spans)
        fp += len(pred_spans - gold_spans)
        places = resolve_spans(text, [(int(r["start"]), int(r["end"])) for r in rows], gaz)
        for r, p in zip(rows, places, strict=True):
            in_gaz = r["note"] != "not in gazetteer"
            n_in += in_gaz
            c = p is not None and p.country == r["country"]
            a1 = c and p is not None and (p.admin1 or "") == r["admin1"]
            entry = gaz.by_id[p.gazetteer_id] if p is not None and p.gazetteer_id else None
            tgt = a1 and (not r["target"] or (entry is not None and r["target"] in (p.admin2, p.place, entry.name)))  # type: ignore[union-attr]
            for name, val in (("country", c), ("admin1", a1), ("entry", tgt)):
                ok[name] += val
                ok[name + "_in"] += val and in_gaz
            if not tgt and in_gaz:
                errors.append(
                    f"{r['text']!r} in {url}: gold {r['country']}/{r['admin1']}/{r['target']}, got "
                    f"{p.country if p else None}/{p.admin1 if p else None}/{p.admin2 if p else None}"
                )
    n = len(gold)
    res = {
        "documents": len(by_doc), "toponyms": n, "in_gazetteer": n_in,
        "recognition_precision": tp / (tp + fp) if tp + fp else 0.0, "recognition_recall": tp / n,
        "country": ok["country"] / n, "admin1": ok["admin1"] / n, "entry": ok["entry"] / n,
        "country_in_gazetteer": ok["country_in"] / n_in, "admin1_in_gazetteer": ok["admin1_in"] / n_in,
        "entry_in_gazetteer": ok["entry_in"] / n_in,
    }  # fmt: skip
    for e in errors:
        print("ERROR", e)
    return res


# -- news corpora --------------------------------------------------------------------------------


def _atlas() -> list[tuple[str, list[list[tuple[float, float]]]]]:
    """Country outlines (ISO alpha-2, outer rings), decoded by the gazetteer build script."""
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    topo = json.loads(ATLAS.read_text(encoding="utf-8"))
    return [
        (ISO_NUMERIC[numeric], rings) for numeric, rings in build.topo_country_rings(topo) if numeric in ISO_NUMERIC
    ]


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _articles(name: str) -> list[tuple[str, list[dict]]]:
    """(text, toponyms) per article; each toponym: start, end, lat, lon, geonameid, country."""
    path = NEWS / {"GeoWebNews": "GeoWebNews.xml", "LGL": "lgl.xml", "TR-News": "TR-News.xml"}[name]
    root = ET.parse(path).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            if name == "GeoWebNews":
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
                gid, country = t.findtext("geonamesID"), None
            else:
                tag = t.find("gaztag")
                if tag is None:
                    continue
                lat, lon, gid = tag.findtext("lat"), tag.findtext("lon"), tag.get("geonameid")
                country = COUNTRY_NAMES.get(tag.findtext("country") or "", "other")
            if not lat or not lon:
                continue
            tops.append({"start": int(t.findtext("start") or 0), "end": int(t.findtext("end") or 0),
                         "lat": float(lat), "lon": float(lon), "gid": gid or None, "country": country})  # fmt: skip
        out.append((text, tops))
    return out


def run_news(gaz: Gazetteer, prefer: str | None, shapes: list) -> dict[str, dict[str, float]]:
    results = {}
    for corpus in ("GeoWebNews", "LGL", "TR-News"):
        n = hit = exact = with_gid = covered_name = 0
        t0 = time.perf_counter()
        for text, tops in _articles(corpus):
            if not tops:
                continue
            for t in tops:
                if t["country"] is None:
                    t["country"] = next(
                        (iso for iso, rings in shapes if any(_inside(t["lon"], t["lat"], r) for r in rings)), "other"
                    )
            if not any(t["country"] in COVERED for t in tops):
                continue
            spans = []
            for t in tops:
                surface = text[t["start"] : t["end"]]
                demonym = DEMONYMS.get(surface.lower().strip())
                spans.append((t["start"], t["end"], demonym))
            places = _resolve_with_demonyms(text, spans, gaz, prefer)
            for t, p in zip(tops, places, strict=True):
                if t["country"] not in COVERED:
                    continue
                n += 1
                if p is None or p.lat is None or p.lon is None:
                    continue
                covered_name += 1
                hit += _km(t["lat"], t["lon"], p.lat, p.lon) <= 161
                if t["gid"]:
                    with_gid += 1
                    exact += p.gazetteer_id == f"geonames:{t['gid']}"
        results[corpus] = {
            "toponyms": n, "with_candidate": covered_name / n if n else 0.0, "acc161": hit / n if n else 0.0,
            "exact": exact / with_gid if with_gid else 0.0, "seconds": time.perf_counter() - t0,
        }  # fmt: skip
    return results


def _resolve_with_demonyms(
    text: str, spans: list[tuple[int, int, str | None]], gaz: Gazetteer, prefer: str | None
) -> list[Place | None]:
    """resolve_spans, with demonym spans resolved as the country they name."""
    plain = [(s, e) for s, e, _ in spans]
    places = resolve_spans(text, plain, gaz, prefer)
    out = []
    for (s, e, demonym), p in zip(spans, places, strict=True):
        if p is None and demonym:
            forms, _hint, _suf = gaz.match(demonym)
            country = [f for f in forms if f.entry.level == "country"]
            if country:
                p = country[0].entry.to_place(text[s:e], None)
        out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=["dev", "news"])
    args = ap.parse_args(argv)
    gaz = load_gazetteer()
    if args.what == "dev":
        for k, v in run_dev(gaz).items():
            print(f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}")
        return 0
    shapes = _atlas()
    for prefer in ("KP", None):
        print(f"prior: {prefer or 'none'}")
        for corpus, r in run_news(gaz, prefer, shapes).items():
            print(f"  {corpus}: toponyms in covered countries {r['toponyms']}, with a candidate "
                  f"{100 * r['with_candidate']:.1f} %, acc@161 {100 * r['acc161']:.1f} %, "
                  f"exact {100 * r['exact']:.1f} %, {r['seconds']:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
