#!/usr/bin/env bash
# Refresh the German translation after user-visible strings changed in desktop/.
#
#   packaging/update_translations.sh
#
# 1. pyside6-lupdate collects every self.tr()/QCoreApplication.translate() string
#    from desktop/ into resources/translations/chronik_de.ts (existing translations
#    are kept; new strings are marked "unfinished"; strings gone from the code are dropped),
#    plus the strings passed to one-argument translate wrappers (packaging/i18n_strings.py);
# 2. translate the unfinished entries (pyside6-linguist resources/translations/chronik_de.ts,
#    or edit the XML);
# 3. pyside6-lrelease compiles chronik_de.qm, which the app loads at start-up.
# Run it again after translating so that the .qm is current.  English is the source language.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
TS="resources/translations/chronik_de.ts"
QM="resources/translations/chronik_de.qm"
cd "$ROOT"

mapfile -t sources < <(find desktop -name '*.py' -not -path '*/core/*' | sort)
# Strings passed to small translate wrappers (_tr("Jan")) that lupdate cannot see.
STUB="build/i18n/wrapped_strings.py"
"$VENV/bin/python" packaging/i18n_strings.py "$STUB" "${sources[@]}"
"$VENV/bin/pyside6-lupdate" "${sources[@]}" "$STUB" -no-obsolete -locations relative \
    -source-language en -target-language de -ts "$TS"
"$VENV/bin/pyside6-lrelease" "$TS" -qm "$QM"

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "$unfinished string(s) still need a German translation in $TS:" >&2
    grep -B3 'type="unfinished"' "$TS" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
echo "all strings translated; wrote $QM"
