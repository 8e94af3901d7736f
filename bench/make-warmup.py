#!/usr/bin/env python3
"""Builds the benchmark's warm-up corpus from ../shared/data, text the measured articles never use.

The 24 GUM Wikinews documents (each `# text =` line of a .conllu file is a sentence; the
sentences of one file are joined into one article, ~15,000 words in all) are written as JSON
Lines records {"id", "text"}. (The PLOVER records' texts are single sentences, ~700 words in all:
too few to matter.) Warming up on
text other than the measured articles lets the JIT compile CoreNLP and the parser's feature cache
fill with general news vocabulary, as in a long run, without handing the measured articles'
words to the cache in advance.

    python3 bench/make-warmup.py /tmp/warmup.jsonl
    ./annalist bench --skip-bare --rounds 1 --warmup 8 --warmup-input /tmp/warmup.jsonl \
        /tmp/long/long.jsonl evaluation/wire*/articles
"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")


def gum_articles():
    for path in sorted(glob.glob(os.path.join(SHARED, "gum-news", "*.conllu"))):
        with open(path, encoding="utf-8") as f:
            sentences = [line[len("# text = "):].strip() for line in f if line.startswith("# text = ")]
        yield "gum-" + os.path.basename(path)[:-len(".conllu")], " ".join(sentences)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make-warmup.py OUTPUT.jsonl")
    if not os.path.isdir(SHARED):
        sys.exit(f"make-warmup.py: {SHARED} not found (the shared data sits beside the project)")
    count = 0
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for identifier, text in gum_articles():
            out.write(json.dumps({"id": identifier, "text": text}, ensure_ascii=False) + "\n")
            count += 1
    print(f"wrote {count} articles to {sys.argv[1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
