"""The HTTP API (app/edges/http.py) through FastAPI's TestClient, over small literal documents."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from integr_support import assistant, write_lake_docs

from app.edges.http import create_app
from app.models import Answer, SourceInfo

QUESTION = "Did the lake freeze in May?"
PARTS = "How many skaters were on the ice, and when will the lake thaw?"  # the thaw is in no article


@pytest.fixture()
def lake(tmp_path):
    a = assistant(tmp_path / "index")
    a.ingest([write_lake_docs(tmp_path / "docs")])
    return a


@pytest.fixture()
def client(lake):
    return TestClient(create_app(lake, token=""))


def test_ask_returns_the_answer_json_of_the_python_api(client, lake):
    response = client.post("/ask", json={"question": QUESTION})
    assert response.status_code == 200
    assert Answer.model_validate(response.json()) == lake.ask(QUESTION)
    assert {c["outlet"] for c in response.json()["citations"]} == {"Lake Gazette", "Valley Herald"}


def test_ask_names_the_part_of_a_question_no_source_answers_as_the_python_api_does(client, lake):
    body = client.post("/ask", json={"question": PARTS}).json()
    assert body["not_covered_parts"] == lake.ask(PARTS).model_dump(mode="json")["not_covered_parts"]
    assert [p["part"] for p in body["not_covered_parts"]] == ["When will the lake thaw?"]
    assert "not_covered_parts" not in client.post("/ask", json={"question": QUESTION}).json()
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert set(schema["NotCoveredPart"]["properties"]) == {"part", "missing", "line"}


def test_ask_filters_by_outlet_and_limits_k(client):
    question = "What did fishermen say about the lake in May?"  # unfiltered, Valley Herald comes first
    body = client.post("/ask", json={"question": question, "outlets": ["lake gazette"], "k": 1}).json()
    assert [c["outlet"] for c in body["citations"]] == ["Lake Gazette"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"question": QUESTION, "filters": {}}, "filters: Extra inputs are not permitted"),
        ({"question": "x" * 2001}, "question: String should have at most 2000 characters"),
        ({"question": QUESTION, "k": 0}, "k: Input should be greater than or equal to 1"),
        ({"question": QUESTION, "outlets": ["o"] * 51}, "outlets: List should have at most 50 items"),
        ({}, "question: Field required"),
    ],
)
def test_bad_ask_bodies_get_422_with_one_line_error(client, body, needle):
    response = client.post("/ask", json=body)
    assert response.status_code == 422
    assert response.json() == {"error": response.json()["error"]}
    assert needle in response.json()["error"]


def test_a_follow_up_is_read_against_the_history_of_earlier_answers(client):
    question = "What did fishermen say about the lake in May?"
    first = client.post("/ask", json={"question": question, "outlets": ["Lake Gazette"]}).json()
    for history in ([first], [question]):
        body = client.post("/ask", json={"question": "What about Valley Herald?", "history": history}).json()
        assert {c["outlet"] for c in body["citations"]} == {"Valley Herald"}
        assert body["followup"]["outlets"] == ["Valley Herald"] and body["answer"].startswith("Reading this as:")
    bad = client.post("/ask", json={"question": "And?", "history": [{"question": QUESTION}]})
    assert bad.status_code == 422 and "history" in bad.json()["error"]


def test_oversize_body_is_refused_before_parsing(client):
    response = client.post("/ask", content=b'{"question": "' + b"a" * 1_100_000 + b'"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


def test_unknown_outlet_is_a_422_naming_the_indexed_outlets(client):
    response = client.post("/ask", json={"question": QUESTION, "outlets": ["Nowhere Times"]})
    assert response.status_code == 422
    assert "Nowhere Times" in response.json()["error"] and "Lake Gazette" in response.json()["error"]


def test_perspectives_view_is_served_and_an_unknown_view_is_a_clear_error(client):
    response = client.post("/ask", json={"question": QUESTION, "view": "perspectives"})
    assert response.status_code == 200
    views = response.json()["perspectives"]
    assert {v["outlet"] for v in views} == {"Lake Gazette", "Valley Herald"}  # every indexed outlet has a row
    assert all(v["summary"] for v in views)  # each row says what the outlet says, or that it does not address it
    assert any(v["addresses"] and v["citations"] for v in views)
    response = client.post("/ask", json={"question": QUESTION, "view": "by-outlet"})
    assert response.status_code == 422 and "unknown view 'by-outlet'" in response.json()["error"]


def test_missing_index_is_503_and_healthz_still_answers(tmp_path):
    client = TestClient(create_app(assistant(tmp_path / "empty"), token=""))
    response = client.post("/ask", json={"question": QUESTION})
    assert response.status_code == 503
    assert "byline ingest" in response.json()["error"]
    assert client.get("/healthz").json() == {"status": "ok", "index": False}


def test_an_index_without_documents_is_409_saying_how_to_add_some(client, lake):
    for doc in lake.sources():
        assert client.delete(f"/documents/{doc.doc_id}").status_code == 200
    response = client.post("/ask", json={"question": QUESTION})
    assert response.status_code == 409
    assert response.json() == {"error": f"the index at {lake.config.index_dir}/ holds no documents — add some with: "
                                        f"byline ingest DIR --index {lake.config.index_dir}"}


def test_sources_lists_every_indexed_document(client, lake):
    body = client.get("/sources").json()
    assert [SourceInfo.model_validate(s) for s in body] == lake.sources()
    assert len(body) == 2


def test_upload_with_metadata_then_delete_round_trip(client, lake):
    text = b"The harbour master said the ferry sailed at dawn despite the storm warning."
    response = client.post("/documents", files={"file": ("ferry.txt", text, "text/plain")},
                           data={"outlet": "Harbour News", "title": "Ferry"})
    assert response.status_code == 201, response.text
    [doc] = response.json()["documents"]
    assert (doc["outlet"], doc["title"]) == ("Harbour News", "Ferry")
    answer = client.post("/ask", json={"question": "When did the ferry sail?"}).json()
    assert "Harbour News" in {c["outlet"] for c in answer["citations"]}

    assert client.delete(f"/documents/{doc['doc_id']}").json()["doc_id"] == doc["doc_id"]
    assert doc["doc_id"] not in {s["doc_id"] for s in client.get("/sources").json()}
    assert not (lake.config.upload_dir / "ferry.txt").exists()  # a later ingest will not bring it back
    assert client.delete(f"/documents/{doc['doc_id']}").status_code == 404


@pytest.mark.parametrize(
    ("files", "data", "needle"),
    [
        ({"file": ("tool.exe", b"MZ", "application/octet-stream")}, {}, "unsupported file type"),
        ({"file": ("a.txt", b"Some words here.", "text/plain")}, {"publisher": "X"}, "publisher: Extra inputs"),
        ({}, {"outlet": "X"}, "file: Field required"),
    ],
)
def test_bad_uploads_get_422_with_one_line_error(client, files, data, needle):
    response = client.post("/documents", files=files or None, data=data)
    assert response.status_code == 422
    assert needle in response.json()["error"]


def test_upload_over_the_size_limit_is_refused(tmp_path):
    a = assistant(tmp_path / "index", max_file_bytes=1000)
    response = TestClient(create_app(a, token="")).post("/documents", files={"file": ("big.txt", b"word " * 2000)})
    assert response.status_code == 413


def test_token_guards_every_route_but_healthz(lake):
    client = TestClient(create_app(lake, token="s3cret"))
    for method, path in [("get", "/sources"), ("post", "/ask"), ("get", "/docs"), ("get", "/openapi.json"),
                         ("delete", "/documents/abc")]:
        response = getattr(client, method)(path)
        assert response.status_code == 401, path
        assert response.headers["www-authenticate"] == "Bearer"
    assert client.get("/sources", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/sources", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_token_comes_from_the_environment(lake, monkeypatch):
    monkeypatch.setenv("BYLINE_API_TOKEN", "from-env")
    client = TestClient(create_app(lake))
    assert client.get("/sources").status_code == 401
    assert client.get("/sources", headers={"Authorization": "Bearer from-env"}).status_code == 200


def test_openapi_documents_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/ask", "/sources", "/documents", "/documents/{doc_id}", "/healthz"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_ui_mounts_at_slash_ui_beside_the_api(lake):
    client = TestClient(create_app(lake, token="", ui=True))
    assert client.get("/ui/").status_code == 200
    assert client.post("/ask", json={"question": QUESTION}).status_code == 200
