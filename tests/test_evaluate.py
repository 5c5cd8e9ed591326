"""evaluate_corpus on a tiny hand-written brat corpus."""

from __future__ import annotations

import pathlib

from quotes.evaluate import evaluate_corpus, format_report, read_attributions

TEXT = (
    "Ann Park, the chief economist at Fenwick Bank, spoke on Monday.\n\n"
    "“Rates will rise before the summer is over,” Park said.\n\n"
    "The bank's new “green” bonds sold out.\n\n"
    "Ray Dunn called the plan “a giveaway.”\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _write_corpus(root: pathlib.Path) -> pathlib.Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8", newline="")
    content = _span(TEXT, "“Rates will rise before the summer is over,”")
    source = _span(TEXT, "Park said")
    source = (source[0], source[0] + 4)
    cue = _span(TEXT, "said.")
    cue = (cue[0], cue[0] + 4)
    content2 = _span(TEXT, "the plan “a giveaway.”")
    source2 = _span(TEXT, "Ray Dunn")
    cue2 = _span(TEXT, "called")
    lines = [
        f"T1\tSource {source[0]} {source[1]}\tPark",
        f"T2\tCue {cue[0]} {cue[1]}\tsaid",
        f"T3\tContent {content[0]} {content[1]}\t{TEXT[content[0] : content[1]]}",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        f"T4\tSource {source2[0]} {source2[1]}\tRay Dunn",
        f"T5\tCue {cue2[0]} {cue2[1]}\tcalled",
        f"T6\tContent {content2[0]} {content2[1]}\t{TEXT[content2[0] : content2[1]]}",
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
    ]
    (root / "attributions" / "doc1_ab12.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_read_attributions(tmp_path: pathlib.Path) -> None:
    root = _write_corpus(tmp_path / "gold")
    atts = read_attributions(root / "attributions" / "doc1_ab12.ann")
    assert len(atts) == 2
    assert TEXT[slice(*atts[0]["Source"][0])] == "Park"


def test_evaluate_corpus(tmp_path: pathlib.Path) -> None:
    metrics = evaluate_corpus(_write_corpus(tmp_path / "gold"))
    assert metrics["documents"] == 1
    assert metrics["gold_quotes"] == 2  # "green" is a scare quote, not gold
    # both the direct quote and the mixed fragment are found with their speakers
    assert metrics["matched"] == 2
    assert metrics["direct_r"] == 1.0
    assert metrics["mixed_r"] == 1.0
    assert metrics["false_positives"] == 0
    assert metrics["speakers_right"] == 2
    assert metrics["quote_p"] == 1.0
    assert metrics["speaker_r"] == 1.0
    report = format_report(metrics)
    assert "quote_f1" in report and "speaker_f1" in report


def test_empty_corpus(tmp_path: pathlib.Path) -> None:
    (tmp_path / "text").mkdir()
    metrics = evaluate_corpus(tmp_path)
    assert metrics["documents"] == 0 and metrics["quote_f1"] == 0.0
