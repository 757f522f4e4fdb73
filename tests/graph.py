#!/usr/bin/env python3
"""graph.py: checks what `graph` wrote.

  graph.py dot FILE SPEC   the DOT against SPEC, one expectation a line:
      cluster NAME LABEL...        a box (subgraph NAME) with that label
      node NAME TEXT...            a device node whose label (tags dropped) holds every TEXT
      edge A B solid|dashed        exactly one veth edge between A and B (either way round)
      master PORT MASTER solid|dashed   an arrow from PORT to MASTER
      edges N                      N veth edges in all
      nodes N                      N device nodes in all
  graph.py svg FILE NAME...      an SVG document whose text holds every NAME
  graph.py png FILE              a PNG: signature, a sane IHDR, an IEND chunk
Exits 1 with the first mismatch on stderr.
"""
import re
import struct
import sys
import xml.etree.ElementTree as ET


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


def tokens(text):
    """DOT's tokens: "strings", <html> strings (nested <>), names, --, and punctuation."""
    i, out = 0, []
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= len(text):
                fail("a string does not end")
            out.append(("id", text[i + 1:j].replace('\\"', '"')))
            i = j + 1
        elif c == "<":
            depth, j = 1, i + 1
            while depth and j < len(text):
                depth += {"<": 1, ">": -1}.get(text[j], 0)
                j += 1
            if depth:
                fail("an HTML string does not end")
            out.append(("html", text[i + 1:j - 1]))
            i = j
        elif text.startswith("--", i):
            out.append(("--", "--"))
            i += 2
        elif c in "{}[]=;,":
            out.append((c, c))
            i += 1
        else:
            m = re.match(r"[A-Za-z0-9_.#-]+", text[i:])
            if not m:
                fail("unexpected %r in DOT" % text[i:i + 20])
            out.append(("id", m.group(0)))
            i += m.end()
    return out


class Dot:
    """The nodes, edges and clusters of agwrite's output, read by a small DOT grammar."""

    def __init__(self, text):
        self.t, self.i = tokens(text), 0
        self.nodes, self.edges, self.clusters = {}, [], {}
        if self.take()[1] != "graph":
            fail("not an undirected graph")
        self.take()
        self.stmts(None)
        if self.i != len(self.t):
            fail("text after the graph")

    def take(self, kind=None):
        if self.i >= len(self.t):
            fail("DOT ends early")
        tok = self.t[self.i]
        if kind and tok[0] != kind:
            fail("expected %s, got %r" % (kind, tok[1]))
        self.i += 1
        return tok

    def peek(self):
        return self.t[self.i][0] if self.i < len(self.t) else None

    def attrs(self):
        out = {}
        if self.peek() != "[":
            return out
        self.take("[")
        while self.peek() != "]":
            key = self.take("id")[1]
            self.take("=")
            out[key] = self.take()[1]
            if self.peek() == ",":
                self.take(",")
        self.take("]")
        return out

    def stmts(self, cluster):
        self.take("{")
        while self.peek() != "}":
            kind, val = self.take()
            if kind == ";":
                continue
            if val == "subgraph":
                name = self.take("id")[1]
                self.stmts(name)
            elif val in ("graph", "node", "edge") and self.peek() == "[":
                a = self.attrs()
                if val == "graph" and cluster and "label" in a:
                    self.clusters[cluster] = a["label"]
            elif self.peek() == "--":
                self.take("--")
                other = self.take("id")[1]
                self.edges.append((val, other, self.attrs()))
            else:
                self.nodes[val] = self.attrs()
        self.take("}")


def html_text(label):
    text = re.sub(r"</?(TABLE|TR|TD)\b[^>]*>", " ", label)   # cells apart
    text = re.sub(r"<[^>]*>", "", text)                        # fonts and bold inline
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return " ".join(text.split())


def check_dot(path, spec):
    with open(path, encoding="utf-8") as f:
        dot = Dot(f.read())
    nodes, edges, clusters = dot.nodes, dot.edges, dot.clusters
    veth = [e for e in edges if e[2].get("dir") != "forward"]
    for line in open(spec, encoding="utf-8"):
        w = line.split()
        if not w:
            continue
        if w[0] == "cluster":
            label = " ".join(w[2:])
            if clusters.get(w[1]) != label:
                fail("cluster %s: label %r, wanted %r" % (w[1], clusters.get(w[1]), label))
        elif w[0] == "node":
            if w[1] not in nodes:
                fail("no node %s" % w[1])
            text = html_text(nodes[w[1]].get("label", ""))
            for t in w[2:]:
                if t.replace("_", " ") not in text:
                    fail("node %s: %r not in %r" % (w[1], t, text))
        elif w[0] in ("edge", "master"):
            if w[0] == "edge":
                hits = [e for e in veth if {e[0], e[1]} == {w[1], w[2]}]
            else:
                hits = [e for e in edges if (e[0], e[1]) == (w[1], w[2]) and e[2].get("dir") == "forward"]
            if len(hits) != 1:
                fail("%s %s %s: %d edges" % (w[0], w[1], w[2], len(hits)))
            style = "dashed" if "dashed" in hits[0][2].get("style", "") else "solid"
            if style != w[3]:
                fail("%s %s %s: %s, wanted %s" % (w[0], w[1], w[2], style, w[3]))
        elif w[0] == "edges":
            if len(veth) != int(w[1]):
                fail("%d veth edges, wanted %s" % (len(veth), w[1]))
        elif w[0] == "nodes":
            if len(nodes) != int(w[1]):
                fail("%d nodes, wanted %s" % (len(nodes), w[1]))
        else:
            fail("bad spec line: " + line)


def check_svg(path, names):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        fail("%s: not XML: %s" % (path, e))
    if root.tag != "{http://www.w3.org/2000/svg}svg":
        fail("%s: root is %s, not svg" % (path, root.tag))
    text = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for n in names:
        if n not in text:
            fail("%s: no text %r" % (path, n))


def check_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("%s: no PNG signature" % path)
    if len(data) < 33 or data[12:16] != b"IHDR":
        fail("%s: no IHDR" % path)
    width, height = struct.unpack(">II", data[16:24])
    if not (50 <= width <= 20000 and 50 <= height <= 20000):
        fail("%s: %dx%d" % (path, width, height))
    if data[-8:-4] != b"IEND":
        fail("%s: cut short (no IEND)" % path)


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "dot":
        check_dot(path, sys.argv[3])
    elif kind == "svg":
        check_svg(path, sys.argv[3:])
    elif kind == "png":
        check_png(path)
    else:
        fail("unknown kind " + kind)


main()
