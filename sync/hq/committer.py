"""Group commit: the pushes one HQ process receives at the same time, written in one transaction.

Every push takes HQ's global sequence lock from its first insert to its commit (see
:mod:`sync.hq.store`), so concurrent pushes queue on that lock one by one, each paying
its own round trips, lock hand-over and commit. Here each HQ process has one writer
thread: a push request is checked (:func:`sync.hq.store.prepare`) and queued; the writer
takes everything queued (waiting :data:`WAIT_S` for more when the queue is short),
authenticates the group's devices with one look-up, stores the group with
:func:`sync.hq.store.store_group` in one transaction, and answers each request with its
own results, exactly as if the requests had come one after the other. While a group is
being written the next one gathers, so the busier HQ is, the larger the groups and the
fewer the lock hand-overs.

A device sees nothing of this: its batch is stored whole or not at all (a group commits
or rolls back as one, and nothing is answered before the commit), a retried batch
changes nothing. If a group fails, each of its requests is written again alone, so one
request that cannot be stored fails by itself and the others are stored and answered.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import deque
from concurrent.futures import Future

from sqlalchemy import Engine

from sync.hq import db, store

log = logging.getLogger("sync.hq.committer")

MAX_GROUP_EVENTS = 5000  # a group's size, in events (a full batch is 500)
WAIT_S = 0.002  # how long a short queue waits for more pushes before it is written
SHORT = 4  # fewer queued requests than this is a short queue


class GroupCommitter:
    """One writer thread per HQ process, started on the first push."""

    def __init__(self, engine: Engine, *, max_events: int = MAX_GROUP_EVENTS, wait_s: float = WAIT_S) -> None:
        self.engine = engine
        self.max_events = max_events
        self.wait_s = wait_s
        self._queue: deque[tuple[store.PushJob, Future[store.PushOutcome]]] = deque()
        self._ready = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.groups = 0  # groups written (for the benchmark and tests)
        self.requests = 0  # requests answered

    def submit(self, job: store.PushJob) -> Future[store.PushOutcome]:
        """Queue a checked push; the future holds its outcome once its group committed."""
        done: Future[store.PushOutcome] = Future()
        with self._ready:
            if self._closed:
                raise RuntimeError("HQ is shutting down")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="hq-group-commit", daemon=True)
                self._thread.start()
            self._queue.append((job, done))
            self._ready.notify()
        return done

    async def push(self, job: store.PushJob) -> store.PushOutcome:
        return await asyncio.wrap_future(self.submit(job))

    def close(self, timeout: float = 30.0) -> None:
        """Write what is queued, then stop the writer."""
        with self._ready:
            self._closed = True
            self._ready.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            group = self._next_group()
            if not group:
                return
            self._write(group)

    def _next_group(self) -> list[tuple[store.PushJob, Future[store.PushOutcome]]]:
        with self._ready:
            while not self._queue and not self._closed:
                self._ready.wait()
            if not self._queue:
                return []
            if len(self._queue) < SHORT and self.wait_s > 0 and not self._closed:
                # A short queue waits a moment: pushes arriving together share a commit.
                deadline = time.monotonic() + self.wait_s
                while len(self._queue) < SHORT and (left := deadline - time.monotonic()) > 0:
                    self._ready.wait(left)
            group = [self._queue.popleft()]
            size = group[0][0].size
            while self._queue and size + self._queue[0][0].size <= self.max_events:
                item = self._queue.popleft()
                size += item[0].size
                group.append(item)
            return group

    def _write(self, group: list[tuple[store.PushJob, Future[store.PushOutcome]]]) -> None:
        live = [(job, done) for job, done in group if done.set_running_or_notify_cancel()]
        if not live:
            return
        try:
            with db.writing(self.engine) as conn:
                planned = store.plan_group(conn, [job for job, _ in live])
                store.write_group(conn, planned)
            outcomes = store.answer_group(planned)  # after the commit: the lock is free again
        except Exception as exc:
            if len(live) == 1:
                live[0][1].set_exception(exc)
                return
            # Nothing of the group was stored: each request again in its own transaction,
            # so the one that fails fails alone.
            log.warning("a group of %d pushes failed (%s); writing them one by one", len(live), exc)
            for job, done in live:
                self._write_alone(job, done)
            return
        self.groups += 1
        self.requests += len(live)
        for (_, done), outcome in zip(live, outcomes, strict=True):
            done.set_result(outcome)

    def _write_alone(self, job: store.PushJob, done: Future[store.PushOutcome]) -> None:
        try:
            with db.writing(self.engine) as conn:
                outcome = store.store_group(conn, [job])[0]
        except Exception as exc:
            done.set_exception(exc)
            return
        self.groups += 1
        self.requests += 1
        done.set_result(outcome)
