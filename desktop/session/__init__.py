"""The application state between the core and the window (no Qt here either).

* :mod:`importing` -- the one import path: files and folders -> articles and problems;
* :mod:`session`   -- :class:`Session`: a workspace, its extraction and corrections,
  id-keyed collections that announce changes;
* :mod:`work`      -- background work as plain functions returning typed results;
* :mod:`collections` -- the announcing collection;
* :mod:`sources`   -- what the window highlights in a source: the spans the extraction found.
"""

from desktop.session.importing import extract_paths, import_files, read_paths, timex_paths
from desktop.session.session import ArticleEntry, ExtractionResult, Session, actor_spellings, article_entries
from desktop.session.work import ImportResult, extraction_work, import_work

__all__ = [
    "ArticleEntry",
    "ExtractionResult",
    "ImportResult",
    "Session",
    "actor_spellings",
    "article_entries",
    "extract_paths",
    "extraction_work",
    "import_files",
    "import_work",
    "read_paths",
    "timex_paths",
]
