"""``toancanh eval ...``: quality measured on labelled data, checked against pinned floors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from toancanh.analyze.article_tone_eval import ROLLUPS, evaluate_articles
from toancanh.analyze.entities import evaluate_entities
from toancanh.analyze.legal_eval import evaluate_legal_refs
from toancanh.analyze.sentiment import SentimentBackendError, load_sentiment_analyzer
from toancanh.analyze.sentiment_data import LabelledDataError
from toancanh.analyze.sentiment_eval import evaluate_by_kind, evaluate_sentiment
from toancanh.analyze.sentiment_model import ModelFormatError, SentimentModel
from toancanh.analyze.sentiment_train import PRESETS, train_sentiment_model
from toancanh.analyze.topics import load_topic_model, read_topic_model
from toancanh.analyze.topics_train import TopicDataError, evaluate_topic_model
from toancanh.claims.evaluate import ClaimsDataError, evaluate_claims
from toancanh.cli.output import console, print_json
from toancanh.floors import FLOORS_FILE, check_floors
from toancanh.ingest.extract_eval import evaluate_extraction, format_report
from toancanh.trends.forecast_eval import ForecastDataError, backtest, read_series
from toancanh.trends.spike_eval import evaluate_spikes

app = typer.Typer(help="Evaluate quality on labelled data (floors pinned in eval/floors.toml).")

FloorsOption = Annotated[Path, typer.Option(help="Floors to check against.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
DataFile = Annotated[
    Path, typer.Option(exists=True, dir_okay=False, help="The labelled evaluation file.")
]


def _finish(
    figures: dict[str, float],
    section: str | None,
    floors: Path,
    as_json: bool,
    report: dict[str, Any],
    text: str,
) -> None:
    """Print the report, check the floors, exit 1 below one of them."""
    checked = section is not None and floors.exists()
    violations = check_floors(figures, section, floors) if checked and section else []
    if as_json:
        print_json({**report, "floor_section": section, "floor_violations": violations})
    else:
        console().print(text, markup=False)
        if section is None:
            console(stderr=True).print("No floors for this data set; nothing checked.")
        elif not floors.exists():
            console(stderr=True).print(f"No floors file at {floors}; nothing checked.")
        for violation in violations:
            console(stderr=True).print(f"Floor not met: {violation}", markup=False)
    raise typer.Exit(1 if violations else 0)


@app.command("extraction")
def extraction(
    data: Annotated[
        Path,
        typer.Option(exists=True, file_okay=False, help="A folder with the pages."),
    ],
    index: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="The gold index (default DATA/index.jsonl)."),
    ] = None,
    base: Annotated[
        str, typer.Option(help="Base URL that replaces {{BASE}} in the gold file.")
    ] = "http://127.0.0.1:8000",
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Body snippets kept, page chrome dropped, titles, dates. Exit 1 below a floor."""
    report = evaluate_extraction(data, index=index, base_url=base)
    _finish(
        report.figures(), "extraction", floors, as_json, report.as_dict(), format_report(report)
    )


@app.command("entities")
def entities(
    data: DataFile, floors: FloorsOption = FLOORS_FILE, as_json: JsonOption = False
) -> None:
    """Agencies, places and officials found: precision, recall, F1 per type; the
    name and today's successor right. Exit 1 below a floor."""
    report = evaluate_entities(data)
    _finish(report.figures(), "entities", floors, as_json, report.as_json(), report.format())


@app.command("legal-refs")
def legal_refs(
    data: DataFile, floors: FloorsOption = FLOORS_FILE, as_json: JsonOption = False
) -> None:
    """Legal references found: precision, recall, F1; type, issuer and year right."""
    report = evaluate_legal_refs(data)
    figures = {
        key: float(getattr(report, key))
        for key in (
            "precision",
            "recall",
            "f1",
            "type_accuracy",
            "issuer_accuracy",
            "year_accuracy",
        )
    }
    _finish(figures, "legal_refs", floors, as_json, report.as_json(), report.format())


# Floors are pinned per data set: the section is chosen from the data path, so that
# ``eval sentiment`` on the students' feedback set is not held to the news set's floors.
_SENTIMENT_SETS = {
    "news_sentiment_hard": "sentiment_hard",  # before "news_sentiment", which it contains
    "uit_vsfc": "sentiment_uit_vsfc",
    "vlsp2016": "sentiment_vlsp2016",
    "news_sentiment": "sentiment_news",
}


def floor_section(data: Path, sets: dict[str, str]) -> str | None:
    """The floors section of a known evaluation set (by its path), else None."""
    path = str(data.resolve()).lower()
    return next((section for key, section in sets.items() if key in path), None)


def _fail(error: Exception) -> typer.Exit:
    console(stderr=True).print(f"Cannot evaluate: {error}", markup=False)
    return typer.Exit(2)


@app.command("topics")
def topics(
    data: DataFile,
    model: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help="A model from `train topics`."),
    ] = None,
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """News topics on a labelled JSONL(.gz) file: accuracy, macro-F1, per topic and the
    confusion matrix. Floors: section "topics", for the tc201805 test split."""
    try:
        topic_model = read_topic_model(model) if model else load_topic_model()
        report = evaluate_topic_model(topic_model, data)
    except (TopicDataError, ValueError) as error:
        raise _fail(error) from error
    section = floor_section(data, {"tc201805": "topics"})
    figures = {"accuracy": report.accuracy, "macro_f1": report.macro_f1}
    _finish(figures, section, floors, as_json, report.as_json(), report.format())


@app.command("sentiment")
def sentiment(
    data: Annotated[
        Path,
        typer.Option(
            exists=True, help="Labelled sentences: JSONL, a UIT-VSFC folder or a VLSP TSV file."
        ),
    ],
    train: Annotated[
        list[Path] | None,
        typer.Option(
            exists=True, help="Train a model on these first (e.g. the set's train split)."
        ),
    ] = None,
    model: Annotated[
        Path | None, typer.Option(exists=True, help="A model from `train sentiment`.")
    ] = None,
    backend: Annotated[
        str, typer.Option(help="lexicon, model (default) or transformer (needs --model DIR).")
    ] = "model",
    preset: Annotated[
        str | None,
        typer.Option(
            help="Training settings for --train (see `train sentiment`); default: the "
            "preset of the set the data path names (uit_vsfc, vlsp2016), else news."
        ),
    ] = None,
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Sentence sentiment on a labelled set: accuracy, macro-F1, per class and the
    confusion matrix. Without --train or --model, the shipped news model is measured.
    Floors: sections "sentiment_news", "sentiment_uit_vsfc", "sentiment_vlsp2016"."""
    try:
        if train:
            preset = preset or _preset_for(train[0])
            if preset not in PRESETS:
                raise ValueError(f"unknown preset {preset!r}; choose one of {sorted(PRESETS)}")
            subject: object = train_sentiment_model(train, options=PRESETS[preset])
        elif model is not None and backend != "transformer":
            subject = SentimentModel.load(model)
        else:
            subject = load_sentiment_analyzer(backend, model_dir=model)
        report = evaluate_sentiment(subject, data)
    except (LabelledDataError, ModelFormatError, SentimentBackendError, ValueError) as error:
        raise _fail(error) from error
    section = floor_section(data, _SENTIMENT_SETS)
    if backend == "lexicon" and section:
        section += "_lexicon"
    figures = {"accuracy": report.accuracy, "macro_f1": report.macro_f1}
    _finish(figures, section, floors, as_json, report.as_json(), report.format())


ARTICLE_SET = Path("eval/data/news_article_tone_test.jsonl")


def sentiment_articles(
    data: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="Labelled articles (JSONL)."),
    ] = ARTICLE_SET,
    model: Annotated[
        Path | None, typer.Option(exists=True, help="A model from `train sentiment`.")
    ] = None,
    backend: Annotated[
        str, typer.Option(help="lexicon, model (default) or transformer (needs --model DIR).")
    ] = "model",
    rollup: Annotated[
        str,
        typer.Option(help=f"One of {ROLLUPS}: the article rule, or the earlier pooled roll-up."),
    ] = "article",
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Article tone on labelled articles (title, lead, body): accuracy, macro-F1, per
    class, per kind. Floors: section "sentiment_articles", for the project's article set
    with the shipped model and the article roll-up."""
    try:
        analyzer = load_sentiment_analyzer(backend, model_dir=model)
        report = evaluate_articles(analyzer, data, rollup)
    except (LabelledDataError, SentimentBackendError, ValueError) as error:
        raise _fail(error) from error
    measured = (backend, model, rollup) == ("model", None, "article")
    section = floor_section(data, {"news_article_tone_test": "sentiment_articles"})
    _finish(
        report.figures(),
        section if measured else None,
        floors,
        as_json,
        report.as_json(),
        report.format(),
    )


# `toancanh eval sentiment-articles`, also spelt as the floors section (sentiment_articles).
app.command("sentiment-articles")(sentiment_articles)
app.command("sentiment_articles", hidden=True)(sentiment_articles)


HARD_SET = Path("eval/data/news_sentiment_hard.jsonl")


def sentiment_hard(
    data: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="Labelled sentences with a kind field."),
    ] = HARD_SET,
    model: Annotated[
        Path | None,
        typer.Option(exists=True, dir_okay=False, help="A model from `train sentiment`."),
    ] = None,
    backend: Annotated[str, typer.Option(help="model (default) or lexicon.")] = "model",
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """The hard news sentences (quantities with a direction, negation, contrast, fixes,
    announcements): the analyzer as analysis runs it (model and tone composition),
    accuracy, macro-F1 and the accuracy per kind. Floors: section "sentiment_hard"
    (for the model backend on the default set)."""
    try:
        analyzer = load_sentiment_analyzer(backend, model_dir=model)
        report = evaluate_by_kind(analyzer, data)
    except (LabelledDataError, SentimentBackendError, ValueError) as error:
        raise _fail(error) from error
    section = floor_section(data, {"news_sentiment_hard": "sentiment_hard"})
    if backend != "model" or model is not None:
        section = None  # the floors hold the shipped analyzer
    _finish(report.figures(), section, floors, as_json, report.as_json(), report.format())


app.command("sentiment-hard")(sentiment_hard)
app.command("sentiment_hard", hidden=True)(sentiment_hard)


def _preset_for(path: Path) -> str:
    """The training preset measured for a known set, by its path; news otherwise."""
    name = str(path.resolve()).lower()
    return next((p for p in ("uit_vsfc", "vlsp2016") if p in name), "news")


def _progress(label: str, *, hidden: bool) -> Progress:
    """A bar on stderr that goes when done (none with --json, whose output is parsed)."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        console=console(stderr=True),
        transient=True,
        disable=hidden,
    )


@app.command("spikes")
def spikes(
    seed: Annotated[int, typer.Option(help="Seed of the generated series.")] = 7,
    series: Annotated[int, typer.Option(min=1, help="How many series.")] = 200,
    days: Annotated[int, typer.Option(min=60, help="Days in each series.")] = 365,
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Spike detectors on generated series with known spikes: recall by magnitude, false
    alarms per 1,000 days, and the naive mean + 3 sd rule in the same run. Floors:
    section "spikes", for the default configuration only."""
    with _progress("{task.description}", hidden=as_json) as progress:
        task = progress.add_task("series", total=series)
        report = evaluate_spikes(
            seed=seed,
            series=series,
            days=days,
            progress=lambda done: progress.update(task, completed=done),
        )
    # The floors were measured on the default configuration: another one is not held to them.
    section = "spikes" if (seed, series, days) == (7, 200, 365) else None
    _finish(report.figures(), section, floors, as_json, report.as_json(), report.format())


@app.command("forecast")
def forecast(
    data: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="A daily series: CSV date,value or JSONL."),
    ],
    horizon: Annotated[int, typer.Option(min=1, help="Days forecast at each origin.")] = 7,
    step: Annotated[int, typer.Option(min=1, help="Days between origins.")] = 1,
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Rolling-origin backtest of the forecaster against a seasonal naive baseline: MASE
    and 80%/95% interval coverage. Floors: section "forecast", for
    eval/data/forecast_daily_volume.csv (measured with the default horizon and step)."""
    try:
        dates, values = read_series(data)
        with _progress("origins", hidden=as_json) as progress:
            task = progress.add_task("origins", total=None)
            report = backtest(
                dates,
                values,
                horizon=horizon,
                step=step,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    except (ForecastDataError, ValueError) as error:
        raise _fail(error) from error
    section = floor_section(data, {"forecast_daily_volume": "forecast"})
    _finish(report.figures(), section, floors, as_json, report.as_json(), report.format())


@app.command("claims")
def claims(
    data: Annotated[
        Path,
        typer.Option(exists=True, dir_okay=False, help="Labelled (claim, statement) pairs."),
    ] = Path("eval/data/claims_pairs.jsonl"),
    statements: Annotated[
        Path | None,
        typer.Option(
            exists=True, dir_okay=False, help="The statements (default: *_statements.jsonl)."
        ),
    ] = None,
    floors: FloorsOption = FLOORS_FILE,
    as_json: JsonOption = False,
) -> None:
    """Claim matching at the suggest threshold: precision, recall, top-1 accuracy, and
    the kinds of difference found. Floors: section "claims", for eval/data/claims_pairs."""
    try:
        report = evaluate_claims(data, statements)
    except ClaimsDataError as error:
        raise _fail(error) from error
    section = floor_section(data, {"claims_pairs": "claims"})
    _finish(report.figures(), section, floors, as_json, report.as_json(), report.format())
