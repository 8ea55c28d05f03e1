"""Soak test for the import: 2,000 mixed files into one workspace.

Writes plain text in several encodings, Markdown, HTML, e-mails, copies of the
same content under other names and a share of bad files (empty, binary, invalid
bytes, damaged PDF, HTML nested thousands deep) to a temporary folder, imports
them into one workspace and prints files per second, peak memory and the errors
by kind.  Prints figures; never fails on time.

    python bench/soak_import.py [--files 2000] [--keep DIR] [--tracemalloc] [--extract]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.session import Session  # noqa: E402

# Invented people and places: the sentences are ours, not copied from any article.
PEOPLE = ["Anna Berg", "Tom Krause", "Lena Vogt", "Paul Richter", "Jonas Weber", "Mara Lind", "Eric Holm"]
PLACES = ["Genf", "Wien", "Rom", "Oslo", "Lissabon", "Prag", "Tallinn"]
TOPICS = ["Handel", "Energie", "Grenzfragen", "Hilfen", "Zölle", "Wasserrechte"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June"]

DE = [
    "Am {d}. {m} 2025 telefonierte {p1} mit {p2} über {t}.",
    "{p1} reiste am {d}. {m} nach {pl}, wo sie {p2} traf.",
    "Nach Angaben eines Sprechers sollen die Gespräche in der kommenden Woche weitergehen.",
    "Bereits im {m} 2024 hatten beide Seiten über {t} verhandelt.",
    "{p2} sagte am Mittwoch, man sei einer Einigung näher gekommen.",
    "Kritiker werfen {p1} vor, die Verhandlungen zu verzögern.",
    "Ein weiteres Treffen in {pl} ist für Ende {m} geplant.",
]
EN = [
    "On {m} {d}, 2025, {p1} spoke with {p2} by phone about {t}.",
    "{p1} travelled to {pl} on {m} {d} to meet {p2}.",
    "A spokesperson said further talks would follow next week.",
    "Both sides had already discussed the matter in {m} 2024.",
    "{p2} said on Wednesday that an agreement was within reach.",
]


def article_text(rng: random.Random, i: int, english: bool = False) -> tuple[str, str]:
    pool, months = (EN, MONTHS_EN) if english else (DE, MONTHS_DE)
    p1, p2 = rng.sample(PEOPLE, 2)
    title = (f"Talks between {p1} and {p2}" if english else f"Gespräche zwischen {p1} und {p2}") + f" ({i})"
    lines = []
    for _ in range(rng.randint(6, 18)):
        tmpl = rng.choice(pool)
        lines.append(
            tmpl.format(
                d=rng.randint(1, 28), m=rng.choice(months), p1=p1, p2=p2, t=rng.choice(TOPICS),
                pl=rng.choice(PLACES),
            )
        )
    lines.append(f"Meldung {i}: {rng.random():.12f}")  # unique content per file
    return title, " ".join(lines)


def write_corpus(folder: Path, n: int, seed: int = 7) -> Counter[str]:
    """Write ``n`` files; returns how many of each sort were written."""
    rng = random.Random(seed)
    written: Counter[str] = Counter()
    texts: list[Path] = []
    base = datetime(2025, 2, 1, 9, 0, tzinfo=timezone.utc)
    for i in range(n):
        r = i % 100
        sub = folder / f"d{i % 20:02}"
        sub.mkdir(parents=True, exist_ok=True)
        title, body = article_text(rng, i, english=(i % 7 == 0))
        text = f"{title}\n\ndate 2025-0{2 + i % 4}\n\n{body}\n"
        if r < 30:
            kind, path = "text-utf8", sub / f"a{i}.txt"
            path.write_text(text, encoding="utf-8")
        elif r < 35:
            kind, path = "text-utf8-bom", sub / f"a{i}.txt"
            path.write_text(text, encoding="utf-8-sig")
        elif r < 40:
            kind, path = "text-utf16", sub / f"a{i}.txt"
            path.write_text(text, encoding="utf-16")
        elif r < 45:
            kind, path = "text-utf16le-nobom", sub / f"a{i}.txt"
            path.write_bytes(text.encode("utf-16-le"))
        elif r < 55:
            kind, path = "text-cp1252", sub / f"a{i}.txt"
            path.write_bytes((text + "Preis: 5 € – „Zitat“\n").encode("cp1252"))
        elif r < 65:
            kind, path = "markdown", sub / f"a{i}.md"
            path.write_text(f"# {title}\n\n*{base.date()}*\n\n{body}\n\n- [Mehr zum Thema](x.html)\n", encoding="utf-8")
        elif r < 77:
            kind, path = "html", sub / f"a{i}.html"
            when = (base + timedelta(days=i % 90)).isoformat()
            path.write_text(
                "<!doctype html><html lang='de'><head><meta charset='utf-8'>"
                f"<title>{title}</title><meta property='og:site_name' content='Testblatt'>"
                f"<meta property='article:published_time' content='{when}'></head><body>"
                "<nav><a href='/'>Start</a> <a href='/p'>Politik</a></nav>"
                f"<article><h1>{title}</h1><p>{body}</p><figure><figcaption>Foto: Archiv</figcaption>"
                "</figure></article><footer>Impressum</footer></body></html>",
                encoding="utf-8",
            )
        elif r < 87:
            kind, path = "email", sub / f"a{i}.eml"
            msg = EmailMessage()
            msg["From"] = "Newsletter <news@example.org>"
            msg["To"] = "leser@example.org"
            msg["Subject"] = title
            msg["Date"] = format_datetime(base + timedelta(days=i % 90))
            msg.set_content(body)
            path.write_bytes(bytes(msg))
        elif r < 92 and texts:
            kind, path = "duplicate", sub / f"kopie{i}.txt"
            shutil.copyfile(rng.choice(texts), path)
        elif r < 94:
            kind, path = "bad-empty", sub / f"leer{i}.txt"
            path.write_bytes(b"")
        elif r < 96:
            kind, path = "bad-binary", sub / f"bild{i}.txt"
            path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
        elif r < 97:
            kind, path = "bad-invalid-utf8", sub / f"kaputt{i}.txt"
            path.write_bytes(b"Anfang " + bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1]) * 50 + b"\x00\x81" * 20)
        elif r < 98:
            kind, path = "bad-pdf", sub / f"dok{i}.pdf"
            path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(rng.randrange(256) for _ in range(500)))
        elif r < 99:
            kind, path = "bad-deep-html", sub / f"tief{i}.html"
            path.write_text("<div>" * 20000 + body + "</div>" * 20000, encoding="utf-8")
        else:
            kind, path = "unsupported", sub / f"tabelle{i}.xlsx"
            path.write_bytes(b"PK\x03\x04" + bytes(100))
        if kind.startswith("text"):
            texts.append(path)
        written[kind] += 1
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--keep", type=Path, help="write the files and workspace here and keep them")
    ap.add_argument("--tracemalloc", action="store_true", help="also measure Python heap peak (slower)")
    ap.add_argument("--extract", action="store_true", help="also time workspace.extraction() afterwards")
    args = ap.parse_args(argv)

    root = args.keep or Path(tempfile.mkdtemp(prefix="chronik-soak-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        corpus = root / "files"
        t0 = time.perf_counter()
        written = write_corpus(corpus, args.files)
        print(f"wrote {args.files} files in {time.perf_counter() - t0:.1f} s to {corpus}")
        print("  " + ", ".join(f"{k} {v}" for k, v in sorted(written.items())))

        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if args.tracemalloc:
            tracemalloc.start()
        db = root / "soak.chronik"
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        with Session.open(db) as ws:
            report = ws.import_paths([corpus])
            elapsed = time.perf_counter() - t0
            n_articles = ws.article_count()
        heap_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
        if args.tracemalloc:
            tracemalloc.stop()
        rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux

        print(f"imported {report.files} files in {elapsed:.1f} s: {report.files / elapsed:.0f} files/s")
        print(f"  new articles {len(report.imported)}, duplicates {len(report.duplicates)}, "
              f"problems {len(report.problems)}, skipped {dict(report.skipped)}; articles in db {n_articles}")
        print(f"peak RSS {rss_peak / 1024:.0f} MB (before import {rss_before / 1024:.0f} MB)")
        if heap_peak is not None:
            print(f"peak Python heap during import {heap_peak / 2**20:.1f} MB (tracemalloc)")
        print(f"workspace file {db.stat().st_size / 2**20:.1f} MB")
        print("errors by kind:")
        for kind, count in Counter(p.kind for p in report.problems).most_common():
            print(f"  {kind:12} {count}")
        examples: dict[str, str] = {}
        for p in report.problems:
            examples.setdefault(p.kind, f"{Path(p.path).name}: {p.message}")
        for kind, line in examples.items():
            print(f"  e.g. [{kind}] {line[:150]}")
        if args.extract:
            t1 = time.perf_counter()
            with Session.open(db) as ws:
                try:
                    ex = ws.extraction()
                except Exception as exc:  # noqa: BLE001 - a figure, not a crash
                    print(f"extraction failed after {time.perf_counter() - t1:.1f} s: {type(exc).__name__}: {exc}")
                else:
                    print(f"extraction of {n_articles} articles: {len(ex.events)} events, "
                          f"{len(ex.actors)} actors in {time.perf_counter() - t1:.1f} s; "
                          f"peak RSS now {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
