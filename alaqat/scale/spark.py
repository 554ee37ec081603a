"""The Spark engine: the same pipeline inside ``mapPartitions``, loaded once per partition (per worker).

For output to stdout the driver streams the documents (files, folders, tables) and Spark processes them,
results sorted back into input order, so the JSONL equals the local engine's. For ``--out`` runs over
Parquet or JSON Lines tables, Spark reads the tables itself and writes Parquet part files: nothing passes
through the driver.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from alaqat.errors import InputError, UsageError
from alaqat.model import Document
from alaqat.read import document_from_row

RESULT_FIELDS = ("idx", "doc", "events", "mentions", "dates", "error")


def spark_session(master: str | None = None, jobs: int | None = None):
    """A SparkSession: ``master`` if given, else the usual Spark configuration, else ``local[*]``."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise UsageError("the Spark engine needs pyspark: pip install 'alaqat[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    builder = SparkSession.builder.appName("alaqat").config("spark.ui.enabled", "false") \
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    if master:
        builder = builder.master(master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", "") and not os.environ.get("MASTER"):
        builder = builder.master(f"local[{jobs}]" if jobs else "local[*]")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def process_partition(rows: Iterable[Any], min_confidence: float = 0.0) -> Iterator[tuple]:
    """Runs on the executors: one pipeline for the whole partition (default_pipeline is per process); events under
    ``min_confidence`` are left out."""
    from alaqat.scale.worker import events_json, extract_one

    for row in rows:
        data = row.asDict() if hasattr(row, "asDict") else dict(row)
        if not isinstance(data.get("id"), str) or not data["id"] or not isinstance(data.get("text"), str):
            where = data.get("path") or data.get("id") or "a table row"
            yield (data.get("idx", 0), str(data.get("id")), "[]", "[]", "[]",
                   f"{where}: a row needs string 'id' and 'text'")
            continue
        try:
            doc = document_from_row(data, data.get("path") or data["id"], "table")
        except InputError as exc:
            yield (data.get("idx", 0), data["id"], "[]", "[]", "[]", str(exc))
            continue
        doc_id, events, mentions, dates, error = extract_one(doc)
        events = [e for e in events if e["confidence"] >= min_confidence]
        yield (data.get("idx", 0), doc_id, events_json(events), events_json(mentions), events_json(dates), error)


def run_spark(docs: Iterable[Document], master: str | None, jobs: int | None) -> Iterator[tuple[Document, tuple]]:
    """(document, (id, events, mentions, dates, error)) in input order, computed by Spark."""
    import json

    spark = spark_session(master, jobs)
    batch: list[Document] = []
    size = 20_000

    def run(batch: list[Document]) -> Iterator[tuple[Document, tuple]]:
        rows = [{"idx": i, **d.row(), "path": d.path} for i, d in enumerate(batch)]
        partitions = jobs or spark.sparkContext.defaultParallelism
        results = spark.sparkContext.parallelize(rows, max(1, min(len(rows), partitions * 4))) \
            .mapPartitions(process_partition).collect()
        for idx, doc_id, events, mentions, dates, error in sorted(results):
            yield batch[idx], (doc_id, json.loads(events), json.loads(mentions), json.loads(dates), error)

    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)


def _event_rows(result: tuple) -> list[tuple]:
    import json

    events = json.loads(result[2])
    return [(result[1], e["id"], n, e["type"], e["date"], json.dumps(e, ensure_ascii=False))
            for n, e in enumerate(events, 1)]


def _json_rows(result: tuple, column: int) -> list[tuple]:
    import json

    return [(result[1], json.dumps(item, ensure_ascii=False)) for item in json.loads(result[column])]


def run_spark_tables(tables: list[Path], out: Path, master: str | None, jobs: int | None,
                     with_mentions: bool = False, country: str | None = None,
                     min_confidence: float = 0.0) -> dict[str, int]:
    """Read document tables with Spark and write the Parquet output there: the path for millions of documents."""
    from pyspark.sql import functions as F

    from alaqat.scale.parquet import SCHEMAS

    spark = spark_session(master, jobs)
    frames = []
    for table in tables:
        reader = spark.read.json if table.suffix.lower() == ".jsonl" else spark.read.parquet
        frame = reader(str(table))
        for column in ("date", "title", "url", "country"):
            if column not in frame.columns:
                frame = frame.withColumn(column, F.lit(None).cast("string"))
        if country:  # the batch's home state for rows that name none
            frame = frame.withColumn("country", F.coalesce(F.col("country"), F.lit(country)))
        frames.append(frame.select("id", "text", "date", "title", "url", "country"))
    documents = frames[0]
    for frame in frames[1:]:
        documents = documents.unionByName(frame)
    if jobs:
        documents = documents.repartition(jobs * 4)
    results = documents.rdd.mapPartitions(functools.partial(process_partition,
                                                            min_confidence=min_confidence)).cache()

    def schema(table: str) -> str:
        return ", ".join(f"{name} {'bigint' if kind == 'int64' else kind}" for name, kind in SCHEMAS[table])

    documents.where(F.col("id").isNotNull() & F.col("text").isNotNull()) \
        .write.mode("overwrite").parquet(str(out / "documents"))
    spark.createDataFrame(results.flatMap(_event_rows), schema("events")) \
        .write.mode("overwrite").parquet(str(out / "events"))
    errors = results.filter(lambda r: r[5] is not None).map(lambda r: (r[1], r[5]))
    spark.createDataFrame(errors, schema("errors")).write.mode("overwrite").parquet(str(out / "errors"))
    if with_mentions:
        for table, column in (("mentions", 3), ("dates", 4)):
            spark.createDataFrame(results.flatMap(lambda r, c=column: _json_rows(r, c)), schema(table)) \
                .write.mode("overwrite").parquet(str(out / table))
    counts = {"documents": results.count(), "errors": errors.count()}
    results.unpersist()
    return counts
