#!/usr/bin/env python3
"""The docs site works in a browser:   python3 tests/site/browser_test.py [--out DIR]

Builds the site (tests/site/build.py --out DIR, default build/site-test), serves DIR/html on a
loopback port, and opens the home page and a header page (docs/hull/convex_hull.html) in
headless Chromium driven over the DevTools protocol (python3's standard library only).
Fails on any console error, uncaught exception or failed load (a 404 included) and on a
missing element: the page title, the search box, the navigation, the page's H1; on the header
page the header's and the snippet's code blocks with their hashes; and a search for
"convex_hull" must list the page. Prints `N passed, M failed` (checks) and the timings.
Needs Debian's chromium (apt-get install -y chromium), mkdocs and mkdocs-material."""
import argparse
import base64
import functools
import http.server
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEADER = "hull/convex_hull"
CHROMIUM_FLAGS = [  # no sandbox as root; no connection out of this machine
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--no-proxy-server", "--remote-debugging-port=0",
    "--window-size=1280,900"]


class Tab:
    """A minimal DevTools-protocol client over one WebSocket (RFC 6455, client side)."""

    def __init__(self, ws_url):
        host_port, path = ws_url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += self.sock.recv(1)
        if b" 101 " not in reply.split(b"\r\n")[0]:
            raise RuntimeError(f"DevTools WebSocket refused: {reply!r}")
        self.next_id, self.events = 0, []

    def _recv_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("DevTools connection closed")
            data += chunk
        return data

    def _recv(self):
        message = b""
        while True:
            b0, b1 = self._recv_exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._recv_exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._recv_exact(8))[0]
            payload = self._recv_exact(n)
            if b0 & 0x0F == 9:  # ping
                self._send(payload, opcode=10)
                continue
            message += payload
            if b0 & 0x80:
                return json.loads(message)

    def _send(self, payload, opcode=1):
        mask = os.urandom(4)
        n = len(payload)
        head = bytes([0x80 | opcode])
        head += bytes([0x80 | n]) if n < 126 else (
            bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536
            else bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            msg = self._recv()
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method, timeout):
        end = time.time() + timeout
        while time.time() < end:
            if any(e.get("method") == method for e in self.events):
                return True
            self.sock.settimeout(max(0.1, end - time.time()))
            try:
                self.events.append(self._recv())
            except socket.timeout:
                break
            finally:
                self.sock.settimeout(30)
        return any(e.get("method") == method for e in self.events)

    def js(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                      awaitPromise=True)
        if "exceptionDetails" in r:
            return f"exception: {r['exceptionDetails'].get('text')}"
        return r["result"].get("value")

    def settle(self, seconds):
        """Read events for a while (late console errors, the search worker's load)."""
        end = time.time() + seconds
        while time.time() < end:
            self.sock.settimeout(max(0.05, end - time.time()))
            try:
                self.events.append(self._recv())
            except socket.timeout:
                pass
        self.sock.settimeout(30)


def errors(events):
    """Console errors, uncaught exceptions and failed loads among the DevTools events."""
    out = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            out.append("console.error: " + " ".join(
                str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            d = p.get("exceptionDetails", {})
            out.append("uncaught: " + d.get("exception", {}).get("description", d.get("text", "")))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            entry = p["entry"]
            out.append(f"log: {entry.get('text')} {entry.get('url', '')}".strip())
        elif m == "Network.loadingFailed":
            out.append(f"load failed: {p.get('errorText')}")
        elif m == "Network.responseReceived" and p.get("response", {}).get("status", 0) >= 400:
            out.append(f"HTTP {p['response']['status']}: {p['response'].get('url')}")
    return out


def open_page(tab, url):
    tab.events.clear()
    tab.call("Page.navigate", url=url)
    if not tab.wait_event("Page.loadEventFired", 30):
        return ["page did not load in 30 s"]
    tab.settle(1.5)
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(ROOT / "build" / "site-test"),
                    help="site build folder (default build/site-test)")
    out = Path(ap.parse_args().out).resolve()
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("browser_test.py: no chromium: apt-get install -y chromium")

    t0 = time.time()
    build = subprocess.run([sys.executable, str(ROOT / "tests/site/build.py"), "--out", str(out)])
    if build.returncode:
        print("0 passed, 1 failed")
        sys.exit("browser_test.py: the site does not build (above)")
    t_build = time.time() - t0

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(out / "html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f": {detail}"))

    t1 = time.time()
    profile = tempfile.mkdtemp(prefix="cpgeo-chromium-")
    browser = subprocess.Popen([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = Path(profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.is_file() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        if not port_file.is_file():
            raise RuntimeError("chromium did not start its DevTools server in 30 s")
        port = int(port_file.read_text().split()[0])
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        targets = json.load(no_proxy.open(f"http://127.0.0.1:{port}/json/list"))
        tab = Tab(next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"])
        for domain in ("Runtime", "Log", "Network", "Page"):
            tab.call(f"{domain}.enable")

        common = {
            "title": "document.title.includes('cpgeo')",
            "search box": "!!document.querySelector('.md-search__input')",
            "navigation": "document.querySelectorAll('.md-nav a').length > 50",
            "H1": "!!document.querySelector('article h1')",
        }
        for page, extra in (("index.html", {
                "README's table of headers": "[...document.querySelectorAll('article a')]"
                f".some(a => a.getAttribute('href') == 'docs/{HEADER}.html')"}),
                            (f"docs/{HEADER}.html", {
                "header code block": "[...document.querySelectorAll('details')].some(d =>"
                f" d.querySelector('summary').textContent.includes('geometry/{HEADER}.hpp')"
                " && /hash [0-9a-f]{6}/.test(d.querySelector('summary').textContent)"
                " && d.querySelector('pre code').textContent.includes('convex_hull('))",
                "snippet code block": "[...document.querySelectorAll('details')].some(d =>"
                f" d.querySelector('summary').textContent.includes('snippets/{HEADER}.hpp')"
                " && d.querySelector('pre code').textContent.startsWith('// cpgeo'))",
                "highlighted C++": "!!document.querySelector('.highlight code span.kt, "
                ".highlight code span.k')"})):
            problems = open_page(tab, base + page)
            problems += errors(tab.events)
            check(f"{page}: loads with no console error", not problems, "; ".join(problems))
            for name, expression in {**common, **extra}.items():
                value = tab.js(expression)
                check(f"{page}: {name}", value is True, repr(value))

        # The search box finds the header page (the index loads in a web worker).
        # Text typed before the worker has its index is not searched again when the index
        # arrives, so the query is typed anew every 2 s (a loaded CI machine is slow to load it).
        tab.events.clear()
        found = None
        for i in range(150):  # up to ~30 s
            if i % 10 == 0:
                tab.js("(() => { const s = document.querySelector('.md-search__input');"
                       " s.value = ''; s.dispatchEvent(new Event('input')); s.focus();"
                       " return true; })()")
                tab.call("Input.insertText", text="convex_hull")
            found = tab.js("[...document.querySelectorAll('.md-search-result__item a')]"
                           f".some(a => a.href.includes('{HEADER}.html'))")
            if found is True:
                break
            tab.settle(0.2)
        problems = errors(tab.events)
        check("search 'convex_hull' lists the page, no console error",
              found is True and not problems, f"found={found!r} {'; '.join(problems)}")
    finally:
        browser.terminate()
        try:
            browser.wait(10)
        except subprocess.TimeoutExpired:
            browser.kill()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    t_browser = time.time() - t1

    passed = sum(results)
    print(f"site build {t_build:.1f} s, browser checks {t_browser:.1f} s")
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
