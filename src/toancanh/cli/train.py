"""``toancanh train topics|sentiment``: models trained from files the user points to."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from toancanh.analyze.sentiment_data import LabelledDataError
from toancanh.analyze.sentiment_eval import evaluate_sentiment
from toancanh.analyze.sentiment_train import PRESETS, train_sentiment_model
from toancanh.analyze.topics_train import TopicDataError, evaluate_topic_model, train_topic_model
from toancanh.cli.context import app_context
from toancanh.cli.output import console

app = typer.Typer(help="Train the topic and sentiment models on labelled files.")

SeedOption = Annotated[int, typer.Option(help="Random seed (training is deterministic).")]


def _fail(error: Exception) -> typer.Exit:
    console(stderr=True).print(f"Cannot train: {error}", markup=False)
    return typer.Exit(2)


@app.command("topics")
def topics(
    data: Annotated[
        Path,
        typer.Option(
            exists=True, dir_okay=False, help='Labelled JSONL(.gz): {"label": ..., "text": ...}.'
        ),
    ],
    out: Annotated[Path, typer.Option(help="Model file to write.")] = Path("topics.npz"),
    test: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help="Evaluate on this file afterwards."),
    ] = None,
    seed: SeedOption = 0,
) -> None:
    """Train the news topic model (about 10 minutes on the 108,797 tc201805 texts).

    Use it with TOANCANH_TOPIC_MODEL=OUT (or topic_model in toancanh.toml).
    """
    out_console = console()
    started = time.perf_counter()
    with out_console.status("training topics") as status:
        try:
            model = train_topic_model(data, seed=seed, progress=lambda m: status.update(m))
        except TopicDataError as error:
            raise _fail(error) from error
    model.save(out)
    out_console.print(
        f"Saved {out} ({out.stat().st_size / 1e6:.1f} MB, {len(model.labels)} topics, "
        f"{model.version}) in {time.perf_counter() - started:.0f} s.\n"
        f"Use it: TOANCANH_TOPIC_MODEL={out}",
        markup=False,
    )
    if test is not None:
        out_console.print(evaluate_topic_model(model, test).format(), markup=False)


@app.command("sentiment")
def sentiment(
    ctx: typer.Context,
    data: Annotated[
        list[Path] | None,
        typer.Option(
            exists=True,
            help="Labelled sentences: JSONL {text, label}, a UIT-VSFC folder or a VLSP TSV "
            "file; repeat to combine.",
        ),
    ] = None,
    with_corrections: Annotated[
        bool,
        typer.Option(help="Also learn from analysts' sentiment corrections in the database."),
    ] = False,
    out: Annotated[Path, typer.Option(help="Model file to write.")] = Path("sentiment.npz"),
    test: Annotated[
        Path | None, typer.Option(exists=True, help="Evaluate on this labelled set afterwards.")
    ] = None,
    seed: SeedOption = 0,
    preset: Annotated[
        str,
        typer.Option(
            help="Training settings: news (default), uit_vsfc (students' feedback), "
            "vlsp2016 (product reviews) or plain (the earlier multinomial model)."
        ),
    ] = "news",
) -> None:
    """Train the sentiment model (seconds to a minute).

    Use it with TOANCANH_SENTIMENT_MODEL=OUT (or sentiment_model in toancanh.toml).
    """
    corrections: list[tuple[str, str]] = []
    if with_corrections:
        corrections = app_context(ctx).store().analysis.corrections("sentiment")
    if not data and not corrections:
        raise typer.BadParameter(
            "give --data FILE (or --with-corrections once analysts have corrected labels)"
        )
    try:
        if preset not in PRESETS:
            raise ValueError(f"unknown preset {preset!r}; choose one of {sorted(PRESETS)}")
        model = train_sentiment_model(
            data or [], corrections=corrections, seed=seed, options=PRESETS[preset]
        )
    except (LabelledDataError, ValueError) as error:
        raise _fail(error) from error
    model.save(out)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(model.meta["label_counts"].items()))
    console().print(
        f"Saved {out} ({out.stat().st_size / 1e3:.0f} KB, {model.meta['examples']} examples "
        f"and {model.meta['corrections']} corrections: {counts}; {model.version}).\n"
        f"Use it: TOANCANH_SENTIMENT_MODEL={out}",
        markup=False,
    )
    if test is not None:
        console().print(evaluate_sentiment(model, test).format(), markup=False)
