"""The phrase-rule syntax, and its compilation into one linear-time matcher per rule set.

Rules are literal phrases with a small wildcard syntax (never user-supplied raw regular
expressions: a backtracking regex over untrusted transcripts is a denial of service).

=================  =============================================================================
``word``           the word itself, case- and accent-insensitive (after the language's ``fold``)
``word*``          a word starting with ``word`` (a stem: ``apologi*`` matches "apologise",
                   "apologizing"); only at the end of a word
``(a|b c|d*)``     one of the alternatives; an alternative may be several words or empty ``(a|)``
``[a b]``          optional words (shorthand for ``(a b|)``)
``~``              a gap of zero to three words
``?`` ``!``        the punctuation mark itself, attached to the previous word
=================  =============================================================================

A rule matches whole words only. Between two words any run of spaces, commas, colons, semicolons
and dashes is accepted ("follow-up" matches ``follow up``). All rules of one set are expanded into
word sequences and merged into a single trie-shaped regular expression with one empty marker group
per sequence end, so a text is scanned once, left to right, whatever the number of rules; at each
word start the longest continuation wins: the edges leaving a trie node match disjoint sets of
words, so no rule can hide a longer one (only where a stem and a whole word both fit a word is
there an order: the whole word first). Because every quantifier is bounded by a word or by the
three-word gap, the work per text position is bounded by the longest rule: matching time grows
linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from csskills.exceptions import RuleSyntaxError

SEPARATOR = r"[\s,;:\-–—]+"
_GAP = rf"(?:\w+{SEPARATOR}){{0,3}}"
_MAX_EXPANSIONS = 2048
_TOKEN = re.compile(r"\(|\)|\[|\]|\||~|[?!]|[^\s()\[\]|~?!]+")
_ALT = "\x00"  # marks a one-word-alternatives token inside an expanded sequence
_WORD = re.compile(r"^[\w'’.&/+%$#@]+\*?$")


@dataclass(frozen=True)
class Rule:
    """A phrase rule and what it signals.

    ``id`` is stable and human-readable (``"en.apology:(i am|i'm) sorry"``), ``behaviours`` are the
    behaviour ids it evidences, and ``negatable`` rules are dropped when a negation word stands just
    before them ("not happy to help" is no positive framing).
    """

    id: str
    pattern: str
    behaviours: tuple[str, ...]
    negatable: bool = False


def _parse_alternatives(tokens: list[str], pos: int, closer: str) -> tuple[list[list[str]], int]:
    """Parse ``a b|c|`` up to ``closer``: the alternatives (token lists) and the next position."""
    alternatives: list[list[str]] = [[]]
    while pos < len(tokens):
        tok = tokens[pos]
        if tok == closer:
            return alternatives, pos + 1
        if tok == "|":
            alternatives.append([])
        elif tok in "()[]":
            raise RuleSyntaxError(f"groups cannot be nested (found {tok!r})")
        else:
            alternatives[-1].append(tok)
        pos += 1
    raise RuleSyntaxError(f"missing {closer!r}")


def _check_word(tok: str) -> None:
    if tok not in ("~", "?", "!") and not _WORD.match(tok):
        raise RuleSyntaxError(f"{tok!r} is not a word, a stem (word*), '~', '?' or '!'")
    if tok.endswith("*") and len(tok) < 3:
        raise RuleSyntaxError(f"stem {tok!r} is too short: give at least two letters")


def expand(pattern: str) -> list[list[str]]:
    """Expand a rule into every word sequence it stands for (alternatives multiplied out)."""
    tokens = _TOKEN.findall(pattern)
    if not tokens:
        raise RuleSyntaxError("empty rule")
    sequences: list[list[str]] = [[]]
    pos = 0
    while pos < len(tokens):
        tok = tokens[pos]
        if tok in ("(", "["):
            closer = ")" if tok == "(" else "]"
            alternatives, pos = _parse_alternatives(tokens, pos + 1, closer)
            for alt in alternatives:
                for word in alt:
                    _check_word(word)
            if tok == "(" and all(len(alt) == 1 and alt[0] not in "~?!" for alt in alternatives):
                # One-word alternatives stay one token: no multiplication of phrases.
                sequences = [
                    [*seq, _ALT + "|".join(a[0] for a in alternatives)] for seq in sequences
                ]
                continue
            if tok == "[":
                alternatives.append([])
            sequences = [seq + alt for seq in sequences for alt in alternatives]
            if len(sequences) > _MAX_EXPANSIONS:
                raise RuleSyntaxError(
                    f"expands to more than {_MAX_EXPANSIONS} phrases; split it into several rules"
                )
            continue
        if tok in (")", "]", "|"):
            raise RuleSyntaxError(f"unexpected {tok!r}")
        _check_word(tok)
        sequences = [[*seq, tok] for seq in sequences]
        pos += 1
    out = [seq for seq in sequences if seq]
    for seq in out:
        if all(tok in ("~", "?", "!") for tok in seq):
            raise RuleSyntaxError("a rule needs at least one word")
        if seq[0] in ("~", "?", "!") or seq[-1] == "~":
            raise RuleSyntaxError("a rule cannot start with '~', '?' or '!', nor end with '~'")
    if not out:
        raise RuleSyntaxError("the rule can match nothing")
    return out


def _first_words(tok: str, fold: Callable[[str], str]) -> list[str]:
    """The folded word(s) a token stands for: one word, or a one-word-alternatives group."""
    words = tok[len(_ALT) :].split("|") if tok.startswith(_ALT) else [tok]
    return sorted({fold(w.replace("’", "'")) for w in words})


# A trie edge: a set of words and stems ({"hope", "trust", "apologi*"}), the gap or a mark.
_Key = frozenset[str] | str


@dataclass
class _Node:
    children: dict[_Key, _Node] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)


def _merge(a: _Node, b: _Node) -> _Node:
    """A node that continues like ``a`` and like ``b`` (children shared, not copied)."""
    out = _Node(dict(a.children), list(a.ends))
    out.ends += [e for e in b.ends if e not in out.ends]
    for key, child in b.children.items():
        out.children[key] = _merge(out.children[key], child) if key in out.children else child
    return out


def _normalise(node: _Node, seen: set[int]) -> None:
    """Split overlapping word sets so that at most one word edge can match a given word.

    Two rules may group the same word differently (``(hope|trust) you`` and ``hope you are``);
    their edges are split into disjoint sets, the shared words leading to both continuations.
    Without this the regex engine would commit to whichever edge comes first, and a longer
    rule behind the other edge could never match.
    """
    if id(node) in seen:
        return
    seen.add(id(node))
    groups = [(set(k), c) for k, c in node.children.items() if isinstance(k, frozenset)]
    others: dict[_Key, _Node] = {
        k: c for k, c in node.children.items() if not isinstance(k, frozenset)
    }
    i = 0
    while i < len(groups):
        j = i + 1
        while j < len(groups):
            (a, ca), (b, cb) = groups[i], groups[j]
            shared = a & b
            if not shared:
                j += 1
                continue
            split = [(shared, _merge(ca, cb))]
            split += [(w, c) for w, c in ((a - shared, ca), (b - shared, cb)) if w]
            groups = groups[:i] + split + [g for n, g in enumerate(groups) if n > i and n != j]
            j = i + 1
        i += 1
    merged: dict[_Key, _Node] = {}
    for words, child in groups:
        key = frozenset(words)
        merged[key] = _merge(merged[key], child) if key in merged else child
    node.children = {**merged, **others}
    for child in node.children.values():
        _normalise(child, seen)


def _keys(seq: Sequence[str], fold: Callable[[str], str]) -> list[_Key]:
    """The trie edges of a word sequence."""
    return [tok if tok in ("~", "?", "!") else frozenset(_first_words(tok, fold)) for tok in seq]


def _words_regex(words: frozenset[str]) -> str:
    literal = [re.escape(w) + r"(?!\w)" for w in sorted(words) if not w.endswith("*")]
    stems = [re.escape(w[:-1]) + r"\w*" for w in sorted(words) if w.endswith("*")]
    parts = literal + stems  # whole words before stems: the longer reading first
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@dataclass
class _CharNode:
    children: dict[str, _CharNode] = field(default_factory=dict)
    word_end: _Node | None = None  # a literal first word ends here
    stem_end: _Node | None = None  # a stem (word*) ends here


@dataclass(frozen=True)
class CompiledRules:
    """A rule set compiled into one regex; ``targets[g]`` are the rules ended by marker group g."""

    regex: re.Pattern[str]
    targets: tuple[tuple[Rule, ...], ...]
    rules: tuple[Rule, ...]


def _alternation(branches: list[str]) -> str:
    if not branches:
        return "(?!)"
    if len(branches) == 1:
        return branches[0] if branches[0] == "()" else "(?:" + branches[0] + ")"
    return "(?:" + "|".join(branches) + ")"


def compile_rules(rules: Iterable[Rule], fold: Callable[[str], str]) -> CompiledRules:
    """Compile rules into one trie-shaped regex over folded text (see the module docstring).

    The first word of every phrase goes into a character trie, so that at each word start the
    regex engine dispatches on one literal character at a time (CPython's engine rejects a
    branch that starts with a non-matching literal in one comparison); the words after it form
    a word-level trie whose edges at each node match disjoint sets of words.
    """
    rules = tuple(rules)
    root = _CharNode()
    for index, rule in enumerate(rules):
        try:
            sequences = expand(rule.pattern)
        except RuleSyntaxError as exc:
            raise RuleSyntaxError(f"rule {rule.id!r}: {exc}") from None
        for seq in sequences:
            rest = _keys(seq[1:], fold)
            for first in _first_words(seq[0], fold):
                stem = first.endswith("*")
                cnode = root
                for ch in first[:-1] if stem else first:
                    cnode = cnode.children.setdefault(ch, _CharNode())
                if stem:
                    cnode.stem_end = cnode.stem_end or _Node()
                    node = cnode.stem_end
                else:
                    cnode.word_end = cnode.word_end or _Node()
                    node = cnode.word_end
                for key in rest:
                    node = node.children.setdefault(key, _Node())
                if index not in node.ends:
                    node.ends.append(index)

    seen: set[int] = set()
    ordered_ends: list[list[int]] = []  # marker groups, numbered in pattern-text order

    def emit(node: _Node, *, sep: bool) -> str:
        # After the separator every branch starts with a literal the engine rejects at once.
        after_sep: list[str] = []
        branches: list[str] = []
        words = sorted(
            ((k, c) for k, c in node.children.items() if isinstance(k, frozenset)),
            key=lambda kc: sorted(kc[0]),
        )
        for key, child in words:
            frag = _words_regex(key) + emit(child, sep=True)
            (after_sep if sep else branches).append(frag)
        for mark in ("?", "!"):
            if mark in node.children:
                branches.append(r"\s*" + re.escape(mark) + emit(node.children[mark], sep=True))
        if "~" in node.children:
            after_sep.append(_GAP + emit(node.children["~"], sep=False))
        if after_sep:
            branches.insert(0, SEPARATOR + _alternation(after_sep))
        if node.ends:
            ordered_ends.append(node.ends)
            branches.append("()")
        return _alternation(branches)

    def emit_chars(cnode: _CharNode) -> str:
        branches = [
            re.escape(ch) + emit_chars(child) for ch, child in sorted(cnode.children.items())
        ]
        for end, tail in ((cnode.word_end, r"(?!\w)"), (cnode.stem_end, r"\w*")):
            if end is not None:
                _normalise(end, seen)
                branches.append(tail + emit(end, sep=True))
        return _alternation(branches)

    regex = re.compile(r"(?<!\w)" + emit_chars(root))
    targets: list[tuple[Rule, ...]] = [()]  # group 0 is the whole match
    targets.extend(tuple(rules[i] for i in ends) for ends in ordered_ends)
    return CompiledRules(regex=regex, targets=tuple(targets), rules=rules)
