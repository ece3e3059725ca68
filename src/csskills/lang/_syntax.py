"""The phrase-rule syntax, and its compilation into one token trie per rule set.

Rules are literal phrases with a small wildcard syntax (never user-supplied raw regular
expressions: a backtracking regex over untrusted transcripts is a denial of service).

=================  =============================================================================
``word``           the word itself, case- and accent-insensitive (after the language's ``fold``)
``word*``          a word starting with ``word`` (a stem: ``apologi*`` matches "apologise",
                   "apologizing"); only at the end of a word
``(a|b c|d*)``     one of the alternatives; an alternative may be several words or empty ``(a|)``
``[a b]``          optional words (shorthand for ``(a b|)``)
``~``              a gap of zero to three words
``?`` ``!``        the punctuation mark itself, right after the previous word
=================  =============================================================================

A rule matches whole tokens of the text as the language pack tokenizes it (words, numbers and
single punctuation marks). Between two words any commas, colons, semicolons and dashes are
skipped ("follow-up" matches ``follow up``); any other punctuation ends a phrase. Every rule is
expanded into token sequences and all sequences of a rule set are merged into one trie whose
edges are whole tokens (a dictionary lookup each) or stems. The text is scanned once, left to
right: at each word, the first complete path through the trie wins (deeper continuations are
tried before stopping, a gap tries three words before two, one, none), the match is reported
and the scan goes on after it. The work per token is bounded by the longest rule, so matching
time grows linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from csskills.exceptions import RuleSyntaxError
from csskills.lang._text import rule_tokens, tokenize

_MAX_EXPANSIONS = 2048
_MAX_GAP = 3
_TOKEN = re.compile(r"\(|\)|\[|\]|\||~|[?!]|[^\s()\[\]|~?!]+")
_ALT = "\x00"  # marks a one-word-alternatives token inside an expanded sequence
_WORD = re.compile(r"^[\w'’.&/+%$#@-]+\*?$")

#: Punctuation skipped between the words of a phrase.
SEPARATORS = frozenset(",;:-–—")
_MARKS = ("?", "!")


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
    """Expand a rule into every word sequence it stands for (alternatives multiplied out).

    A group of one-word alternatives stays one element (``"\\x00a|b"``) to keep the expansion
    small; :func:`compile_rules` gives each of its words its own edge.
    """
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


# -- the compiled trie -----------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    words: dict[str, _Node] = field(default_factory=dict)
    stems: list[tuple[str, _Node]] = field(default_factory=list)
    gap: _Node | None = None
    marks: dict[str, _Node] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)

    def word_child(self, word: str) -> _Node:
        child = self.words.get(word)
        if child is None:
            child = self.words[word] = _Node()
        return child

    def stem_child(self, prefix: str) -> _Node:
        for known, child in self.stems:
            if known == prefix:
                return child
        child = _Node()
        self.stems.append((prefix, child))
        self.stems.sort(key=lambda pc: -len(pc[0]))  # the most specific stem first
        return child


class Match(NamedTuple):
    """Tokens ``start`` to ``end`` (exclusive) matched ``rules`` (all rules ending there)."""

    start: int
    end: int
    rules: tuple[Rule, ...]


class PhraseMatcher:
    """A rule set compiled into a token trie; :meth:`scan` finds its phrases in a token list.

    ``tokenize`` must be the language pack's tokenizer, so that a rule word such as ``100%``
    is split into tokens exactly as the text is.
    """

    def __init__(
        self,
        rules: Iterable[Rule],
        fold: Callable[[str], str],
        tokenize: Callable[[str], list[str]],
    ) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self._root = _Node()
        self._first: dict[str, tuple[_Node, ...]] = {}  # word -> root children (cached)
        for index, rule in enumerate(self.rules):
            try:
                sequences = expand(rule.pattern)
            except RuleSyntaxError as exc:
                raise RuleSyntaxError(f"rule {rule.id!r}: {exc}") from None
            for seq in sequences:
                for node in self._insert(self._root, seq, fold, tokenize):
                    if index not in node.ends:
                        node.ends.append(index)
        self._root_stems = tuple(self._root.stems)

    def _insert(
        self,
        node: _Node,
        seq: Sequence[str],
        fold: Callable[[str], str],
        tokenize: Callable[[str], list[str]],
    ) -> list[_Node]:
        """Add ``seq`` below ``node``; returns the nodes where it ends (one per alternative)."""
        nodes = [node]
        for element in seq:
            if element == "~":
                nodes = [n.gap or _set_gap(n) for n in nodes]
                continue
            if element in _MARKS:
                nodes = [n.marks.setdefault(element, _Node()) for n in nodes]
                continue
            words = element[len(_ALT) :].split("|") if element.startswith(_ALT) else [element]
            following: list[_Node] = []
            for word in words:
                for start in nodes:
                    following.append(_add_word(start, fold(word.replace("’", "'")), tokenize))
            nodes = list(dict.fromkeys(following))
        return nodes

    # -- matching ------------------------------------------------------------------------------

    def _roots(self, token: str) -> tuple[_Node, ...]:
        found = self._first.get(token)
        if found is None:
            children = []
            child = self._root.words.get(token)
            if child is not None:
                children.append(child)
            children += [c for prefix, c in self._root_stems if token.startswith(prefix)]
            found = tuple(children)
            if len(self._first) < 500_000:  # a bounded cache: hostile vocabularies stay cheap
                self._first[token] = found
        return found

    def match_at(
        self, tokens: Sequence[str], is_word: Sequence[bool], at: int, stop: int | None = None
    ) -> Match | None:
        """The match starting exactly at token ``at`` (not looking past ``stop``), if any."""
        n = len(tokens) if stop is None else stop
        if at >= n or not is_word[at]:
            return None
        for child in self._roots(tokens[at]):
            found = _walk(child, tokens, is_word, at + 1, n)
            if found is not None:
                end, node = found
                return Match(at, end, tuple(self.rules[k] for k in node.ends))
        return None

    def find(self, folded: str) -> list[tuple[int, int, tuple[Rule, ...]]]:
        """Matches in a folded text as character spans ``(start, end, rules)`` (for tests and
        one-off use; the hot path tokenizes once and calls :meth:`scan`)."""
        tokens, starts, ends = tokenize(folded)
        is_word = [t[0].isalnum() or t[0] == "_" for t in tokens]
        return [(starts[m.start], ends[m.end - 1], m.rules) for m in self.scan(tokens, is_word)]

    def scan(self, tokens: Sequence[str], is_word: Sequence[bool]) -> list[Match]:
        """Non-overlapping matches, left to right (the first complete path at each word)."""
        out: list[Match] = []
        n = len(tokens)
        rules = self.rules
        get = self._first.get
        # the positions where a rule may start, in one comprehension: most words start none
        # (a cached empty tuple); a word never seen before (None) is looked up below
        candidates = [i for i, token in enumerate(tokens) if get(token, True) and is_word[i]]
        free = 0  # matches do not overlap: the next may start here
        for i in candidates:
            if i < free:
                continue
            token = tokens[i]
            roots = get(token)
            if roots is None:
                roots = self._roots(token)
            for child in roots:
                found = _walk(child, tokens, is_word, i + 1, n)
                if found is not None:
                    end, node = found
                    out.append(Match(i, end, tuple(rules[k] for k in node.ends)))
                    free = end
                    break
        return out


def _set_gap(node: _Node) -> _Node:
    node.gap = _Node()
    return node.gap


def _add_word(node: _Node, word: str, tokenize: Callable[[str], list[str]]) -> _Node:
    stem = word.endswith("*")
    # a hyphen or comma inside a rule word is a separator, as it is in the text
    parts = [p for p in tokenize(word[:-1] if stem else word) if p not in SEPARATORS] or [word]
    for k, part in enumerate(parts):
        last = k == len(parts) - 1
        node = node.stem_child(part) if stem and last else node.word_child(part)
    return node


def _skip(tokens: Sequence[str], is_word: Sequence[bool], i: int, n: int) -> int:
    """The next position after any separators."""
    while i < n and not is_word[i] and tokens[i] in SEPARATORS:
        i += 1
    return i


def _walk(
    node: _Node, tokens: Sequence[str], is_word: Sequence[bool], i: int, n: int
) -> tuple[int, _Node] | None:
    """The first complete path from ``node`` with the next token at ``i``: (end, final node)."""
    if node.words or node.stems or node.gap is not None:
        j = _skip(tokens, is_word, i, n)
        if j < n and is_word[j]:
            token = tokens[j]
            child = node.words.get(token)
            if child is not None:
                found = _walk(child, tokens, is_word, j + 1, n)
                if found is not None:
                    return found
            for prefix, child in node.stems:
                if token.startswith(prefix):
                    found = _walk(child, tokens, is_word, j + 1, n)
                    if found is not None:
                        return found
        if node.gap is not None:
            found = _gap(node.gap, tokens, is_word, i, n)
            if found is not None:
                return found
    if node.marks and i < n:
        child = node.marks.get(tokens[i])
        if child is not None:
            found = _walk(child, tokens, is_word, i + 1, n)
            if found is not None:
                return found
    if node.ends:
        return i, node
    return None


def _gap(
    node: _Node, tokens: Sequence[str], is_word: Sequence[bool], i: int, n: int
) -> tuple[int, _Node] | None:
    """Skip three words, then two, one, none, before continuing at ``node`` (greedy)."""
    positions = [i]
    j = i
    for _ in range(_MAX_GAP):
        j = _skip(tokens, is_word, j, n)
        if j >= n or not is_word[j]:
            break
        j += 1
        positions.append(j)
    for start in reversed(positions):
        found = _walk(node, tokens, is_word, start, n)
        if found is not None:
            return found
    return None


def compile_rules(
    rules: Iterable[Rule],
    fold: Callable[[str], str],
    tokenize: Callable[[str], list[str]] = rule_tokens,
) -> PhraseMatcher:
    """Compile ``rules`` into a :class:`PhraseMatcher` (see the module docstring).

    ``tokenize`` splits a rule word into tokens; it must agree with the pack's text tokenizer
    (the default is the one every built-in pack uses).
    """
    return PhraseMatcher(rules, fold, tokenize)
