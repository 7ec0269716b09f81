"""byline vs llama-index at N chunks with the index in a `chroma run` server (byline --chroma-url).

usage: .venv/bin/python scripts/bench-server.py N [REPS] [--build-only] [--cache DIR] [--tmp DIR]
Starts `chroma run` on a free loopback port over DIR/byline-bench-chroma-N (DIR: /tmp; kept between runs),
loads the bench's synthetic corpus into it through byline's server store (cached: a second run
only measures), then runs the bench's query worker against it; prints one JSON line. Uses the
synthetic vectors `make bench` cached in bench/cache/ (or --cache DIR).
"""
import json, os, subprocess, sys, time, socket, urllib.request
from pathlib import Path
WT = str(Path(__file__).resolve().parents[1])
sys.path.insert(0, WT)
os.chdir(WT)
from app.bench.corpus import SyntheticCorpus, build_index, distractor_pool, load_questions
from app.store.embed import MiniLMEmbedder

n = int(sys.argv[1]); reps = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 3
s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
tmp = Path(sys.argv[sys.argv.index("--tmp") + 1] if "--tmp" in sys.argv else "/tmp")
data = tmp / f"byline-bench-chroma-{n}"
log = open(tmp / f"byline-bench-chroma-{n}.log", "w")
srv = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", str(data), "--host", "127.0.0.1",
                        "--port", str(port)], stdout=log, stderr=log, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
url = f"http://127.0.0.1:{port}"
try:
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1); break
        except Exception:
            time.sleep(0.5)
    cache = Path(sys.argv[sys.argv.index("--cache") + 1] if "--cache" in sys.argv else "bench/cache").resolve()
    corpus = Path("corpus").resolve()
    qfile = Path("evals/bench_questions.yaml").resolve()
    syn = SyntheticCorpus(distractor_pool(corpus, load_questions(qfile)), cache)
    emb = MiniLMEmbedder()
    t0 = time.time()
    vectors, real = syn.vectors(n, emb.embed, 2_000)
    idx = tmp / f"byline-bench-server-index-{n}"
    info = build_index(idx, corpus, syn, n, vectors, real, emb, chroma_url=url)
    print("built", info, "in", time.time() - t0, "s", file=sys.stderr, flush=True)
    if "--build-only" in sys.argv:
        raise SystemExit(0)
    proc = subprocess.run([sys.executable, "-m", "app.bench.measure", "queries",
                           json.dumps([str(idx), str(corpus), str(qfile), reps, url])],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": WT})
    if proc.returncode:
        print(proc.stderr[-2000:], file=sys.stderr)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["build"] = info
    import psutil
    out["server_rss_mb"] = psutil.Process(srv.pid).memory_info().rss / 1e6
    print(json.dumps(out))
finally:
    srv.terminate(); srv.wait(timeout=30)
