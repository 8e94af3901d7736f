#!/usr/bin/env python3
"""Builds the ~350-token benchmark corpus of issue 7 from the evaluation articles.

Each article of evaluation/actors-quotes/articles is joined with one article of
evaluation/events/articles (taken in file-name order, the i-th with the i-th), the quote
article first, a blank line between them, and written as one JSON Lines record
{"id", "date", "text"} (the date is the first article's "date YYYY-MM-DD" line).
The 32 records average about 365 CoreNLP tokens, close to the ~350 of a typical news article.

    python3 bench/make-long-articles.py /tmp/long/long.jsonl
    ./annalist bench --rounds 2 /tmp/long/long.jsonl
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATE_LINE = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|$)")


def read(path):
    """The article's date (or None) and its text without the date line prefix."""
    with open(path, encoding="utf-8") as f:
        body = f.read()
    match = DATE_LINE.match(body)
    if match:
        return match.group(1), body[match.end():].strip()
    return None, body.strip()


def articles(folder):
    folder = os.path.join(ROOT, "evaluation", folder, "articles")
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".txt")]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-long-articles.py OUTPUT.jsonl")
    output = sys.argv[1]
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    quotes, events = articles("actors-quotes"), articles("events")
    with open(output, "w", encoding="utf-8") as out:
        for quote_path, event_path in zip(quotes, events):
            date, first = read(quote_path)
            _, second = read(event_path)
            record = {"id": "long-" + os.path.basename(quote_path)[:-4] + "+" + os.path.basename(event_path)[:-4],
                      "text": first + "\n\n" + second}
            if date:
                record["date"] = date
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {min(len(quotes), len(events))} articles to {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
