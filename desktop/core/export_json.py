"""The JSON contract of ``chronik extract --json`` / ``chronik timex --json`` and the readable table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.model import Article, Extraction, Timex


def _article_ids(extraction: Extraction) -> dict[str, str]:
    return {a.id: f"a{i + 1}" for i, a in enumerate(extraction.articles)}


def _published(article: Article) -> tuple[str | None, str | None, str | None]:
    p = article.published
    if p is None:
        return None, None, None
    value = p.value.isoformat()
    if p.precision.value == "month":
        value = value[:7]
    elif p.precision.value == "year":
        value = value[:4]
    return value, p.source.value, p.precision.value


def extraction_to_json(extraction: Extraction) -> dict[str, Any]:
    ids = _article_ids(extraction)
    articles = []
    for a in extraction.articles:
        value, source, precision = _published(a)
        articles.append(
            {
                "id": ids[a.id],
                "path": a.path,
                "title": a.title or "",
                "outlet": a.outlet,
                "language": a.language,
                "format": a.format,
                "published": value,
                "published_source": source,
                "published_precision": precision,
                "non_article": [
                    {"start": r.start, "end": r.end, "kind": r.kind} for r in a.non_article_regions()
                ],
            }
        )
    events = []
    for i, e in enumerate(extraction.events):
        events.append(
            {
                "id": f"e{i + 1}",
                "key": e.id,
                "start": e.first.isoformat(),
                "end": e.last.isoformat(),
                "precision": e.precision.value,
                "status": e.status.value,
                "label": e.label,
                "kind": e.kind,
                "actors": list(e.actors),
                "mentions": [
                    {
                        "article": ids.get(m.article_id, m.article_id),
                        "sentence": m.sentence,
                        "start": m.start,
                        "end": m.end,
                        "date_text": m.date_text,
                    }
                    for m in e.mentions
                ],
            }
        )
    actors = [
        {"name": a.name, "kind": a.kind.value, "aliases": list(a.aliases), "roles": list(a.roles)}
        for a in extraction.actors
    ]
    return {"articles": articles, "events": events, "actors": actors}


def extraction_to_table(extraction: Extraction) -> str:
    ids = _article_ids(extraction)
    lines = []
    for a in extraction.articles:
        value, source, _ = _published(a)
        lines.append(f"{ids[a.id]:<4} {value or '?':<10} ({source or 'unknown'})  {a.title or a.path}")
    lines.append("")
    for e in extraction.events:
        when = e.first.isoformat() if e.first == e.last else f"{e.first.isoformat()}..{e.last.isoformat()}"
        srcs = ",".join(sorted({ids.get(m.article_id, '?') for m in e.mentions}))
        lines.append(
            f"{when:<22} {e.precision.value:<6} {e.status.value:<8} {e.label[:60]:<60}  "
            f"[{', '.join(e.actors[:4])}]  {srcs}"
        )
    return "\n".join(lines) + "\n"


def timexes_to_json(docs: Sequence[tuple[str, Sequence[Timex]]]) -> dict[str, Any]:
    return {
        "documents": [
            {
                "path": path,
                "timexes": [
                    {
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "type": t.type,
                        "value": t.value,
                        **({"first": t.first.isoformat()} if t.first else {}),
                        **({"last": t.last.isoformat()} if t.last else {}),
                    }
                    for t in timexes
                ],
            }
            for path, timexes in docs
        ]
    }
