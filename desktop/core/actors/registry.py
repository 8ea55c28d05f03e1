"""ActorRegistry: one actor per real-world entity across articles.

Each article names its actors with in-article canonical names (find_mentions);
the registry merges those across articles: lexicon entries by their canonical
name, unknown persons by a spelling-insensitive key (keys.name_key), and a bare
surname ("Witkoff") into the one full name with that surname ("Steve Witkoff").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.actors.keys import name_key, possessive_base, surname_key
from desktop.core.actors.lexicon import ActorLexicon
from desktop.core.model import Actor, ActorKind, Mention

_ALIAS_VIAS = {"name", "alias", "adjective"}


@dataclass
class _Record:
    kind: ActorKind
    count: int = 0
    order: int = 0
    aliases: dict[str, None] = field(default_factory=dict)
    roles: dict[str, None] = field(default_factory=dict)


class ActorRegistry:
    """Collects the mentions of many articles; canonical() and actors() give the merged view."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lex = lexicon
        self._records: dict[str, _Record] = {}
        self._map: dict[str, str] | None = None

    def add(self, mentions: Iterable[Mention]) -> None:
        """Add the mentions of one article."""
        for m in mentions:
            rec = self._records.get(m.actor)
            if rec is None:
                rec = self._records[m.actor] = _Record(m.kind, order=len(self._records))
            elif rec.kind is not ActorKind.PERSON and m.kind is ActorKind.PERSON:
                rec.kind = ActorKind.PERSON
            rec.count += 1
            if m.via in _ALIAS_VIAS:
                rec.aliases[possessive_base(" ".join(m.text.split()))] = None  # "Germany's" is Germany
            if m.role:
                rec.roles[m.role] = None
        self._map = None

    # ------------------------------------------------------------------ merging
    def _group_key(self, name: str, kind: ActorKind) -> str:
        if name in self.lex.entries:
            return "lex:" + name
        if kind is ActorKind.PERSON:
            entry = self.lex.fuzzy_person(name)
            if entry is not None:
                return "lex:" + entry.name
            return "key:" + name_key(name)
        return "name:" + name

    def _build(self) -> dict[str, str]:
        groups: dict[str, list[str]] = {}
        for name, rec in self._records.items():
            groups.setdefault(self._group_key(name, rec.kind), []).append(name)
        # a bare surname joins the single full name (person) that ends with it
        by_surname: dict[str, set[str]] = {}
        for key, names in groups.items():
            rec = self._records[names[0]]
            full = [n for n in names if " " in n.strip()]
            if rec.kind is ActorKind.PERSON and (full or key.startswith("lex:")):
                keyname = key[4:] if key.startswith("lex:") else full[0]
                by_surname.setdefault(surname_key(keyname), set()).add(key)
                for n in full:
                    by_surname.setdefault(surname_key(n), set()).add(key)
        for key in list(groups):
            names = groups[key]
            rec = self._records[names[0]]
            if rec.kind is not ActorKind.PERSON or key.startswith("lex:") or any(" " in n for n in names):
                continue
            targets = by_surname.get(surname_key(names[0]), set()) - {key}
            if len(targets) == 1:
                groups[next(iter(targets))].extend(groups.pop(key))
        mapping: dict[str, str] = {}
        for key, names in groups.items():
            if key.startswith("lex:"):
                rep = key[4:]
            else:
                rep = max(names, key=lambda n: (" " in n, self._records[n].count, -self._records[n].order))
            for n in names:
                mapping[n] = rep
        return mapping

    def _mapping(self) -> dict[str, str]:
        if self._map is None:
            self._map = self._build()
        return self._map

    def canonical(self, name: str) -> str:
        """The name under which all articles' spellings of this actor are merged."""
        mapping = self._mapping()
        got = mapping.get(name)
        if got is not None:
            return got
        if name in self.lex.entries:
            return name
        entry = self.lex.fuzzy_person(name)
        if entry is not None:
            return entry.name
        key = name_key(name)
        for n, rep in mapping.items():
            if name_key(n) == key:
                return rep
        if " " not in name.strip():  # a bare surname: the one full name ending with it
            sk = surname_key(name)
            reps = {rep for n, rep in mapping.items() if " " in n and surname_key(n) == sk
                    and self._records[n].kind is ActorKind.PERSON}
            if len(reps) == 1:
                return next(iter(reps))
        return name

    def actors(self) -> list[Actor]:
        """All actors, most mentioned first, with every surface form seen and every role."""
        mapping = self._mapping()
        merged: dict[str, tuple[ActorKind, int, int, dict[str, None], dict[str, None]]] = {}
        for name, rec in sorted(self._records.items(), key=lambda kv: kv[1].order):
            rep = mapping[name]
            cur = merged.get(rep)
            if cur is None:
                entry = self.lex.entries.get(rep)
                kind = entry.kind if entry is not None else rec.kind
                cur = merged[rep] = (kind, 0, rec.order, {}, {})
            kind, count, order, aliases, roles = cur
            if rec.kind is ActorKind.PERSON and name != rep and " " in name:
                aliases[name] = None
            aliases.update(rec.aliases)
            roles.update(rec.roles)
            merged[rep] = (kind, count + rec.count, order, aliases, roles)
        out = [Actor(rep, kind, tuple(a for a in aliases if a != rep), tuple(roles))
               for rep, (kind, count, order, aliases, roles)
               in sorted(merged.items(), key=lambda kv: (-kv[1][1], kv[1][2]))]
        return out
