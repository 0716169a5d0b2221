"""Parses RSS feeds with feedparser (what many feed readers use) and prints what tests need as JSON.

Usage: python3 parseFeed.py FILE...  ->  [{"file", "bozo", "bozo_exception", "version", "feed", "entries"}]
"""
import json
import sys

import feedparser


def entry(e):
    return {
        "title": e.get("title"),
        "link": e.get("link"),
        "id": e.get("id"),
        "guidislink": e.get("guidislink"),
        "published": e.get("published"),
        "published_parsed": list(e["published_parsed"][:6]) if e.get("published_parsed") else None,
        "summary": e.get("summary"),
        "categories": [t.get("term") for t in e.get("tags", [])],
        "content": [c.get("value") for c in e.get("content", [])],
    }


def feed(path):
    d = feedparser.parse(path)
    return {
        "file": path,
        "bozo": int(d.bozo),
        "bozo_exception": str(d.get("bozo_exception", "")),
        "version": d.get("version"),
        "feed": {
            "title": d.feed.get("title"),
            "link": d.feed.get("link"),
            "description": d.feed.get("subtitle"),
            "language": d.feed.get("language"),
        },
        "entries": [entry(e) for e in d.entries],
    }


json.dump([feed(p) for p in sys.argv[1:]], sys.stdout, ensure_ascii=False)
