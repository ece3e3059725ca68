"""Language detection from the rule packs' own profiles (no heavy dependency).

Two cues, both taken from the packs themselves so that a new pack is detected without any
other change:

* **function words** (each pack's ``stop_words``), compared after folding, so text typed without
  diacritics is still recognised; a word that several packs list (Spanish and Portuguese "de")
  counts ``1/k`` for each of the ``k`` packs, so closely related languages are told apart by the
  words they do not share;
* **letters** typical of a spelling (each pack's ``letters``: "ñ", "ğ", "ő", "ā"), weighted the
  same way; they help most on short texts and vanish, harmlessly, when diacritics are dropped.

Too little evidence, a tie between two languages, or a script no pack reads gives an explicit
"undetermined" result with the reason: csskills never silently scores a text as English.

A text in a language that has **no pack** must not be scored with the nearest pack's rules
(Italian read as French). So the same cues are also counted for a few common languages
without a pack (:data:`UNSUPPORTED`: small function-word lists and letters, used only to say
"unsupported"): when one of them explains the text better than any pack, the result is
undetermined, "looks like Italian, which has no rule pack". When the optional
`lingua-language-detector <https://pypi.org/project/lingua-language-detector/>`_ is installed
(``pip install "csskills[detect]"``), it is asked first: its verdict decides whether the text
is in a language without a pack; the packs' own cues still choose among the packs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from csskills.lang._registry import get_language, supported_languages
from csskills.lang._text import fold

#: Common languages without a rule pack, with a few dozen function words and typical letters
#: each: enough to recognise that a text is in one of them, never used to score.
UNSUPPORTED: Mapping[str, tuple[str, str, str]] = {
    # code: (name, function words, letters)
    "it": (
        "Italian",
        "il lo gli della dello degli delle dei nella nello nelle negli sulla sullo dalla "
        "alla allo agli alle col che chi non sono siamo siete hanno abbiamo avete anche "
        "perche questo questa questi quello quella molto piu gia ancora sempre niente "
        "nulla grazie buongiorno buonasera prego mio mia miei tuo tua suo sua nostro vostro "
        "posso puo dispiace allora subito cosa oggi ieri domani ciao sto sta stato essere "
        "fatto ecco adesso dopo prima ogni tutto tutti qualche ho hai qual quale altro altra "
        "salve perfetto c'e vorrei bene",
        "",
    ),
    "nl": (
        "Dutch",
        "het een van ik jij je u uw wij zij hij zijn ben bent niet geen wel ook nog maar "
        "dat die dit deze wat wie waar hoe waarom met voor aan naar bij uit over heb hebt "
        "heeft hebben kan kunt kunnen wil moet mijn jouw onze graag dank bedankt "
        "goedemorgen hallo heel erg sinds gisteren meer niets alles zou zal wordt worden "
        "werd hier daar toch even dus",
        "",
    ),
    "pl": (
        "Polish",
        "nie sie ze jest sa jak ale od po za co czy juz tak dla moj moja moje pan pani "
        "dzien dobry dziekuje przepraszam bardzo mnie ten tego tym jego jej ich byl byla "
        "bylo moze mozna tylko jeszcze teraz wczoraj jutro prosze ktory ktora ktore gdzie "
        "kiedy dlaczego nic mam masz ma mamy sobie juz bo wiec",
        "łęąśżźćń",
    ),
    "ro": (
        "Romanian",
        "si nu este sunt am ai are au ce care mai din pentru sau dar imi iti va ma "
        "foarte buna ziua multumesc rog pot puteti acum deja nimic meu mea "
        "dumneavoastra aseara ieri maine pare rau doar inca acest aceasta asta fost "
        "fi vreau trebuie cum unde cand de ce",
        "șțăâîşţ",
    ),
    "sv": (
        "Swedish",
        "och att det som ett ar pa for med jag har inte till av den men sa kan min mitt "
        "din hej tack ledsen sedan igar kvall vilken vad hur varfor ocksa redan bara nu "
        "mycket skulle kunde finns nagot inget eller",
        "åäö",
    ),
    "da": (
        "Danish or Norwegian",
        "og at det er pa med jeg har ikke til af av om den men sa kan min mit mitt din "
        "hej hei tak takk undskyld beklager meget veldig ogsa nu na allerede hvad hva "
        "hvor hvorfor vil skal kunne noget noe intet",
        "æøå",
    ),
    "cs": (
        "Czech or Slovak",
        "je se to ze jsem jste jsme neni ne ale jak co uz tak pro mi me muj moje dekuji "
        "prosim dobry den omlouvam velmi take jeste nic kdyz proc kde vcera byl byla bylo "
        "mate muzete",
        "řěůčšžýď",
    ),
    "ca": (
        "Catalan",
        "els les amb per que es son em et ens us molt tambe pero ja aquest aquesta "
        "gracies bon dia si plau puc pot meu meva ahir res perque vostre vosaltres "
        "nosaltres hem heu han",
        "",
    ),
    "fi": (
        "Finnish",
        "ja on ei se etta olen olet han me te he mina sina mutta kun jos niin myos viela "
        "kiitos anteeksi hyvaa paivaa mita miksi missa tama sita ole voi voitteko jo nyt "
        "eilen huomenna mitaan",
        "",
    ),
    "id": (
        "Indonesian or Malay",
        "saya anda kami kita dan yang di ke dari ini itu tidak sudah belum akan bisa "
        "dengan untuk ada terima kasih maaf selamat pagi apa bagaimana kenapa mengapa "
        "juga sangat masih",
        "",
    ),
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# URLs, e-mail addresses and @handles say nothing about the language ("com" is Portuguese).
# Look-behinds start a URL or address only where a word/run starts: same matches, linear time.
_NOISE = re.compile(r"(?<!\w)\w+://\S+|www\.\S+|(?<!\S)\S+@\S+|@\w+|#\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# A letter cue is worth this many function words.
LETTER_WEIGHT = 0.5
# Below this much evidence (in function-word units) the language is undetermined.
MIN_EVIDENCE = 1.0
# Below this share of the text's words covered by the best profile, long texts are undetermined.
MIN_COVERAGE = 0.08
# The runner-up may reach at most this share of the winner's evidence.
MAX_RIVAL_SHARE = 0.8
# Confidence under which a conversation is detected turn by turn (see DefaultEvaluator).
CONFIDENT = 0.5
# A long text whose best pack covers less than this share of its words must also win by at
# least MIN_MARGIN (share of the winner's evidence) to be called.
MIN_CONFIDENT_COVERAGE = 0.15
MIN_MARGIN = 0.5
# A language without a pack wins when its evidence reaches this share of the best pack's.
UNSUPPORTED_SHARE = 1.0


def _evidence(
    profiles: _Profiles, codes: Iterable[str], words: list[str], text: str
) -> dict[str, float]:
    """Function-word and letter evidence per candidate (shared cues split evenly)."""
    scores = dict.fromkeys(codes, 0.0)
    for word in words:
        owners = profiles.words.get(word)
        if owners:
            share = 1.0 / len(owners)
            for code in owners:
                scores[code] += share
    for ch in _NON_ASCII.findall(text):
        owners = profiles.letters.get(ch)
        if owners:
            share = LETTER_WEIGHT / len(owners)
            for code in owners:
                scores[code] += share
    return scores


def _unsupported(codes: tuple[str, ...], words: list[str], text: str, n_words: int) -> str | None:
    """The name of a language without a pack that the text is in, or ``None``.

    With lingua installed, its verdict is used; otherwise the packs compete with the small
    profiles of :data:`UNSUPPORTED`, and an unsupported language must explain the text at
    least as well as the best pack.
    """
    verdict = _lingua_verdict(text, codes)
    if verdict is not None:
        return verdict or None
    others = tuple(c for c in UNSUPPORTED if c not in codes)
    if not others:
        return None
    scores = _evidence(_profiles(codes, others), (*codes, *others), words, text)
    best_pack = max((scores[c] for c in codes), default=0.0)
    code, best_other = max(((c, scores[c]) for c in others), key=lambda kv: kv[1])
    wins = best_other >= MIN_EVIDENCE and best_other >= UNSUPPORTED_SHARE * best_pack
    if wins and (best_other > best_pack or n_words >= 8):
        return UNSUPPORTED[code][0]
    return None


# -- the optional lingua detector --------------------------------------------------------------

#: Minimum lingua confidence for its verdict to count.
LINGUA_CONFIDENCE = 0.5
_LINGUA: list[object] = []  # [detector] once built, [None] when lingua is not installed


def _lingua_detector() -> object | None:
    if not _LINGUA:
        try:
            import lingua  # type: ignore[import-not-found, unused-ignore]
        except ImportError:
            _LINGUA.append(None)
        else:
            _LINGUA.append(
                lingua.LanguageDetectorBuilder.from_all_languages()
                .with_low_accuracy_mode()
                .build()
            )
    return _LINGUA[0]


def _lingua_verdict(text: str, codes: tuple[str, ...]) -> str | None:
    """``None`` without lingua or without a confident verdict; ``""`` when lingua finds a
    language that has a pack; else the name of the language it finds (which has none)."""
    detector = _lingua_detector()
    if detector is None or not text.strip():
        return None
    values = detector.compute_language_confidence_values(text)  # type: ignore[attr-defined]
    if not values:
        return None
    top = values[0]
    if top.value < LINGUA_CONFIDENCE:
        return None
    iso = top.language.iso_code_639_1.name.lower()
    return "" if iso in {primary(c) for c in codes} else top.language.name.title()


def primary(code: str) -> str:
    """The primary subtag of a language code (``pt-BR`` -> ``pt``)."""
    return code.replace("_", "-").split("-")[0].lower()


@dataclass(frozen=True)
class Detection:
    """The detected language code (``None`` when undetermined), a 0-1 confidence and why.

    ``scores`` holds the evidence per candidate (function-word units), for diagnostics;
    ``unsupported`` names the language without a pack that the text looks like, when that is
    why the result is undetermined (a caller should then not look for a pack turn by turn).
    """

    code: str | None
    confidence: float
    reason: str
    scores: Mapping[str, float] | None = None
    unsupported: str | None = None


@dataclass(frozen=True)
class _Profiles:
    words: Mapping[str, tuple[str, ...]]  # folded function word -> packs listing it
    letters: Mapping[str, tuple[str, ...]]  # lower-case letter -> packs listing it
    codes: tuple[str, ...]


@lru_cache(maxsize=8)
def _profiles(codes: tuple[str, ...], unsupported: tuple[str, ...] = ()) -> _Profiles:
    words: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    for code in codes:
        pack = get_language(code)
        for word in pack.folded_stop_words:
            words.setdefault(word, []).append(code)
        for letter in set(pack.letters.lower()) | set(pack.letters):
            letters.setdefault(letter, []).append(code)
    for code in unsupported:
        _, listed, typical = UNSUPPORTED[code]
        for word in dict.fromkeys(fold(listed).split()):
            words.setdefault(word, []).append(code)
        for letter in set(typical.lower()) | set(typical):
            letters.setdefault(letter, []).append(code)
    return _Profiles(
        {w: tuple(c) for w, c in words.items()},
        {ch: tuple(c) for ch, c in letters.items()},
        codes,
    )


def _foreign_script(text: str) -> str | None:
    """The name of the main non-Latin script when most letters are in one, else ``None``."""
    if text.isascii():
        return None
    latin = len(_ASCII_LETTER.findall(text))
    other: dict[str, int] = {}
    for ch in _NON_ASCII.findall(text):
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ")[0] if name else "UNKNOWN"
        if script == "LATIN":
            latin += 1
        else:
            other[script] = other.get(script, 0) + 1
    if not other:
        return None
    script, count = max(other.items(), key=lambda kv: kv[1])
    return script.title() if count > latin else None


def detect_language(texts: Iterable[str], candidates: Iterable[str] | None = None) -> Detection:
    """Detect the language of ``texts`` among ``candidates`` (default: every supported pack).

    The confidence grows with the amount of evidence (saturating after a handful of function
    words) and with the margin over the runner-up; a short or ambiguous text gets a low one.
    """
    codes = tuple(candidates) if candidates is not None else supported_languages()
    text = _NOISE.sub(" ", " ".join(texts))
    script = _foreign_script(text)
    if script is not None:
        return Detection(
            None,
            0.0,
            f"the text is mostly in {script} script, which no supported pack reads; "
            f"supported: {', '.join(codes)}",
        )
    words = _WORD.findall(fold(text))
    n_words = len(words)
    scores = _evidence(_profiles(codes), codes, words, text)
    if n_words == 0:
        return Detection(None, 0.0, "no words to detect the language from", scores)
    foreign = _unsupported(codes, words, text, n_words)
    if foreign is not None:
        return Detection(
            None,
            0.0,
            f"the text looks like {foreign}, which has no rule pack (an unsupported language); "
            f"supported: {', '.join(codes)}",
            scores,
            unsupported=foreign,
        )
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_score = ranked[0]
    runner, runner_score = ranked[1] if len(ranked) > 1 else ("", 0.0)
    if best_score < MIN_EVIDENCE:
        return Detection(
            None,
            0.0,
            f"too little text to detect the language ({n_words} words, no function word or "
            f"letter typical of one supported language)",
            scores,
        )
    coverage = min(1.0, best_score / n_words)
    if n_words >= 8 and coverage < MIN_COVERAGE:
        return Detection(
            None,
            0.0,
            f"the text matches no supported language's function words well enough (best: "
            f"{best}, {coverage:.0%} of {n_words} words); supported: {', '.join(codes)}",
            scores,
        )
    if runner_score > MAX_RIVAL_SHARE * best_score:
        return Detection(
            None,
            0.0,
            f"ambiguous between {best} ({best_score:.1f}) and {runner} ({runner_score:.1f})",
            scores,
        )
    margin = (best_score - runner_score) / best_score
    if n_words >= 8 and coverage < MIN_CONFIDENT_COVERAGE and margin < MIN_MARGIN:
        return Detection(
            None,
            0.0,
            f"no supported language fits clearly (best: {best}, {coverage:.0%} of {n_words} "
            f"words, {runner} close behind); supported: {', '.join(codes)}",
            scores,
        )
    evidence = 1.0 - math.exp(-best_score / 2.0)
    confidence = evidence * (0.4 + 0.6 * margin) * min(1.0, 0.5 + coverage * 2.5)
    return Detection(
        best,
        confidence,
        f"function words and letters: {best} {best_score:.1f} vs {runner or '-'} "
        f"{runner_score:.1f} over {n_words} words",
        scores,
    )
