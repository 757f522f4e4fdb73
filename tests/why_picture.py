#!/usr/bin/env python3
"""why_picture.py JSON LIST SVG [PNG]: checks one picture of why --svg/--png.

JSON is `why -j`'s explanation, LIST what `why --svg SVG -v` listed it drew
("what<TAB>text", one line per text drawn, in drawing order), PNG the same
picture from `why --png`. Cairo draws text as glyph shapes, so the SVG is
read back by its glyphs: each drawn character is one <use> of a glyph
symbol, in drawing order. Checked:

- the SVG is well-formed XML with a size, and the PNG a PNG of the same
  picture's size (1.5 times the SVG's points);
- the SVG's glyphs spell the listed texts: as many glyphs as characters,
  and a glyph always stands for the same character;
- every hop of every packet in the JSON is in the listing: a lane for its
  device, a namespace for its namespace, an arrow from each sending to the
  receiving that follows it; and every packet's end, once, on the lane where
  it happened: its drop reason or the rule that left it unanswered, or its
  delivery; each decision no packet carried, and each fix.

Prints what is wrong and exits 1, or exits 0.
"""
import json
import struct
import sys
import xml.dom.minidom


def fail(msg):
    print(msg)
    sys.exit(1)


def lane(hop):
    return "%s/%s" % (hop["netns"] or "root", hop["dev"])


def check_glyphs(dom, texts):
    uses = [u.getAttribute("xlink:href") for u in dom.getElementsByTagName("use")]
    glyphs = [h for h in uses if h.startswith("#glyph")]
    chars = "".join(texts)
    if len(glyphs) != len(chars):
        fail("the SVG has %d glyphs, the listing %d characters" % (len(glyphs), len(chars)))
    meaning = {}
    for g, c in zip(glyphs, chars):
        if meaning.setdefault(g, c) != c:
            fail("glyph %s stands for both %r and %r" % (g, meaning[g], c))


def check_hops(expl, listing):
    whats = [w for w, _ in listing]
    texts = {w: t for w, t in listing}
    for p in expl["packets"]:
        hops = p["hops"]
        for h in hops:
            if "lane " + lane(h) not in whats:
                fail("packet %d: no lane for %s" % (p["id"], lane(h)))
            if "namespace " + (h["netns"] or "root") not in whats:
                fail("packet %d: no namespace %s" % (p["id"], h["netns"] or "root"))
        for i, h in enumerate(hops):
            sent = h["func"] == "dev_queue_xmit"
            if sent:  # to the receiving that follows, if one does
                nxt = hops[i + 1] if i + 1 < len(hops) else None
                to = lane(nxt) if nxt and nxt["func"] != "dev_queue_xmit" else "-"
                arrow = "arrow %d %s %s" % (p["id"], lane(h), to)
            elif i and hops[i - 1]["func"] == "dev_queue_xmit":
                continue
            else:  # received, its sending unseen
                arrow = "arrow %d - %s" % (p["id"], lane(h))
            if arrow not in whats:
                fail("packet %d: no %s" % (p["id"], arrow))
        v = p["verdict"]
        if v not in ("dropped", "unanswered", "waiting", "delivered"):
            continue
        at = lane(p["where"]) if p["where"]["dev"] else "-"
        marks = [w for w in whats if w.startswith("mark %s %d " % (v, p["id"]))]
        if marks != ["mark %s %d %s" % (v, p["id"], at)]:
            fail("packet %d: its end (%s at %s) is marked %s" % (p["id"], v, at, marks))
        if "reason" in p and p["reason"] not in texts[marks[0]]:
            fail("packet %d: its mark %r lacks %s" % (p["id"], texts[marks[0]], p["reason"]))


def check_notes(expl, listing):
    for n in expl["no_packet"]:
        if ("note", "no packet: " + n["func"]) not in listing:
            fail("no note for the decision without a packet in %s" % n["func"])
    for f in expl["fix"]:
        if ("fix", f) not in listing:
            fail("the fix %r is not drawn" % f)


def check_png(path, svg_w, svg_h):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        fail("%s is not a PNG" % path)
    w, h = struct.unpack(">II", head[16:24])
    if abs(w - svg_w * 1.5) > 1 or abs(h - svg_h * 1.5) > 1 or w < 200 or h < 100:
        fail("%s is %dx%d, the SVG %gx%g" % (path, w, h, svg_w, svg_h))


def main():
    with open(sys.argv[1]) as f:
        expl = json.load(f)
    with open(sys.argv[2]) as f:
        listing = [tuple(line.rstrip("\n").split("\t", 1)) for line in f if "\t" in line]
    try:
        dom = xml.dom.minidom.parse(sys.argv[3])
    except Exception as e:  # noqa: BLE001 - any parse error means not XML
        fail("%s is not XML: %s" % (sys.argv[3], e))
    svg = dom.documentElement
    if svg.tagName != "svg":
        fail("%s is not an SVG" % sys.argv[3])
    w, h = (float(svg.getAttribute(a).rstrip("pt") or 0) for a in ("width", "height"))
    if w <= 0 or h <= 0:
        fail("%s has no size" % sys.argv[3])
    if not expl["packets"] and not expl["no_packet"]:
        fail("nothing to draw: the test's command sent no packet")
    check_glyphs(dom, [t for _, t in listing])
    check_hops(expl, listing)
    check_notes(expl, listing)
    if len(sys.argv) > 4:
        check_png(sys.argv[4], w, h)


main()
