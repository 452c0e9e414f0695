"""Dask integration, on a real multi-process LocalCluster."""

from __future__ import annotations

import pytest

import newsextract

dask_bag = pytest.importorskip("dask.bag", reason="the dask extra is part of the dev install")
distributed = pytest.importorskip("distributed")


def test_extract_bag_on_local_cluster(pipeline) -> None:  # type: ignore[no-untyped-def]
    from newsextract.daskbag import extract_bag

    docs = [
        {"id": f"d{i}", "text": f"Angela Merkel said on Monday that Germany would help {i} times."}
        for i in range(6)
    ]
    docs.insert(3, {"id": "broken"})
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        results = extract_bag(dask_bag.from_sequence(docs, npartitions=3)).compute()
    assert [r["doc_id"] for r in results] == [d["id"] for d in docs]
    broken = results[3]
    assert broken["extraction"] is None and "no 'text'" in broken["error"]
    for result, doc in zip(results, docs, strict=True):
        if "text" not in doc:
            continue
        remote = newsextract.Extraction.model_validate(result["extraction"])
        local = pipeline.extract(doc["text"], doc_id=doc["id"])
        assert remote == local, "the same records, wherever they are computed"
