"""Actors (people, organisations, countries, places, groups) in German and English news text.

    from desktop.core.actors import ActorLexicon, find_mentions, ActorRegistry
    lex = ActorLexicon.load()                      # once per process
    mentions = find_mentions(text, sentences, lex, lang="de", allowed=article.is_article_offset)
    reg = ActorRegistry(lex); reg.add(mentions)    # once per article
    reg.canonical("Selenskij") -> "Wolodymyr Selenskyj";  reg.actors() -> [Actor, ...]

No model, no Qt: lexicons in resources/lexicons plus capitalisation and context rules.
"""

from desktop.core.actors.finder import find_mentions
from desktop.core.actors.keys import name_key
from desktop.core.actors.lexicon import ActorLexicon
from desktop.core.actors.registry import ActorRegistry

__all__ = ["ActorLexicon", "ActorRegistry", "find_mentions", "name_key"]
