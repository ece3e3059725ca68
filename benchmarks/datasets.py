"""Loaders for the labelled research data sets used to validate csskills.

Every loader takes the data folder (``../shared/data`` in CI) and yields small
plain records. Nothing here is part of the library: the data sets are only read
at benchmark time and never copied into the repository.

Run ``python benchmarks/datasets.py --data ../shared/data`` to print item counts
and label distributions (to compare with each folder's ``PROVENANCE.md``).
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import html
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

csv.field_size_limit(sys.maxsize)

SWDA_APOLOGY = "fa"
SWDA_THANKING = "ft"
ESCONV_STRATEGIES = ("Question", "Restatement or Paraphrasing", "Providing Suggestions")
TYDIP_LANGUAGES = ("en", "es", "hu")


@dataclass(frozen=True, slots=True)
class LabelledTurn:
    """One labelled turn with the turns before it and the conversation it belongs to.

    ``context`` holds the turns just before ``text``, oldest first, alternating between the two
    parties (so the last one is the other party's; empty when there is none). ``group`` names
    the conversation / dialogue / meeting / post the turn comes from: the validation split
    keeps a group whole, so that no conversation sits on both sides. ``labels`` are the gold
    labels in the data set's own vocabulary (act tags, strategies, moves, ...).
    """

    id: str
    group: str
    context: tuple[str, ...]
    text: str
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class PostResponse:
    """An EPITOME (seeker post, response) pair with its mechanism level 0/1/2."""

    id: str
    seeker: str
    response: str
    level: int


@dataclass(frozen=True, slots=True)
class ScoredText:
    """A request with a continuous politeness score; ``polite`` is None outside the quartiles."""

    id: str
    text: str
    score: float
    polite: bool | None


@dataclass(frozen=True, slots=True)
class LabelledText:
    """A single text (tweet) with a raw class label and a binary positive flag."""

    id: str
    text: str
    label: str
    positive: bool


@dataclass(frozen=True, slots=True)
class Dialogue:
    """A whole dialogue as (role, text) turns, role in {"customer", "agent"}, with mean scores."""

    id: str
    turns: tuple[tuple[str, str], ...]
    scores: dict[str, float]


@dataclass(frozen=True, slots=True)
class TaggedTweet:
    """An ERICSSON labelled tweet: agent actions (outbound) or customer topics (inbound)."""

    id: str
    company: str
    role: str
    text: str
    tags: frozenset[str]
    group: str = ""


def _csv_rows(path: Path, **kwargs: object) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, **kwargs)  # type: ignore[call-overload]


def dialogue_act_labels(tag: str) -> frozenset[str]:
    """The labels of a SWBD-DAMSL / MRDA act tag: general tags plus ``^``-prefixed specific tags.

    ``qy^d^rt`` -> {qy, ^d, ^rt}; ``fh|s`` (two acts in one unit) -> {fh, s}; ``s.%--`` (a
    disruption mark after ``.``) -> {s}; ``s:qw`` (a statement quoting a wh-question, MRDA) ->
    {s}: the quoted act after ``:`` is not the unit's own function.
    """
    labels: set[str] = set()
    for act in tag.split(":", 1)[0].split("|"):
        act = act.split(".", 1)[0]
        head, *specific = act.split("^")
        labels.update([head] if head else [])
        labels.update("^" + x for x in specific if x)
    return frozenset(labels)


def swda(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """Switchboard DA utterances, one file per conversation (``Speaker|text|tag``).

    In this processed copy (NathanDuran/Switchboard-Corpus) the tag is the last
    ``|`` field and is already collapsed to the 41 SWBD-DAMSL classes of
    ``metadata/label_map.txt`` (``qy^d`` declarative yes/no, ``qw^d`` declarative wh,
    ``^g`` tag question; no other ``^`` variants), so apology is exactly ``fa`` and
    thanking exactly ``ft``. Labels: :func:`dialogue_act_labels` of the tag. ``context``
    is the most recent earlier utterance by the other speaker; the group is the
    conversation (file).
    """
    folder = Path(data_dir) / "swda" / "conversations"
    for path in sorted(folder.glob("*.txt")):
        with path.open(encoding="utf-8") as fh:
            rows = [line.rstrip("\n").rsplit("|", 2) for line in fh]
        yield from _with_previous_by_other(
            (
                (f"swda-{path.stem}-{i}", speaker, text, _swda_labels(tag.strip()))
                for i, (speaker, text, tag) in enumerate(rows)
            ),
            path.stem,
        )


def _swda_labels(tag: str) -> frozenset[str]:
    """The tag's parts plus the whole tag (``qy^d`` -> {qy, ^d, qy^d})."""
    return dialogue_act_labels(tag) | {tag}


def esconv(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """ESConv supporter turns (train+valid+test) with the most recent seeker turn as context.

    The label is the supporter's self-annotated strategy; the group is the conversation.
    """
    folder = Path(data_dir) / "esconv"
    for split in ("train", "valid", "test"):
        with (folder / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                conv = json.loads(line)
                seeker: str | None = None
                for i, turn in enumerate(conv["dialog"]):
                    text = turn["text"].strip()
                    if turn["speaker"] == "usr":
                        seeker = text or seeker
                    elif text and turn.get("strategy"):
                        yield LabelledTurn(
                            f"esconv-{split}-{n}-{i}",
                            f"{split}-{n}",
                            (seeker,) if seeker else (),
                            text,
                            frozenset([turn["strategy"]]),
                        )


def epitome(data_dir: Path | str, mechanism: str = "emotional-reactions") -> Iterator[PostResponse]:
    """EPITOME Reddit pairs for one mechanism file (default: emotional reactions)."""
    path = Path(data_dir) / "epitome" / f"{mechanism}-reddit.csv"
    for row in _csv_rows(path):
        yield PostResponse(
            f"epitome-{row['sp_id']}-{row['rp_id']}",
            row["seeker_post"].strip(),
            row["response_post"].strip(),
            int(row["level"]),
        )


EPITOME_MECHANISMS = ("emotional-reactions", "interpretations", "explorations")


def epitome_mechanisms(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """EPITOME pairs with every mechanism at once: labels = the mechanisms with level > 0.

    The three files list the same pairs in the same order (checked). 40 (post, response)
    pairs occur twice (6 of them with different levels), so the id carries the row number;
    the group is the seeker post.
    """
    files = [epitome(data_dir, m) for m in EPITOME_MECHANISMS]
    for row, pairs in enumerate(zip(*files, strict=True)):
        first = pairs[0]
        if any(p.id != first.id for p in pairs):
            raise ValueError(f"EPITOME files out of step at row {row}: {first.id}")
        sp_id = first.id.split("-")[1]
        labels = frozenset(m for m, p in zip(EPITOME_MECHANISMS, pairs, strict=True) if p.level)
        yield LabelledTurn(f"{first.id}-{row}", sp_id, (first.seeker,), first.response, labels)


def _quartile_labelled(rows: list[tuple[str, str, float]]) -> Iterator[ScoredText]:
    scores = np.array([s for _, _, s in rows])
    q1, q3 = np.percentile(scores, [25, 75])
    for id_, text, score in rows:
        polite = True if score >= q3 else False if score <= q1 else None
        yield ScoredText(id_, text, score, polite)


def politeness(data_dir: Path | str, community: str = "wikipedia") -> Iterator[ScoredText]:
    """Stanford Politeness requests; top vs bottom quartile of Normalized Score over the file.

    As in Danescu-Niculescu-Mizil et al. (2013): ``polite`` is True for the top
    25%, False for the bottom 25%, None in between.
    """
    name = "wikipedia" if community == "wikipedia" else "stack-exchange"
    path = Path(data_dir) / "stanford-politeness" / f"{name}.annotated.csv"
    rows = [
        (f"politeness-{name}-{r['Id']}", r["Request"].strip(), float(r["Normalized Score"]))
        for r in _csv_rows(path)
    ]
    yield from _quartile_labelled(rows)


def tydip(data_dir: Path | str, language: str = "en") -> Iterator[ScoredText]:
    """TyDiP binary test file of one language (``polite`` = score > 0, as in the paper)."""
    path = Path(data_dir) / "tydip" / "binary" / f"{language}_test_binary.csv"
    for i, row in enumerate(_csv_rows(path)):
        score = float(row["score"])
        yield ScoredText(f"tydip-{language}-{i}", row["sentence"].strip(), score, score > 0)


def _stc3_dialogues(path: Path, split: str) -> Iterator[Dialogue]:
    roles = {"customer": "customer", "helpdesk": "agent"}
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    for dialog in data:
        turns = tuple(
            (roles[t["sender"]], " ".join(u.strip() for u in t["utterances"]).strip())
            for t in dialog["turns"]
        )
        scores: dict[str, float] = {}
        annotations = dialog.get("annotations") or []
        for key in ("A", "S", "E"):
            values = [a["quality"][key] for a in annotations]
            if values:
                scores[key] = float(np.mean(values))
        yield Dialogue(f"stc3-{split}-{dialog['id']}", turns, scores)


def stc3(data_dir: Path | str, split: str = "train") -> Iterator[Dialogue]:
    """STC-3 English dialogues; scores = mean A, S, E over the annotators (train only).

    ``helpdesk`` turns become ``agent`` turns; a turn's utterances are joined with a space.
    """
    yield from _stc3_dialogues(Path(data_dir) / "stc3-dch" / f"{split}_data_en.json", split)


def davidson(data_dir: Path | str) -> Iterator[LabelledText]:
    """Davidson et al. tweets; positive = offensive (1) or hate (0), negative = neither (2)."""
    path = Path(data_dir) / "davidson-offensive" / "labeled_data.csv"
    for row in _csv_rows(path):
        yield LabelledText(f"davidson-{row['']}", row["tweet"], row["class"], row["class"] != "2")


def offenseval_turkish(data_dir: Path | str) -> Iterator[LabelledText]:
    """OffensEval 2020 Turkish training TSV (no header): id, tweet, OFF|NOT."""
    path = Path(data_dir) / "offenseval2020-turkish" / "offenseval-tr-training-v1.tsv"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            id_, text, label = line.rstrip("\n").split("\t")
            yield LabelledText(f"offenseval-tr-{id_}", text, label, label == "OFF")


def ericsson(data_dir: Path | str) -> Iterator[TaggedTweet]:
    """ERICSSON labelled tweets: outbound = agent (actions), inbound = customer (topics).

    Tags are the multi-hot columns after ``company`` whose value is 1; the group is
    ``main_tweet_id`` (the thread the tweet belongs to). HTML entities (``&gt;``) are unescaped.
    """
    folder = Path(data_dir) / "ericsson-twcs-labeled" / "csv" / "labeled"
    for path in sorted(folder.glob("twcs-*.csv")):
        role = "agent" if path.stem.endswith("outbound") else "customer"
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            fields = reader.fieldnames or []
            tag_cols = fields[fields.index("company") + 1 :]
            for row in reader:
                tags = frozenset(c for c in tag_cols if row[c].strip() not in ("", "0", "0.0"))
                yield TaggedTweet(
                    f"ericsson-{row['tweet_id']}",
                    row["company"],
                    role,
                    html.unescape(row["text"]),
                    tags,
                    row["main_tweet_id"],
                )


def _with_previous_by_other(
    rows: Iterable[tuple[str, str, str, frozenset[str] | None]], group: str
) -> Iterator[LabelledTurn]:
    """Labelled turns of one conversation, each with the latest turn by another speaker.

    ``rows`` are (id, speaker, text, labels) in spoken order; a row with labels None is
    context only (an unlabelled unit). Works for many speakers: the context of a turn is the
    most recent earlier turn whose speaker differs from the turn's own.
    """
    last: tuple[str, str] | None = None  # (speaker, text) of the latest turn
    before: str | None = None  # latest text by a speaker other than last's
    for id_, speaker, text, labels in rows:
        if not text.strip():
            continue
        if labels is not None:
            if last is None:
                context: tuple[str, ...] = ()
            elif last[0] != speaker:
                context = (last[1],)
            else:
                context = (before,) if before is not None else ()
            yield LabelledTurn(id_, group, context, text, labels)
        if last is not None and last[0] != speaker:
            before = last[1]
        last = (speaker, text)


def contextdep(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """ContextDeP guest-turn / host-reply pairs (train+dev+test, aggregated token files).

    Label ``paraphrase`` when a strict majority of the crowd votes say the host paraphrased
    the guest (k / n > 0.5; the 11 ties are negatives). Text = the whitespace tokens joined by
    spaces; the group is the interview (QID without its turn number).
    """
    folder = Path(data_dir) / "contextdep-paraphrase"
    for split in ("TRAIN", "DEV", "TEST"):
        for row in _csv_rows(folder / f"ANON_{split}_TOKEN-annotations.tsv", delimiter="\t"):
            k, n = ast.literal_eval(row["Vote"])
            guest = " ".join(ast.literal_eval(row["Guest Tokens"]))
            host = " ".join(ast.literal_eval(row["Host Tokens"]))
            labels = frozenset(["paraphrase"] if k / n > 0.5 else [])
            qid = row["QID"]
            yield LabelledTurn(f"contextdep-{qid}", qid.rsplit("-", 1)[0], (guest,), host, labels)


def midas(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """MIDAS counselor turns (Spanish) with the most recent patient turn as context.

    Labels = the span tags of the turn (``question``, ``reflection``); the group is the
    conversation (video). Turns by ``unclear`` speakers are neither items nor context.
    """
    path = Path(data_dir) / "midas-spanish-mi" / "Spanish_MI.json"
    with path.open(encoding="utf-8") as fh:
        conversations = json.load(fh)
    for conv_id, turns in conversations.items():
        patient: str | None = None
        for turn in sorted(turns, key=lambda t: t["turn_number"]):
            text = turn["turn"].strip()
            if turn["speaker"] == "patient":
                patient = text or patient
            elif turn["speaker"] == "counselor" and text:
                labels = frozenset(t["tag"] for t in turn["tag_positions"])
                yield LabelledTurn(
                    f"midas-{conv_id}-{turn['turn_number']}",
                    conv_id,
                    (patient,) if patient else (),
                    text,
                    labels,
                )


RSICS_TAGS = (
    "Greeting",
    "Backstory",
    "Justification",
    "Rant",
    "Gratitude",
    "Other",
    "Express Emotion",
)


def rsics(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """RSiCS customer requests; labels = the tags set to 1 plus ``source:forum`` / ``source:va``.

    The text is the whole request (``MergedSelections`` without the selection brackets). Tags
    describe only the selected (unnecessary-for-intent) part. Dataset 1 is the TripAdvisor
    forum, 2-4 the virtual-agent logs. Each request is its own group.
    """
    path = Path(data_dir) / "rsics" / "tagged_selections_by_sentence.csv"
    for row in _csv_rows(path):
        text = row["MergedSelections"].replace("[", "").replace("]", "").strip()
        source = "source:forum" if row["Dataset"] == "1" else "source:va"
        labels = frozenset([source, *(t for t in RSICS_TAGS if row[t].strip() == "1")])
        id_ = f"{row['Dataset']}-{row['SentenceID']}"
        yield LabelledTurn(f"rsics-{id_}", id_, (), text, labels)


def airline(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """CrowdFlower airline tweets; labels = sentiment plus ``reason:<negativereason>``.

    HTML entities (``&amp;``) are unescaped. The group is the tweet's author (several tweets
    by one customer are often about one incident, so they stay on one side of the split).
    """
    path = Path(data_dir) / "airline-sentiment" / "Airline-Sentiment-2-w-AA.csv"
    for row in _csv_rows(path):
        labels = {row["airline_sentiment"]}
        if row["negativereason"]:
            labels.add(f"reason:{row['negativereason']}")
        yield LabelledTurn(
            f"airline-{row['_unit_id']}", row["name"], (), html.unescape(row["text"]),
            frozenset(labels),
        )  # fmt: skip


CONVABUSE_SEVERITIES = ("1", "0", "-1", "-2", "-3")


def _convabuse_labels(row: dict[str, str]) -> frozenset[str]:
    """``abusive`` when a strict majority of the turn's annotators chose severity -1..-3.

    For abusive turns also ``abusive:implicit`` (at least half of the annotators who judged it
    abusive marked it implicit) and ``abusive:agent`` (at least half chose target system).
    Type, target and directness are only given by annotators who judged the turn abusive.
    """
    n = abusive = implicit = agent = 0
    for a in range(1, 9):
        severity = [s for s in CONVABUSE_SEVERITIES if row.get(f"Annotator{a}_is_abuse.{s}") == "1"]
        if not severity:
            continue
        n += 1
        if severity[0].startswith("-"):
            abusive += 1
            implicit += row.get(f"Annotator{a}_implicit") == "1"
            agent += row.get(f"Annotator{a}_target.system") == "1"
    if 2 * abusive <= n:
        return frozenset()
    labels = {"abusive"}
    if 2 * implicit >= abusive:
        labels.add("abusive:implicit")
    if 2 * agent >= abusive:
        labels.add("abusive:agent")
    return frozenset(labels)


def convabuse(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """ConvAbuse user turns (train+valid+test) with prev_agent, prev_user, agent as context.

    Labels: :func:`_convabuse_labels`; the group is the conversation (``conv_id``).
    """
    folder = Path(data_dir) / "convabuse"
    for split in ("train", "valid", "test"):
        for row in _csv_rows(folder / f"ConvAbuseEMNLP{split}.csv"):
            context = tuple(row[k].strip() for k in ("prev_agent", "prev_user", "agent"))
            yield LabelledTurn(
                f"convabuse-{row['example_id']}",
                row["conv_id"],
                context,
                row["user"].strip(),
                _convabuse_labels(row),
            )


def mrda(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """MRDA dialogue-act units in time order, each with the latest unit by another speaker.

    Labels: :func:`dialogue_act_labels` of the original tag. Units tagged ``z`` (not labelled)
    or with an empty tag are context only. The group is the meeting.
    """
    path = Path(data_dir) / "mrda" / "mrda_da.tsv"
    meetings: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for row in _csv_rows(path, delimiter="\t", quoting=csv.QUOTE_NONE):
        meetings[row["meeting"]].append(row)
    for meeting, rows in meetings.items():
        rows.sort(key=lambda r: (float(r["start"]), float(r["end"])))
        yield from _with_previous_by_other(
            (
                (
                    f"mrda-{r['da_id']}",
                    r["speaker"],
                    r["text"],
                    None if r["da_tag"] in ("", "z") else dialogue_act_labels(r["da_tag"]),
                )
                for r in rows
            ),
            meeting,
        )


def maptask(data_dir: Path | str) -> Iterator[LabelledTurn]:
    """HCRC Map Task moves (MIAM copy), de-duplicated by ``File_ID``.

    The train, dev and test files repeat dialogues; each File_ID is read once, from the first
    file that has it. Each utterance has the latest utterance by the other participant as
    context; the label is the move; the group is the dialogue (File_ID).
    """
    dialogues: dict[str, list[dict[str, str]]] = {}
    for split in ("train", "dev", "test"):
        seen: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
        for row in _csv_rows(Path(data_dir) / "maptask-miam" / f"{split}.csv"):
            seen[row["File_ID"]].append(row)
        for file_id, rows in seen.items():
            dialogues.setdefault(file_id, rows)
    for file_id, rows in dialogues.items():
        yield from _with_previous_by_other(
            (
                (f"maptask-{file_id}-{i}", r["Speaker"], r["Utterance"],
                 frozenset([r["Dialogue_Act"]]))
                for i, r in enumerate(rows)
            ),
            file_id,
        )  # fmt: skip


def tweetsumm(data_dir: Path | str) -> Iterator[Dialogue]:
    """TweetSumm dialogues as reconstructed in ``with_text_laradji/twitter.json`` (no labels)."""
    path = Path(data_dir) / "tweetsumm" / "with_text_laradji" / "twitter.json"
    with path.open(encoding="utf-8") as fh:
        documents = json.load(fh)["document"]
    roles = {"Customer": "customer", "Agent": "agent"}
    for doc in documents:
        head, *parts = doc.split("\n\t")
        turns = []
        for part in parts:
            role, _, text = part.partition(":\t")
            if role in roles and text.strip():
                turns.append((roles[role], text.strip()))
        yield Dialogue(f"tweetsumm-{head.strip()}", tuple(turns), {})


def _summary(data_dir: Path) -> None:
    """Print counts and label distributions for every loader."""

    def show(name: str, counter: collections.Counter[object]) -> None:
        total = sum(counter.values())
        top = ", ".join(f"{k}: {v}" for k, v in counter.most_common(12))
        print(f"{name:28s} n={total:<7d} {top}")

    def labels(records: Iterable[LabelledTurn]) -> collections.Counter[object]:
        counter: collections.Counter[object] = collections.Counter({"(items)": 0})
        for r in records:
            counter["(items)"] += 1
            counter.update(r.labels)
        return counter

    show("swda act labels", labels(swda(data_dir)))
    show("esconv strategies", labels(esconv(data_dir)))
    show("epitome mechanisms > 0", labels(epitome_mechanisms(data_dir)))
    show("epitome emotional level", collections.Counter(p.level for p in epitome(data_dir)))
    show("politeness wiki quartile", collections.Counter(s.polite for s in politeness(data_dir)))
    for lang in TYDIP_LANGUAGES:
        show(f"tydip {lang} polite", collections.Counter(s.polite for s in tydip(data_dir, lang)))
    train = list(stc3(data_dir, "train"))
    s_mean = np.mean([d.scores["S"] for d in train])
    show(
        f"stc3 train (turns; mean S {s_mean:.2f})",
        collections.Counter(r for d in train for r, _ in d.turns),
    )
    show(
        "stc3 test (turns)",
        collections.Counter(r for d in stc3(data_dir, "test") for r, _ in d.turns),
    )
    show("davidson class", collections.Counter(t.label for t in davidson(data_dir)))
    show("offenseval-tr", collections.Counter(t.label for t in offenseval_turkish(data_dir)))
    er = list(ericsson(data_dir))
    show("ericsson roles", collections.Counter(t.role for t in er))
    show(
        "ericsson agent tags",
        collections.Counter(g for t in er if t.role == "agent" for g in t.tags),
    )
    show(
        "tweetsumm (turns)", collections.Counter(r for d in tweetsumm(data_dir) for r, _ in d.turns)
    )
    for name, loader in (
        ("contextdep-paraphrase", contextdep),
        ("midas-spanish-mi", midas),
        ("rsics", rsics),
        ("airline-sentiment", airline),
        ("convabuse", convabuse),
        ("mrda", mrda),
        ("maptask-miam", maptask),
    ):
        show(name, labels(loader(data_dir)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    _summary(parser.parse_args().data)
