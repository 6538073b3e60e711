"""Reads an Atom feed with feedparser, the reference Python feed parser, and prints what a
feed reader keeps of it as JSON: usage `feed.py URL`. The browser tests assert on it."""

import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
print(
    json.dumps(
        {
            "bozo": bool(feed.bozo),
            "error": str(feed.get("bozo_exception", "")),
            "version": feed.version,
            "title": feed.feed.get("title"),
            "id": feed.feed.get("id"),
            "updated": feed.feed.get("updated"),
            "language": feed.feed.get("language"),
            "self": next((l.href for l in feed.feed.get("links", []) if l.rel == "self"), None),
            "entries": [
                {
                    "id": e.id,
                    "title": e.title,
                    "link": e.link,
                    "updated": e.updated,
                    "published": e.published,
                    "kind": e.tags[0].term if e.get("tags") else None,
                    "summary": e.summary,
                }
                for e in feed.entries
            ],
        }
    )
)
