"""The web desk's tests serve a real database over real HTTP on loopback.

- `sample_analyses`: the bundled sample reports plus one hostile report (markup in its title
  and text), read once per session by the real pipeline.
- `fill(target)`: a store at `target` holding them, as `sitreps ingest --samples` would.
- `LiveServer`: uvicorn in a thread on 127.0.0.1 with a port the OS picks; stopped on exit.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from sitreps.commands.common import samples_path
from sitreps.ingest.files import read_inputs
from sitreps.model import Document
from sitreps.pipeline import PIPELINE_VERSION, Analysis, process_many
from sitreps.store import Store

HOSTILE_TITLE = 'Guard deserts <script>window.__pwned = 1</script> near "Hyesan"'
HOSTILE_TEXT = (
    "A border guard deserted his post near Hyesan, Ryanggang Province, on March 3, a source in the province told"
    ' Daily NK. <script>window.__pwned = 1</script> The guard <img src=x onerror="window.__pwned=2"> had'
    " complained about hunger for weeks, the source said."
)


def hostile_document() -> Document:
    return Document(
        text=HOSTILE_TEXT, title=HOSTILE_TITLE, outlet="Daily NK", published="2023-03-10",
        url="https://example.org/hostile", origin="hostile",
    )  # fmt: skip


def sample_documents() -> list[Document]:
    docs = [d for d in read_inputs([str(samples_path())]) if isinstance(d, Document)]
    return [*docs, hostile_document()]


def analyse_samples() -> list[Analysis]:
    return process_many(sample_documents())


def fill(target: str, analyses: list[Analysis]) -> Store:
    store = Store.open(target)
    for analysis in analyses:
        store.add_document(analysis.document, analysis.mentions, PIPELINE_VERSION)
    return store


class LiveServer:
    """An ASGI app served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(self, app: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@contextmanager
def serving(app: Any) -> Iterator[LiveServer]:
    with LiveServer(app) as live:
        yield live
