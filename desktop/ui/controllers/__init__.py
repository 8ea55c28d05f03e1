"""The window's controllers: Qt-side glue between the widgets and the session.

Each takes the window it serves (its widgets, its ``session``, the other controllers)
and handles one concern; ``MainWindow`` only builds widgets, actions and menus and
wires them to these. Anything that needs no Qt lives in ``desktop/session`` instead
(``session/view.py``: the first view, the samples, workspace file names).

* :mod:`view`        -- ViewController: show an extraction everywhere, counts, title, actions
* :mod:`selection`   -- SelectionController: one selected event in timeline, table and panel
* :mod:`filters`     -- FilterController: the toolbar's search, actor, article, date filters
* :mod:`imports`     -- ImportController: imports and recomputes in the background, drops
* :mod:`workspaces`  -- WorkspaceController: new, open, save as, recent, the samples' workspace
* :mod:`corrections` -- CorrectionController: rename, date, delete, merge, actors, undo
* :mod:`articles`    -- ArticleController: article dates, removal, the reader, the undated bar
* :mod:`exports`     -- ExportController: image and chronology exports
* :mod:`preferences` -- PreferencesController: preferences, time zone, lanes, help

Their strings keep the translation context "MainWindow" (each module's ``_tr``, as i18n_strings.py collects).
"""
