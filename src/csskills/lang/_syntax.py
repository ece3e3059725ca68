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
word start the longest continuation wins. Because every quantifier is bounded by a word or by the
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
_MAX_EXPANSIONS = 512
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


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)


def _parse_alternatives(tokens: list[str], pos: int, closer: str) -> tuple[list[list[str]], int]:
    """Parse ``a b|c|`` up to ``closer``; return the alternatives (token lists) and next position."""
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


def _word_regex(word: str) -> str:
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word) + r"(?!\w)"


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
        sequences = [seq + [tok] for seq in sequences]
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
    """The folded first word(s) of a sequence: alternatives split, so the root is a char trie."""
    words = tok[len(_ALT) :].split("|") if tok.startswith(_ALT) else [tok]
    return sorted({fold(w.replace("’", "'")) for w in words})


def _fragments(seq: Sequence[str], fold: Callable[[str], str]) -> list[str]:
    """Turn the words after the first into regex fragments, one per trie edge."""
    frags: list[str] = []
    after_gap = False
    for tok in seq:
        if tok == "~":
            frags.append(SEPARATOR + _GAP)
            after_gap = True
            continue
        if tok in ("?", "!"):
            frags.append(r"\s*" + re.escape(tok))
            after_gap = False
            continue
        sep = "" if after_gap else SEPARATOR
        if tok.startswith(_ALT):
            words = _first_words(tok, fold)
            frag = "(?:" + "|".join(_word_regex(w) for w in words) + ")"
        else:
            frag = _word_regex(fold(tok.replace("’", "'")))
        frags.append(sep + frag)
        after_gap = False
    return frags


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


def compile_rules(rules: Iterable[Rule], fold: Callable[[str], str]) -> CompiledRules:
    """Compile rules into one trie-shaped regex over folded text (see the module docstring).

    The first word of every phrase goes into a character trie, so that at each word start the
    regex engine dispatches on one literal character at a time (CPython's engine skips a
    branch that starts with a non-matching literal in one comparison); the words after it form
    a word-level trie.
    """
    rules = tuple(rules)
    root = _CharNode()
    for index, rule in enumerate(rules):
        try:
            sequences = expand(rule.pattern)
        except RuleSyntaxError as exc:
            raise RuleSyntaxError(f"rule {rule.id!r}: {exc}") from None
        for seq in sequences:
            rest = _fragments(seq[1:], fold)
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
                for frag in rest:
                    node = node.children.setdefault(frag, _Node())
                if index not in node.ends:
                    node.ends.append(index)
    # Emit, numbering the marker groups in the order they appear in the pattern text.
    ordered_ends: list[list[int]] = []

    def alternation(branches: list[str]) -> str:
        if not branches:
            return "(?!)"
        if len(branches) == 1:
            return branches[0] if branches[0] == "()" else "(?:" + branches[0] + ")"
        return "(?:" + "|".join(branches) + ")"

    def emit(node: _Node) -> str:
        # Factor the word separator out of the continuations, so that after it every branch
        # starts with a literal the engine can reject in one comparison.
        after_sep = []
        branches = []
        for frag, child in sorted(node.children.items()):
            if frag.startswith(SEPARATOR):
                after_sep.append(frag[len(SEPARATOR) :] + emit(child))
            else:
                branches.append(frag + emit(child))
        if after_sep:
            branches.insert(0, SEPARATOR + alternation(after_sep))
        if node.ends:
            ordered_ends.append(node.ends)
            branches.append("()")
        return alternation(branches)

    def emit_chars(cnode: _CharNode) -> str:
        branches = [
            re.escape(ch) + emit_chars(child) for ch, child in sorted(cnode.children.items())
        ]
        if cnode.word_end is not None:
            branches.append(r"(?!\w)" + emit(cnode.word_end))
        if cnode.stem_end is not None:
            branches.append(r"\w*" + emit(cnode.stem_end))
        return alternation(branches)

    regex = re.compile(r"(?<!\w)" + emit_chars(root))
    targets: list[tuple[Rule, ...]] = [()]  # group 0 is the whole match
    targets.extend(tuple(rules[i] for i in ends) for ends in ordered_ends)
    return CompiledRules(regex=regex, targets=tuple(targets), rules=rules)
