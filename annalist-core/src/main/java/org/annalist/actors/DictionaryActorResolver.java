package org.annalist.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ActorDictionaries;
import org.annalist.dictionary.CountryName;
import org.annalist.dictionary.KnownActor;
import org.annalist.dictionary.Place;
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
 *
 * <p>One article's drafts live in {@link ArticleDrafts}; a person's name is read by
 * {@link PersonNameReader}, a group's or body's description by {@link GroupDescriptionReader}.
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
    /** The towns this resolver reads as namesakes: empty on the first reading, the first reading's on the second. */
    private final Set<Place> namesakes;

    public DictionaryActorResolver(ActorDictionaries dictionaries) {
        this(dictionaries, Set.of());
    }

    private DictionaryActorResolver(ActorDictionaries dictionaries, Set<Place> namesakes) {
        this.dictionaries = dictionaries;
        this.namesakes = Set.copyOf(namesakes);
        this.finder = new PhraseFinder(dictionaries);
        this.stateNouns = new StateNounReference(dictionaries.stateNouns());
        this.titles = new TitleReader(dictionaries);
        this.internationalSeats = new InternationalSeats(dictionaries.nameTables().internationalSeats());
        this.speakingPlace = new SpeakingPlace(dictionaries, internationalSeats);
        DatelinePlace datelines = new DatelinePlace(dictionaries.placeNames(), internationalSeats);
        this.unplacedPersons = new UnplacedPersons(speakingPlace, dictionaries, datelines);
        this.uncodedBodies = new UncodedBodies(dictionaries, datelines);
        this.unnamedSubjects = new UnnamedSubjects(dictionaries);
        this.selfNamed = new SelfNamedPersons(dictionaries.referenceWords());
        this.sectorsFromContext = new SectorsFromContext(dictionaries);
        this.seats = new BodySeats(dictionaries.referenceWords());
    }

    /**
     * Reads the article; when the reading finds towns that must be namesakes of places elsewhere
     * ({@link NamesakeTowns}), reads it once more without them, so that nothing (a dateline, a group
     * "from San Pedro", a sentence's place) takes their country. Few articles name such a town.
     */
    @Override
    public ActorAnalysis resolve(AnnotatedDocument document) {
        ActorAnalysis first = new Reading(document).read();
        if (!namesakes.isEmpty() || first.namesakes().isEmpty()) {
            return first;
        }
        return new DictionaryActorResolver(dictionaries.withoutPlaces(first.namesakes()), first.namesakes()).resolve(document);
    }

    /**
     * The state of reading one article: its drafts ({@link ArticleDrafts}) and the readers of its
     * person names ({@link PersonNameReader}) and group descriptions ({@link GroupDescriptionReader});
     * country, place and body names, state nouns, nominals and pronouns are read here.
     */
    private final class Reading {
        private final AnnotatedDocument document;
        private final String text;
        private final ArticleDrafts drafts;
        private final PersonRoster persons;
        private final PersonReferences references = new PersonReferences(dictionaries.referenceWords());
        private final Acronyms acronyms = new Acronyms();
        private final StatementIssuers statements;
        private final EarlierDescriptions descriptions = new EarlierDescriptions();
        private final PersonNameReader personNames;
        private final GroupDescriptionReader groups;

        Reading(AnnotatedDocument document) {
            this.document = document;
            this.text = document.text();
            this.statements = new StatementIssuers(dictionaries.referenceWords(), text);
            KnownPersons knownPersons = new KnownPersons(dictionaries.persons());
            this.drafts = new ArticleDrafts(document, knownPersons);
            this.persons = drafts.persons();
            this.personNames = new PersonNameReader(drafts, titles, knownPersons, dictionaries.referenceWords(), selfNamed,
                    unplacedPersons, descriptions, references);
            this.groups = new GroupDescriptionReader(dictionaries, drafts, acronyms, seats);
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
                acronyms.mentionUntagged(sentence, phrases, drafts.bodies());
                ShortBusinessNames.mention(sentence, phrases, drafts.bodies());
                readStateNouns(sentence, phrases);
                for (ActorPhrase phrase : phrases) {
                    if (phrase.category() == Category.NOMINAL) {
                        readNominal(sentence, phrase, phrases);
                    } else if (phrase.category() == Category.PRONOUN) {
                        readPronoun(sentence, phrase, phrases);
                    }
                }
                statements.read(sentence, drafts.allDrafts());
            }
            List<EntityDraft> all = drafts.allDrafts();
            all.removeIf(draft -> draft.mentions.isEmpty());
            all.sort(Comparator.comparingInt(EntityDraft::firstOffset));
            MainCountry mainCountry = MainCountry.of(drafts.bodies(), dictionaries.countries());
            BasedBodies.code(all, mainCountry);
            unplacedPersons.place(document, all, mainCountry);
            uncodedBodies.place(document, all);
            sectorsFromContext.mark(text, all);
            markNamesakes(all);
            List<Entity> entities = new ArrayList<>();
            for (EntityDraft draft : all) {
                entities.add(draft.build("e" + (entities.size() + 1)));
            }
            return new ActorAnalysis(entities, namesakes.isEmpty() ? NamesakeTowns.in(all, dictionaries.places()) : namesakes);
        }

        /** On the second reading, says why a namesake town's mentions code nothing. */
        private void markNamesakes(List<EntityDraft> all) {
            for (Place namesake : namesakes) {
                all.stream().filter(draft -> "LOCATION".equals(draft.type) && draft.code == null && draft.codedBy == null
                        && draft.name != null && NamesakeTowns.isNameOf(namesake, draft.name))
                        .forEach(draft -> draft.codedBy = NamesakeTowns.reason(namesake));
            }
        }

        private void readName(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            switch (phrase.category()) {
                case PERSON_NAME -> personNames.read(sentence, phrase, phrases);
                case KNOWN_BODY -> {
                    KnownActor known = phrase.known();
                    EntityDraft draft = drafts.bodyNamed(phrase);
                    boolean canonical = drafts.strippedText(phrase).equalsIgnoreCase(known.name());
                    drafts.add(draft, sentence, phrase, canonical ? MentionKind.NAME : MentionKind.ALIAS);
                    acronyms.sawBody(draft, sentence, phrase);
                }
                case COUNTRY_NAME -> {
                    EntityDraft draft = drafts.country(phrase.country());
                    drafts.add(draft, sentence, phrase, phrase.country().form() == CountryName.Form.ALIAS ? MentionKind.ALIAS : MentionKind.NAME);
                    if (PersonReferences.isSubject(sentence, phrase.headToken())) {
                        draft.sector("GOV", "the country acts as a subject (" + sentence.token(phrase.headToken()).text() + "): GOV");
                    }
                }
                case DEMONYM -> drafts.add(drafts.country(phrase.country()), sentence, phrase, MentionKind.DEMONYM);
                case PLACE -> readPlace(sentence, phrase);
                case GROUP -> groups.read(sentence, phrase, phrases);
                case OTHER_NAME -> {
                    String type = ArticleDrafts.namedType(phrase);
                    String name = drafts.strippedText(phrase);
                    EntityDraft abbreviated = type.equals("ORGANIZATION") ? acronyms.bodyOf(sentence, phrase, name, drafts.bodies()) : null;
                    if (abbreviated == null && type.equals("ORGANIZATION")) {
                        abbreviated = NamedBodyReference.shortNameOf(drafts.bodies(), name);
                    }
                    if (abbreviated != null) {
                        drafts.add(abbreviated, sentence, phrase, MentionKind.ALIAS);
                        return;
                    }
                    EntityDraft draft = drafts.bodyNamed(phrase);
                    drafts.add(draft, sentence, phrase, MentionKind.NAME);
                    if (type.equals("ORGANIZATION")) {
                        acronyms.sawBody(draft, sentence, phrase);
                    }
                }
                default -> { }
            }
        }

        /** "The kingdom also agreed": the kingdom named last before it ({@link StateNounReference}). */
        private void readStateNouns(Sentence sentence, List<ActorPhrase> phrases) {
            for (StateNounReference.Found found : stateNouns.find(sentence, phrases)) {
                int start = sentence.token(found.first()).start();
                int end = sentence.token(found.end() - 1).end();
                EntityDraft state = StateNounReference.stateBefore(found, drafts.bodies(), start);
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
            EntityDraft seated = party ? internationalSeats.bodyNamed(place, drafts.bodies(), dictionaries.knownActors()) : null;
            if (seated != null) {
                drafts.add(seated, sentence, phrase, MentionKind.METONYM);
                return;
            }
            if (place.kind() == Place.Kind.CAPITAL && subject) {
                CountryName country = new CountryName(place.country(),
                        dictionaries.countries().nameOf(place.country()).orElse(place.country()), CountryName.Form.NAME,
                        "places/gazetteer.tsv capital " + place.name() + " of");
                EntityDraft draft = drafts.country(country);
                draft.sector("GOV", "capital " + place.name() + " acts as a subject (metonymy): GOV");
                drafts.add(draft, sentence, phrase, MentionKind.METONYM);
                return;
            }
            EntityDraft draft = drafts.draft("place:" + place.name(), "LOCATION", place.name());
            draft.code(place.country(), place.file() + " " + place.name());
            drafts.add(draft, sentence, phrase, MentionKind.NAME);
        }

        private void readNominal(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            if (phrases.stream().anyMatch(body -> body.category() == Category.GROUP && body.contains(phrase) && body.endToken() > phrase.endToken())) {
                return; // "The Cuban prosecutor's office": the words of a body's name, no person
            }
            EntityDraft person = PersonReferences.appositiveName(sentence, phrase, phrases, drafts::ownerOf);
            String code = phrase.country() != null ? phrase.country().code() : phrase.known() != null ? phrase.known().code() : null;
            if (person == null) {
                person = references.resolveNominal(sentence, phrase, code, phrases);
            }
            if (person == null && code != null) {
                descriptions.saw(phrase.sectorWord().phrase(), code, "described earlier as \"" + drafts.strippedText(phrase) + "\"");
            } else if (person == null) {
                EarlierDescriptions.capitalInside(phrase, phrases).ifPresent(capital -> descriptions.saw(phrase.sectorWord().phrase(),
                        capital.country(), "described earlier as \"" + drafts.strippedText(phrase) + "\" (" + capital.name() + ", capital of " + capital.country() + ")"));
            }
            if (person == null) {
                return;
            }
            if (code != null && person.code == null) {
                String source = phrase.country() != null ? phrase.country().source() + " " + phrase.country().form().name().toLowerCase(Locale.ROOT)
                        : phrase.known().source();
                person.code(code, "nominal \"" + drafts.strippedText(phrase) + "\": " + source);
            }
            if (person.title == null && phrase.sectorWord() != null) {
                // a person named without a title and later called "the Greek minister": what the
                // nominal says is their only description, so no civilian
                person.sector(phrase.sectorWord().sector(), "nominal \"" + drafts.strippedText(phrase) + "\": "
                        + phrase.sectorWord().source() + " " + phrase.sectorWord().phrase());
            }
            drafts.add(person, sentence, phrase, MentionKind.NOMINAL);
            references.saw(person, sentence, phrase.headToken());
        }

        private void readPronoun(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            EntityDraft person = references.resolvePronoun(sentence, phrase.firstToken(), phrases, drafts::ownerOf);
            if (person == null) {
                return;
            }
            String word = sentence.token(phrase.firstToken()).text().toLowerCase(Locale.ROOT);
            person.gender = word.startsWith("h") && !word.startsWith("her") ? EntityDraft.Gender.MALE : EntityDraft.Gender.FEMALE;
            drafts.add(person, sentence, phrase, MentionKind.PRONOUN);
            references.saw(person, sentence, phrase.headToken());
        }
    }
}
