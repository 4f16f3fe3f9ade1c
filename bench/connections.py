#!/usr/bin/env python3
"""Connection load on loopback: how long a fresh request waits while many other connections are
open. Three bounded runs against one smsim (a Release build), each with its own background load:

  idle  1,000 keep-alive connections that sent one request and now wait
  busy  200 keep-alive clients, each sending a request every 2 s
  slow  200 slow-loris clients, each sending one header byte a second

During each, 300 fresh requests (a new connection each, `PutOptedOutNumber`) are timed one after
the other; the target is a p99 under 20 ms. Everything stops by itself (a few seconds per run).

    python3 bench/connections.py build/release/simulator/smsim [--fresh 300] [--json out.json]
"""
import argparse
import asyncio
import json
import resource
import socket
import statistics
import subprocess
import sys
import threading
import time

FRESH_REQUESTS = 300
TARGET_P99_MS = 20.0
BODY = b'{"OptOutListName":"Default","OptedOutNumber":"+14155550100"}'
PUT = (b"POST / HTTP/1.1\r\nHost: bench\r\nX-Amz-Target: PinpointSMSVoiceV2.PutOptedOutNumber\r\n"
       b"Content-Type: application/x-amz-json-1.0\r\nContent-Length: " +
       str(len(BODY)).encode() + b"\r\n\r\n" + BODY)
HEALTH = b"GET /_smsim/health HTTP/1.1\r\nHost: bench\r\n\r\n"


def raise_descriptor_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def start_smsim(binary):
    process = subprocess.Popen([binary, "serve", "--port", "0", "--log-level", "warn"],
                               stdout=subprocess.PIPE, text=True, preexec_fn=raise_descriptor_limit)
    line = process.stdout.readline().strip()
    if not line.startswith("smsim listening on http://"):
        process.kill()
        sys.exit(f"smsim did not start: {line!r}")
    return process, int(line.rsplit(":", 1)[1])


def read_response(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before the response")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    while len(body) < length:
        body += sock.recv(65536)
    return head.split(b" ")[1]


def fresh_latencies(port, count):
    latencies = []
    for _ in range(count):
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.sendall(PUT)
            status = read_response(sock)
        latencies.append((time.perf_counter() - started) * 1000)
        if status != b"200":
            raise RuntimeError(f"fresh request answered {status}")
    return latencies


async def idle_client(port, ready, stop):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(HEALTH)
    await reader.readuntil(b"}")
    ready.release()
    await stop.wait()
    writer.close()


async def busy_client(port, ready, stop, period):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    ready.release()
    while not stop.is_set():
        writer.write(HEALTH)
        await reader.readuntil(b"}")
        try:
            await asyncio.wait_for(stop.wait(), period)
        except asyncio.TimeoutError:
            pass
    writer.close()


async def slow_client(port, ready, stop):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    ready.release()
    request = b"GET /_smsim/health HTTP/1.1\r\nHost: bench\r\nX-Slow: " + b"a" * 10_000
    for byte in request:
        if stop.is_set() or reader.at_eof():
            break
        try:
            writer.write(bytes([byte]))
            await writer.drain()
        except ConnectionError:
            break  # the server dropped us: what it should do to a slow-loris client
        try:
            await asyncio.wait_for(stop.wait(), 1.0)
        except asyncio.TimeoutError:
            pass
    writer.close()


async def run_with_background(port, kind, connections, fresh):
    stop = asyncio.Event()
    ready = asyncio.Semaphore(0)
    if kind == "idle":
        tasks = [asyncio.create_task(idle_client(port, ready, stop)) for _ in range(connections)]
    elif kind == "busy":
        tasks = [asyncio.create_task(busy_client(port, ready, stop, 2.0)) for _ in range(connections)]
    else:
        tasks = [asyncio.create_task(slow_client(port, ready, stop)) for _ in range(connections)]
    for _ in range(connections):
        await asyncio.wait_for(ready.acquire(), 30)
    await asyncio.sleep(0.5)  # let the background settle into its pattern
    latencies = await asyncio.get_running_loop().run_in_executor(None, fresh_latencies, port, fresh)
    stop.set()
    await asyncio.gather(*tasks, return_exceptions=True)
    return latencies


def summary(kind, connections, latencies):
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {"background": kind, "connections": connections, "fresh": len(latencies),
            "p50_ms": round(statistics.median(ordered), 2), "p99_ms": round(p99, 2),
            "max_ms": round(ordered[-1], 2), "target_p99_ms": TARGET_P99_MS,
            "met": p99 < TARGET_P99_MS}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("smsim")
    parser.add_argument("--fresh", type=int, default=FRESH_REQUESTS)
    parser.add_argument("--json")
    args = parser.parse_args()
    raise_descriptor_limit()
    process, port = start_smsim(args.smsim)
    results = []
    try:
        for kind, connections in (("idle", 1000), ("busy", 200), ("slow", 200)):
            latencies = asyncio.run(run_with_background(port, kind, connections, args.fresh))
            results.append(summary(kind, connections, latencies))
            print(json.dumps(results[-1]), flush=True)
    finally:
        process.terminate()
        process.wait(timeout=30)
    print("\n| background | connections | fresh p50 | fresh p99 | max | p99 < 20 ms |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['background']} | {r['connections']} | {r['p50_ms']} ms | {r['p99_ms']} ms | "
              f"{r['max_ms']} ms | {'met' if r['met'] else 'missed'} |")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(results, out, indent=2)


if __name__ == "__main__":
    main()
