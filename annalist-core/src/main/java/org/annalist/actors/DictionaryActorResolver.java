package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.Place;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * The actors stage: finds every reference to a person, body, group, country or place
 * ({@link PhraseFinder}), groups the references into one entity per referent, and codes each
 * entity with a country (or international) code and a PLOVER sector from the dictionaries.
 *
 * <p>Each sentence is read twice: first its names (so a name is known before the pronouns of
 * its own sentence), then its nominals and pronouns in order ({@link PersonReferences}). A
 * person's title, country and sector come from the words around any of its names
 * ({@link TitleReader}), then from the persons dictionary ({@link KnownPersons}), or from a
 * nationality nominal that resolves to it. See docs/actors.md.
 * Thread-safe: every call works on its own drafts; the dictionaries are immutable.
 */
public final class DictionaryActorResolver implements ActorResolver {

    /** Dependency relations by which a place is a party of its verb rather than where something happened. */
    private static final Set<String> PARTY_RELATIONS = Set.of("obj", "iobj", "obl:with", "nmod:with", "obl:agent");

    private final ActorDictionaries dictionaries;
    private final PhraseFinder finder;
    private final TitleReader titles;
    private final SpeakingPlace speakingPlace;
    private final UnplacedPersons unplacedPersons;
    private final UncodedBodies uncodedBodies;
    private final UnnamedSubjects unnamedSubjects;
    private final SelfNamedPersons selfNamed;
    private final SectorsFromContext sectorsFromContext;
    private final InternationalSeats internationalSeats;
    private final BodySeats seats;
    private final StateNounReference stateNouns;

    public DictionaryActorResolver(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.finder = new PhraseFinder(dictionaries);
        this.stateNouns = new StateNounReference(dictionaries.stateNouns());
        this.titles = new TitleReader(dictionaries);
        this.internationalSeats = new InternationalSeats();
        this.speakingPlace = new SpeakingPlace(dictionaries, internationalSeats);
        DatelinePlace datelines = new DatelinePlace(dictionaries.placeNames(), internationalSeats);
        this.unplacedPersons = new UnplacedPersons(speakingPlace, dictionaries, datelines);
        this.uncodedBodies = new UncodedBodies(dictionaries, datelines);
        this.unnamedSubjects = new UnnamedSubjects(dictionaries);
        this.selfNamed = new SelfNamedPersons(dictionaries.referenceWords());
        this.sectorsFromContext = new SectorsFromContext(dictionaries);
        this.seats = new BodySeats(dictionaries.referenceWords());
    }

    @Override
    public ActorAnalysis resolve(AnnotatedDocument document) {
        return new Reading(document).read();
    }

    /** The state of reading one article. */
    private final class Reading {
        private final AnnotatedDocument document;
        private final String text;
        private final Map<String, EntityDraft> byKey = new LinkedHashMap<>();
        private final PersonRoster persons;
        private final Map<ActorPhrase, EntityDraft> owners = new HashMap<>();
        private final PersonReferences references = new PersonReferences(dictionaries.referenceWords());
        private final Acronyms acronyms = new Acronyms();
        private final KnownPersons knownPersons = new KnownPersons(dictionaries.persons());
        private final StatementIssuers statements;
        private final EarlierDescriptions descriptions = new EarlierDescriptions();

        Reading(AnnotatedDocument document) {
            this.document = document;
            this.text = document.text();
            this.statements = new StatementIssuers(dictionaries.referenceWords(), text);
            this.persons = new PersonRoster(document, knownPersons);
        }

        ActorAnalysis read() {
            for (Sentence sentence : document.sentences()) {
                List<ActorPhrase> phrases = persons.personNamesAmong(sentence, finder.find(document, sentence));
                readUnnamedSubjects(sentence, phrases);
                for (ActorPhrase phrase : phrases) {
                    if (phrase.category() != Category.NOMINAL && phrase.category() != Category.PRONOUN) {
                        readName(sentence, phrase, phrases);
                    }
                }
                acronyms.mentionUntagged(sentence, phrases, byKey.values());
                readStateNouns(sentence, phrases);
                for (ActorPhrase phrase : phrases) {
                    if (phrase.category() == Category.NOMINAL) {
                        readNominal(sentence, phrase, phrases);
                    } else if (phrase.category() == Category.PRONOUN) {
                        readPronoun(sentence, phrase, phrases);
                    }
                }
                statements.read(sentence, allDrafts());
            }
            List<EntityDraft> drafts = new ArrayList<>(byKey.values());
            drafts.addAll(persons.all());
            drafts.removeIf(draft -> draft.mentions.isEmpty());
            drafts.sort(Comparator.comparingInt(EntityDraft::firstOffset));
            MainCountry mainCountry = MainCountry.of(byKey.values(), dictionaries.countries());
            BasedBodies.code(drafts, mainCountry);
            unplacedPersons.place(document, drafts, mainCountry);
            uncodedBodies.place(document, drafts);
            sectorsFromContext.mark(text, drafts);
            List<Entity> entities = new ArrayList<>();
            for (EntityDraft draft : drafts) {
                entities.add(draft.build("e" + (entities.size() + 1)));
            }
            return new ActorAnalysis(entities);
        }

        private void readName(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            switch (phrase.category()) {
                case PERSON_NAME -> readPerson(sentence, phrase, phrases);
                case KNOWN_BODY -> {
                    KnownActor known = phrase.known();
                    EntityDraft draft = bodyNamed(phrase);
                    boolean canonical = strippedText(phrase).equalsIgnoreCase(known.name());
                    add(draft, sentence, phrase, canonical ? MentionKind.NAME : MentionKind.ALIAS);
                    acronyms.sawBody(draft, sentence, phrase);
                }
                case COUNTRY_NAME -> {
                    EntityDraft draft = country(phrase.country());
                    add(draft, sentence, phrase, phrase.country().form() == CountryName.Form.ALIAS ? MentionKind.ALIAS : MentionKind.NAME);
                    if (PersonReferences.isSubject(sentence, phrase.headToken())) {
                        draft.sector("GOV", "the country acts as a subject (" + sentence.token(phrase.headToken()).text() + "): GOV");
                    }
                }
                case DEMONYM -> add(country(phrase.country()), sentence, phrase, MentionKind.DEMONYM);
                case PLACE -> readPlace(sentence, phrase);
                case GROUP -> readGroup(sentence, phrase, phrases);
                case OTHER_NAME -> {
                    String type = namedType(phrase);
                    String name = strippedText(phrase);
                    EntityDraft abbreviated = type.equals("ORGANIZATION") ? acronyms.bodyOf(sentence, phrase, name, byKey.values()) : null;
                    if (abbreviated == null && type.equals("ORGANIZATION")) {
                        abbreviated = NamedBodyReference.shortNameOf(byKey.values(), name);
                    }
                    if (abbreviated != null) {
                        add(abbreviated, sentence, phrase, MentionKind.ALIAS);
                        return;
                    }
                    EntityDraft draft = bodyNamed(phrase);
                    add(draft, sentence, phrase, MentionKind.NAME);
                    if (type.equals("ORGANIZATION")) {
                        acronyms.sawBody(draft, sentence, phrase);
                    }
                }
                default -> { }
            }
        }

        private static String namedType(ActorPhrase phrase) {
            return switch (phrase.namedType()) {
                case "ORGANIZATION" -> "ORGANIZATION";
                case "COUNTRY" -> "COUNTRY";
                default -> "LOCATION";
            };
        }

        /** Every draft so far: bodies, countries, places and groups, then persons. */
        private List<EntityDraft> allDrafts() {
            List<EntityDraft> all = new ArrayList<>(byKey.values());
            all.addAll(persons.all());
            return all;
        }

        /** The draft a dictionary body's name, or a name no dictionary knows, belongs to. */
        private EntityDraft bodyNamed(ActorPhrase phrase) {
            KnownActor known = phrase.known();
            if (phrase.category() == Category.KNOWN_BODY) {
                EntityDraft draft = draft("known:" + known.source(), "ORGANIZATION", known.name());
                draft.code(known.code(), known.source() + " " + known.name());
                draft.sector(known.sector(), known.source() + " " + known.name());
                return draft;
            }
            String type = namedType(phrase);
            String name = strippedText(phrase);
            return draft("name:" + type + ":" + name.toLowerCase(Locale.ROOT), type, name);
        }

        /**
         * "the German broadcaster Deutsche Welle", "the rights group Amnesty International": a
         * definite description of a body right before the body's name describes that body (a
         * later "the broadcaster" is it, through {@link NamedBodyReference}); null when no
         * body's name follows.
         */
        private EntityDraft bodyDescribed(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            if (!sentence.token(phrase.firstToken()).text().equalsIgnoreCase("the")) {
                return null;
            }
            for (ActorPhrase next : phrases) {
                boolean body = next.category() == Category.KNOWN_BODY && "ORGANIZATION".equals(bodyNamed(next).type)
                        || next.category() == Category.OTHER_NAME && namedType(next).equals("ORGANIZATION");
                if (next.firstToken() == phrase.endToken() && body && acronyms.bodyOf(sentence, next, strippedText(next)) == null) {
                    return bodyNamed(next);
                }
            }
            return null;
        }

        private void readPerson(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            String name = strippedText(phrase);
            EntityDraft person = persons.personNamed(name);
            if (person == null) {
                person = new EntityDraft("PERSON", name);
                persons.add(person);
            } else if (name.length() > person.name.length()) {
                person.name = name;
            }
            KnownActor known = phrase.known();
            if (known != null) {
                person.name = known.name();
                person.code(known.code(), known.source() + " " + known.name());
                person.sector(known.sector(), known.source() + " " + known.name());
            }
            PersonDescription description = titles.describe(text, sentence, phrase, phrases);
            if (person.title == null) {
                person.title = description.title();
            }
            // a body the title names itself ("head of the EU monitoring mission") outranks an
            // employer word; a country word ("the group's Kenya director") does not
            EmployerFinder employers = new EmployerFinder(document);
            // "their lawyer" bound by "the three men": the people's lawyer, no body's staff
            boolean people = description.employer() != null && (employers.boundToPeople(description.employer(), byKey.values())
                    || employers.counselOfPeople(description.employer(), byKey.values(), dictionaries.referenceWords()));
            EntityDraft employer = description.employer() == null || description.codedByBody() || people ? null
                    : employers.employerOf(description.employer(), byKey.values());
            if (description.employer() != null && description.employer().bare() && !people && (employer == null || employer.code == null)) {
                person.employedByUncodedBody(employer);
            }
            person.namedEmployer = PersonSectors.namesEmployer(document, description.employer(), employer) ? employer : person.namedEmployer;
            if (description.nationality()) {
                // "its Kenyan deputy commander": a demonym in the title says whose citizen the person is, whoever employs them
                person.code(description.code(), description.codedBy());
            }
            if (employer != null && employer.code != null) {
                String rule = description.employer().source() + " is " + employer.name + ", coded " + employer.code + " (" + employer.codedBy + ")";
                person.code(employer.code, "title: " + rule);
                if ("NGO".equals(employer.code) || "REB".equals(employer.sector)) {
                    // a rights group's researcher works for the rights group, an armed group's commander
                    // fights for it: its sector, not the title word's
                    person.sector(employer.sector, "title: " + rule + ", sector " + employer.sector);
                }
            }
            person.code(description.code(), description.codedBy());
            person.sector(description.sector(), description.sectorBy());
            if (known == null) {
                knownPersons.code(person, description);
            }
            if (person.code == null && description.possessor() != null) {
                // "Petro's foreign minister, Laura Sarabia": an office of the possessor's state
                EntityDraft possessor = owners.containsKey(description.possessor()) ? owners.get(description.possessor())
                        : persons.personNamed(strippedText(description.possessor()));
                if (possessor != null && possessor != person && possessor.code != null) {
                    person.code(possessor.code, "title: possessive \"" + strippedText(description.possessor()) + "'s\" before a title is "
                            + possessor.name + ", coded " + possessor.code + " (" + possessor.codedBy + ")");
                }
            }
            add(person, sentence, phrase, MentionKind.NAME);
            EntityDraft named = person; // "said a 22-year-old protester who gave her name only as Fah"
            selfNamed.description(sentence, phrase).ifPresent(found -> {
                add(named, sentence, found, MentionKind.NOMINAL);
                unplacedPersons.describedAs(document, sentence, found).ifPresent(origin -> named.code(origin.code(), origin.codedBy()));
            });
            if (person.code == null) {
                EntityDraft described = person;
                descriptions.countryFor(person.title).ifPresent(found -> described.code(found.code(), found.codedBy()));
            }
            if (person.code == null) {
                // placed while reading, so that a later "the Filipino officer" finds the officer
                // who "told reporters in Manila" before it
                EntityDraft placed = person;
                unplacedPersons.whileReading(document, person.mentions.get(person.mentions.size() - 1))
                        .ifPresent(found -> placed.code(found.code(), found.codedBy()));
            }
            owners.put(phrase, person);
            references.saw(person, sentence, phrase.headToken());
        }

        /** "The kingdom also agreed": the kingdom named last before it ({@link StateNounReference}). */
        private void readStateNouns(Sentence sentence, List<ActorPhrase> phrases) {
            for (StateNounReference.Found found : stateNouns.find(sentence, phrases)) {
                int start = sentence.token(found.first()).start();
                int end = sentence.token(found.end() - 1).end();
                EntityDraft state = StateNounReference.stateBefore(found, byKey.values(), start);
                if (state == null) {
                    continue;
                }
                state.mention(new Mention(start, end, text.substring(start, end), sentence.index(), MentionKind.ALIAS));
                if (PersonReferences.isSubject(sentence, found.end() - 1)) {
                    state.sector("GOV", "the country acts as a subject (" + sentence.token(found.end() - 1).text() + "): GOV");
                }
            }
        }

        private void readUnnamedSubjects(Sentence sentence, List<ActorPhrase> phrases) {
            for (UnnamedSubjects.Found found : unnamedSubjects.find(text, sentence, phrases)) {
                references.sawUnnamed(sentence, found.token(), found.gender());
            }
        }

        private void readPlace(Sentence sentence, ActorPhrase phrase) {
            Place place = phrase.place();
            boolean subject = PersonReferences.isSubject(sentence, phrase.headToken());
            // "urged Brussels to withdraw the duties", "coordinating with Brussels": a seat is its body as any party, not only as subject
            boolean party = subject || PARTY_RELATIONS.contains(sentence.headArc(phrase.headToken()).map(Dependency::relation).orElse(""));
            EntityDraft seated = party ? internationalSeats.bodyNamed(place, byKey.values(), dictionaries.knownActors()) : null;
            if (seated != null) {
                add(seated, sentence, phrase, MentionKind.METONYM);
                return;
            }
            if (place.kind() == Place.Kind.CAPITAL && subject) {
                CountryName country = new CountryName(place.country(),
                        dictionaries.countries().nameOf(place.country()).orElse(place.country()), CountryName.Form.NAME,
                        "places/gazetteer.tsv capital " + place.name() + " of");
                EntityDraft draft = country(country);
                draft.sector("GOV", "capital " + place.name() + " acts as a subject (metonymy): GOV");
                add(draft, sentence, phrase, MentionKind.METONYM);
                return;
            }
            EntityDraft draft = draft("place:" + place.name(), "LOCATION", place.name());
            draft.code(place.country(), place.file() + " " + place.name());
            add(draft, sentence, phrase, MentionKind.NAME);
        }

        private void readGroup(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            CountryName country = phrase.country();
            KnownActor body = phrase.known();
            SectorPhrase word = phrase.sectorWord();
            String code = country != null ? country.code() : body != null ? body.code() : null;
            String wordKey = word != null ? word.phrase() : "people";
            String type = word != null && word.kind() == SectorPhrase.Kind.ORGANISATION ? "ORGANIZATION" : "GROUP";
            EntityDraft described = type.equals("ORGANIZATION") ? bodyDescribed(sentence, phrase, phrases) : null;
            if (described != null) {
                // "the French company Orano": a name no dictionary codes takes the description's country and sector
                if (country != null) {
                    described.code(country.code(), "described as \"" + strippedText(phrase) + "\": " + country.source() + " "
                            + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
                }
                BasedIn.country(dictionaries, text, sentence, phrase.firstToken(), phrase.endToken())
                        .ifPresent(found -> described.code(found.code(), "described as \"" + strippedText(phrase) + "\": " + found.codedBy()));
                if (word != null) {
                    described.sector(word.sector(), "described as \"" + strippedText(phrase) + "\": " + word.source() + " " + word.phrase());
                }
                add(described, sentence, phrase, MentionKind.NOMINAL);
                return;
            }
            if (type.equals("ORGANIZATION") && country == null && body == null) {
                EntityDraft named = NamedBodyReference.referent(byKey.values(), sentence, phrase.firstToken(), phrase.strippedText(document));
                if (named == null) {
                    named = BusinessReference.referent(byKey.values(), sentence, phrase); // "ExxonMobil said … the company said"
                }
                // "HRW said … the group said"; "the teachers' union said … The union asked" is the union
                // just named, whose words hold the word too, not the European Union named paragraphs
                // before (a nearer body that only fits, ECOWAS before "the alliance", does not outrank
                // the Alliance of Sahel States)
                EntityDraft fitting = NamedBodyReference.fittingReferent(text, byKey.values(), document.sentences(), sentence, phrase, dictionaries.bodyReferenceWords());
                int start = sentence.token(phrase.firstToken()).start();
                boolean nearerHolder = fitting != null && named != null && NamedBodyReference.holdsWord(fitting, phrase.strippedText(document))
                        && NamedBodyReference.lastSentenceBefore(fitting, start) > NamedBodyReference.lastSentenceBefore(named, start);
                if (named == null || nearerHolder) {
                    named = fitting != null ? fitting : named;
                }
                if (named != null) {
                    add(named, sentence, phrase, MentionKind.NOMINAL);
                    return;
                }
                if (word.sector() == null && !Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0))
                        && phrase.onlyArticleAndHead(sentence)) {
                    return; // "the commission" with no commission named before: nobody known
                }
            }
            String name = phrase.bodyName(document);
            boolean proper = !name.equals(strippedText(phrase)) || Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0));
            String key = proper && type.equals("ORGANIZATION") ? name.toLowerCase(Locale.ROOT) : wordKey;
            EntityDraft draft = draft("group:" + code + ":" + (body == null ? "" : body.name()) + ":" + key, type, name);
            if (country != null) {
                draft.code(country.code(), country.source() + " " + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
            } else if (body != null) {
                draft.code(body.code(), body.source() + " " + body.name());
            }
            if (word != null) {
                draft.sector(word.sector(), word.source() + " " + word.phrase());
            }
            if (type.equals("ORGANIZATION")) {
                seats.of(sentence, phrase, phrases).ifPresent(seat -> seated(draft, seat));
                if (proper && country == null && body == null && draft.basedCode == null) {
                    BasedBodies.basedInApposition(dictionaries, text, sentence, phrase.headToken()).ifPresent(found -> {
                        draft.basedCode = found.code();
                        draft.basedBy = found.codedBy();
                    });
                }
            }
            add(draft, sentence, phrase, word == null ? MentionKind.DEMONYM : MentionKind.NOMINAL);
            if (type.equals("ORGANIZATION") && proper) {
                acronyms.sawBody(draft, sentence, phrase); // "the Kenya Democratic Alliance (KDA)"
            }
        }

        /**
         * "police in Malanville", "the U.S. embassy in Port of Spain": a body first met with its seat
         * is named with it; a local one remembers the seat's country for {@link UncodedBodies}.
         */
        private void seated(EntityDraft draft, BodySeats.Seat seat) {
            ActorPhrase place = seat.place();
            if (draft.mentions.isEmpty()) {
                draft.name = draft.name + " in " + strippedText(place);
            }
            if (seat.local() && draft.seatCode == null) {
                draft.seatCode = place.category() == Category.PLACE ? place.place().country() : place.country().code();
                draft.seatBy = place.category() == Category.PLACE ? place.place().file() + " " + place.place().name()
                        : place.country().source() + " " + place.country().country();
            }
        }

        private void readNominal(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            if (phrases.stream().anyMatch(body -> body.category() == Category.GROUP && body.contains(phrase) && body.endToken() > phrase.endToken())) {
                return; // "The Cuban prosecutor's office": the words of a body's name, no person
            }
            EntityDraft person = PersonReferences.appositiveName(sentence, phrase, phrases, owners::get);
            String code = phrase.country() != null ? phrase.country().code() : phrase.known() != null ? phrase.known().code() : null;
            if (person == null) {
                person = references.resolveNominal(sentence, phrase, code, phrases);
            }
            if (person == null && code != null) {
                descriptions.saw(phrase.sectorWord().phrase(), code, "described earlier as \"" + strippedText(phrase) + "\"");
            } else if (person == null) {
                EarlierDescriptions.capitalInside(phrase, phrases).ifPresent(capital -> descriptions.saw(phrase.sectorWord().phrase(),
                        capital.country(), "described earlier as \"" + strippedText(phrase) + "\" (" + capital.name() + ", capital of " + capital.country() + ")"));
            }
            if (person == null) {
                return;
            }
            if (code != null && person.code == null) {
                String source = phrase.country() != null ? phrase.country().source() + " " + phrase.country().form().name().toLowerCase(Locale.ROOT)
                        : phrase.known().source();
                person.code(code, "nominal \"" + strippedText(phrase) + "\": " + source);
            }
            if (person.title == null && phrase.sectorWord() != null) {
                // a person named without a title and later called "the Greek minister": what the
                // nominal says is their only description, so no civilian
                person.sector(phrase.sectorWord().sector(), "nominal \"" + strippedText(phrase) + "\": "
                        + phrase.sectorWord().source() + " " + phrase.sectorWord().phrase());
            }
            add(person, sentence, phrase, MentionKind.NOMINAL);
            references.saw(person, sentence, phrase.headToken());
        }

        private void readPronoun(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            EntityDraft person = references.resolvePronoun(sentence, phrase.firstToken(), phrases, owners::get);
            if (person == null) {
                return;
            }
            String word = sentence.token(phrase.firstToken()).text().toLowerCase(Locale.ROOT);
            person.gender = word.startsWith("h") && !word.startsWith("her") ? EntityDraft.Gender.MALE : EntityDraft.Gender.FEMALE;
            add(person, sentence, phrase, MentionKind.PRONOUN);
            references.saw(person, sentence, phrase.headToken());
        }

        private EntityDraft country(CountryName country) {
            EntityDraft draft = draft("country:" + country.code(), "COUNTRY", country.country());
            if (draft.code == null) {
                draft.code(country.code(), country.source() + " " + country.form().name().toLowerCase(Locale.ROOT) + " " + country.country());
            }
            return draft;
        }

        private EntityDraft draft(String key, String type, String name) {
            return byKey.computeIfAbsent(key, k -> new EntityDraft(type, name));
        }

        private void add(EntityDraft draft, Sentence sentence, ActorPhrase phrase, MentionKind kind) {
            int start = sentence.token(phrase.firstToken()).start();
            int end = sentence.token(phrase.endToken() - 1).end();
            draft.mention(new Mention(start, end, text.substring(start, end), sentence.index(), kind));
        }

        private String strippedText(ActorPhrase phrase) {
            return phrase.strippedText(document);
        }
    }
}
