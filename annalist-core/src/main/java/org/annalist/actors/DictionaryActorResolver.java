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
import org.annalist.dictionary.ReferenceWords;
import org.annalist.dictionary.SectorPhrase;
import org.annalist.language.AnnotatedDocument;
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

    private static final Set<String> INTERNATIONAL = Set.of("UNO", "EUR", "NATO", "IGO");

    private final ActorDictionaries dictionaries;
    private final PhraseFinder finder;
    private final TitleReader titles;
    private final SpeakingPlace speakingPlace;
    private final UnnamedSubjects unnamedSubjects;

    public DictionaryActorResolver(ActorDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.finder = new PhraseFinder(dictionaries);
        this.titles = new TitleReader(dictionaries);
        this.speakingPlace = new SpeakingPlace(dictionaries);
        this.unnamedSubjects = new UnnamedSubjects(dictionaries);
    }

    @Override
    public ActorAnalysis resolve(AnnotatedDocument document) {
        return new Reading(document).read();
    }

    /** The article's main country: the code and name of the country mentioned most with its places. */
    private record Home(String code, String name) {}

    /** The state of reading one article. */
    private final class Reading {
        private final AnnotatedDocument document;
        private final String text;
        private final Map<String, EntityDraft> byKey = new LinkedHashMap<>();
        private final List<EntityDraft> persons = new ArrayList<>();
        private final Map<ActorPhrase, EntityDraft> owners = new HashMap<>();
        private final PersonReferences references = new PersonReferences();
        private final Acronyms acronyms = new Acronyms();
        private final KnownPersons knownPersons = new KnownPersons(dictionaries.persons());
        private EntityDraft statementIssuer;

        Reading(AnnotatedDocument document) {
            this.document = document;
            this.text = document.text();
        }

        ActorAnalysis read() {
            for (Sentence sentence : document.sentences()) {
                List<ActorPhrase> phrases = personNamesAmong(sentence, finder.find(document, sentence));
                readUnnamedSubjects(sentence, phrases);
                for (ActorPhrase phrase : phrases) {
                    if (phrase.category() != Category.NOMINAL && phrase.category() != Category.PRONOUN) {
                        readName(sentence, phrase, phrases);
                    }
                }
                readUntaggedAcronyms(sentence, phrases);
                for (ActorPhrase phrase : phrases) {
                    if (phrase.category() == Category.NOMINAL) {
                        readNominal(sentence, phrase, phrases);
                    } else if (phrase.category() == Category.PRONOUN) {
                        readPronoun(sentence, phrase, phrases);
                    }
                }
                readStatements(sentence);
            }
            List<EntityDraft> drafts = new ArrayList<>(byKey.values());
            drafts.addAll(persons);
            drafts.removeIf(draft -> draft.mentions.isEmpty());
            drafts.sort(Comparator.comparingInt(EntityDraft::firstOffset));
            List<Entity> entities = new ArrayList<>();
            Home homeCountry = homeCountry();
            for (EntityDraft draft : drafts) {
                if ("PERSON".equals(draft.type) && draft.code == null) {
                    speakingPlace.of(document, draft.mentions).ifPresent(found -> draft.code(found.code(), found.codedBy()));
                }
                // the article's main country is a guess for its own people; staff of a body whose
                // code is unknown (an NGO no dictionary lists) are better left uncoded than misplaced
                if ("PERSON".equals(draft.type) && draft.code == null && homeCountry != null && !draft.employedByUncodedBody) {
                    draft.code(homeCountry.code(), "the article's main country, " + homeCountry.name() + " (most mentioned with its places), for a person it gives no country");
                }
                if ("PERSON".equals(draft.type) && draft.sector == null && draft.code != null && INTERNATIONAL.contains(draft.code) && draft.title != null) {
                    draft.sector("GOV", "official of an international body: GOV");
                }
                entities.add(draft.build("e" + (entities.size() + 1)));
            }
            return new ActorAnalysis(entities);
        }

        /**
         * The sentence's phrases with the names of persons already met put right: a place or
         * country the language layer tags as a person that is a word of an earlier person's name
         * is that person ("Santiago said" after "Commodore Rogelio Santiago"), and a proper noun
         * it left untagged that is an earlier person's surname is that person ("Özdemir said").
         */
        private List<ActorPhrase> personNamesAmong(Sentence sentence, List<ActorPhrase> found) {
            List<ActorPhrase> phrases = new ArrayList<>();
            for (ActorPhrase phrase : found) {
                boolean placeLike = phrase.category() == Category.PLACE || phrase.category() == Category.COUNTRY_NAME;
                String words = strippedText(phrase);
                boolean listedPerson = phrase.category() == Category.OTHER_NAME && knownPersons.isListed(words);
                if (placeLike && (taggedPerson(sentence, phrase) && personNamed(words) != null || surnameOwner(words) != null) || listedPerson) {
                    phrases.add(personPhrase(sentence, phrase.firstToken(), phrase.endToken()));
                } else {
                    phrases.add(phrase);
                }
            }
            for (org.annalist.language.Token token : sentence.tokens()) {
                int index = token.index();
                boolean covered = phrases.stream().anyMatch(p -> index >= p.firstToken() && index < p.endToken());
                if (!covered && token.isProperNoun() && token.text().length() > 2 && surnameOwner(token.text()) != null) {
                    phrases.add(personPhrase(sentence, index, index + 1));
                }
            }
            phrases.sort(Comparator.comparingInt(ActorPhrase::firstToken).thenComparingInt(phrase -> -phrase.endToken()));
            return phrases;
        }

        private static boolean taggedPerson(Sentence sentence, ActorPhrase phrase) {
            for (int index = phrase.firstToken(); index < phrase.endToken(); index++) {
                String word = sentence.token(index).text();
                if (!word.equalsIgnoreCase("the") && !sentence.token(index).namedEntityTag().equals("PERSON")) {
                    return false;
                }
            }
            return true;
        }

        private static ActorPhrase personPhrase(Sentence sentence, int first, int end) {
            return new ActorPhrase(sentence.index(), first, end, PhraseFinder.headOf(sentence, first, end), Category.PERSON_NAME,
                    null, null, null, null, null);
        }

        /** The most recent person whose name ends with the word. */
        private EntityDraft surnameOwner(String word) {
            for (int index = persons.size() - 1; index >= 0; index--) {
                EntityDraft person = persons.get(index);
                List<String> words = words(person.name);
                if (words.size() > 1 && words.get(words.size() - 1).equals(word.toLowerCase(Locale.ROOT))) {
                    return person;
                }
            }
            return null;
        }

        /**
         * The country mentioned most often, if it leads the others: its names, aliases, demonyms
         * and capitals, plus the mentions of its places ("Cabo Delgado", "Pemba" count for
         * Mozambique in a story about Rwandan troops there).
         */
        private Home homeCountry() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (EntityDraft draft : byKey.values()) {
                if (("COUNTRY".equals(draft.type) || "LOCATION".equals(draft.type)) && draft.code != null) {
                    counts.merge(draft.code, draft.mentions.size(), Integer::sum);
                }
            }
            String best = null;
            int bestCount = 0;
            int secondCount = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                int count = entry.getValue();
                if (count > bestCount) {
                    secondCount = bestCount;
                    bestCount = count;
                    best = entry.getKey();
                } else if (count > secondCount) {
                    secondCount = count;
                }
            }
            if (best == null || bestCount <= secondCount) {
                return null;
            }
            return new Home(best, dictionaries.countries().nameOf(best).orElse(best));
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
                    EntityDraft abbreviated = type.equals("ORGANIZATION") ? acronyms.bodyOf(sentence, phrase, name) : null;
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

        /**
         * "The Union for Democratic Renewal (UDR) … UDR said": an all-capital word the language
         * layer left untagged is a mention of the body it abbreviates, when the article spelled
         * that body out with the word in brackets after it ({@link Acronyms}).
         */
        private void readUntaggedAcronyms(Sentence sentence, List<ActorPhrase> phrases) {
            for (org.annalist.language.Token token : sentence.tokens()) {
                int index = token.index();
                String word = token.text();
                boolean covered = phrases.stream().anyMatch(p -> index >= p.firstToken() && index < p.endToken());
                if (covered || !token.isProperNoun() || word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                EntityDraft body = acronyms.bodyOf(sentence, index, index + 1, word);
                if (body != null) {
                    body.mention(new Mention(token.start(), token.end(), word, sentence.index(), MentionKind.ALIAS));
                }
            }
        }

        private static String namedType(ActorPhrase phrase) {
            return switch (phrase.namedType()) {
                case "ORGANIZATION" -> "ORGANIZATION";
                case "COUNTRY" -> "COUNTRY";
                default -> "LOCATION";
            };
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
         * later "the broadcaster" is it, through {@link #organisationNamedBy}); null when no
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
            EntityDraft person = personNamed(name);
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
            EntityDraft employer = description.employer() == null || description.codedByBody() ? null
                    : new EmployerFinder(document).employerOf(description.employer(), byKey.values());
            if (description.employer() != null && description.employer().bare() && (employer == null || employer.code == null)) {
                person.employedByUncodedBody = true;
            }
            if (employer != null && employer.code != null) {
                String rule = description.employer().source() + " is " + employer.name + ", coded " + employer.code + " (" + employer.codedBy + ")";
                person.code(employer.code, "title: " + rule);
                if ("NGO".equals(employer.code)) {
                    // a rights group's researcher works for the rights group: its sector, not the title word's
                    person.sector(employer.sector, "title: " + rule + ", sector " + employer.sector);
                }
            }
            person.code(description.code(), description.codedBy());
            person.sector(description.sector(), description.sectorBy());
            if (known == null) {
                knownPersons.code(person, description);
            }
            add(person, sentence, phrase, MentionKind.NAME);
            if (person.code == null) {
                // placed while reading, so that a later "the Filipino officer" finds the officer
                // who "told reporters in Manila" before it
                EntityDraft placed = person;
                speakingPlace.of(document, List.of(person.mentions.get(person.mentions.size() - 1)))
                        .ifPresent(found -> placed.code(found.code(), found.codedBy()));
            }
            owners.put(phrase, person);
            references.saw(person, sentence, phrase.headToken());
        }

        private void readUnnamedSubjects(Sentence sentence, List<ActorPhrase> phrases) {
            for (UnnamedSubjects.Found found : unnamedSubjects.find(text, sentence, phrases)) {
                references.sawUnnamed(sentence, found.token(), found.gender());
            }
        }

        /** The person this name belongs to: all its words are words of an earlier person's name (most recent first). */
        private EntityDraft personNamed(String name) {
            List<String> words = words(name);
            for (int index = persons.size() - 1; index >= 0; index--) {
                EntityDraft person = persons.get(index);
                List<String> known = new ArrayList<>();
                person.mentions.stream().filter(m -> m.kind() == MentionKind.NAME).forEach(m -> known.addAll(words(m.text())));
                known.addAll(words(person.name));
                if (known.containsAll(words)) {
                    return person;
                }
            }
            return null;
        }

        private void readPlace(Sentence sentence, ActorPhrase phrase) {
            Place place = phrase.place();
            if (place.kind() == Place.Kind.CAPITAL && PersonReferences.isSubject(sentence, phrase.headToken())) {
                CountryName country = new CountryName(place.country(),
                        dictionaries.countries().nameOf(place.country()).orElse(place.country()), CountryName.Form.NAME,
                        "places/gazetteer.tsv capital " + place.name() + " of");
                EntityDraft draft = country(country);
                draft.sector("GOV", "capital " + place.name() + " acts as a subject (metonymy): GOV");
                add(draft, sentence, phrase, MentionKind.METONYM);
                return;
            }
            EntityDraft draft = draft("place:" + place.name(), "LOCATION", place.name());
            draft.code(place.country(), "places/gazetteer.tsv " + place.name());
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
                if (word != null) {
                    described.sector(word.sector(), "described as \"" + strippedText(phrase) + "\": " + word.source() + " " + word.phrase());
                }
                add(described, sentence, phrase, MentionKind.NOMINAL);
                return;
            }
            if (type.equals("ORGANIZATION") && country == null && body == null) {
                EntityDraft named = organisationNamedBy(sentence, phrase);
                if (named == null) {
                    named = BusinessReference.referent(byKey.values(), sentence, phrase); // "ExxonMobil said … the company said"
                }
                if (named != null) {
                    add(named, sentence, phrase, MentionKind.NOMINAL);
                    return;
                }
                if (word.sector() == null && !Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0))) {
                    return; // "the commission" with no commission named before: nobody known
                }
            }
            String name = bodyName(sentence, phrase);
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
            add(draft, sentence, phrase, word == null ? MentionKind.DEMONYM : MentionKind.NOMINAL);
            if (type.equals("ORGANIZATION") && proper) {
                acronyms.sawBody(draft, sentence, phrase); // "the Kenya Democratic Alliance (KDA)"
            }
        }

        /**
         * "the commission said" after "the Election Commission of Pakistan", "The Joint Chiefs
         * said" after "South Korea's Joint Chiefs of Staff": a definite body word without a
         * country of its own is the one earlier organisation whose name holds (or is) its words. Two
         * such organisations (a Ministry of Justice and a Ministry of Interior) leave it alone.
         */
        private EntityDraft organisationNamedBy(Sentence sentence, ActorPhrase phrase) {
            if (!sentence.token(phrase.firstToken()).text().equalsIgnoreCase("the")) {
                return null;
            }
            String words = " " + String.join(" ", words(strippedText(phrase))) + " ";
            EntityDraft found = null;
            for (EntityDraft draft : byKey.values()) {
                String name = " " + String.join(" ", words(draft.name)) + " ";
                boolean proper = !draft.name.isEmpty() && Character.isUpperCase(draft.name.codePointAt(0));
                boolean described = draft.mentions.stream().anyMatch(mention -> mention.kind() == MentionKind.NOMINAL
                        && (" " + String.join(" ", words(mention.text())) + " ").contains(words));
                if (!"ORGANIZATION".equals(draft.type) || !proper || draft.mentions.isEmpty() || !(name.contains(words) || described)) {
                    continue;
                }
                if (found != null && found != draft) {
                    return null;
                }
                found = draft;
            }
            return found;
        }

        /**
         * A body's name without a country possessor: "Tunisia's Ministry of Justice" is the
         * "Ministry of Justice" (coded TUN through the possessor); a lowercase phrase keeps its
         * words ("Iran's government").
         */
        private String bodyName(Sentence sentence, ActorPhrase phrase) {
            String stripped = strippedText(phrase);
            if (!Character.isUpperCase(sentence.token(phrase.headToken()).text().codePointAt(0))) {
                return stripped;
            }
            for (int index = phrase.headToken() - 1; index > phrase.firstToken(); index--) {
                if (sentence.token(index).partOfSpeech().equals("POS")) {
                    int start = sentence.token(index + 1).start();
                    return text.substring(start, sentence.token(phrase.endToken() - 1).end());
                }
            }
            return stripped;
        }

        /**
         * "a statement by the Ministry of Defence …", "the association said in a statement …":
         * a statement is its issuer's words, so a later "the statement said" is a mention of the
         * last body or person that issued one. A statement with no issuer in the text leaves
         * the next "the statement" unresolved.
         */
        private void readStatements(Sentence sentence) {
            for (org.annalist.language.Token token : sentence.tokens()) {
                if (!token.isNoun() || !dictionaries.referenceWords().is(ReferenceWords.Kind.STATEMENT, token.lemma())) {
                    continue;
                }
                EntityDraft issuer = issuerOf(sentence, token.index());
                if (issuer != null) {
                    statementIssuer = issuer;
                    continue;
                }
                boolean definite = sentence.dependentArcs(token.index()).stream()
                        .anyMatch(arc -> arc.relation().equals("det") && sentence.token(arc.dependent()).text().equalsIgnoreCase("the"));
                boolean subject = sentence.headArc(token.index()).map(arc -> arc.relation().startsWith("nsubj")).orElse(false);
                if (definite && subject && statementIssuer != null && token.index() > 0) {
                    int first = token.index() - 1;
                    int start = sentence.token(first).start();
                    statementIssuer.mention(new Mention(start, token.end(), text.substring(start, token.end()), sentence.index(), MentionKind.NOMINAL));
                }
                statementIssuer = definite ? statementIssuer : null;
            }
        }

        /** The entity behind "a statement by X", "X's statement", or X in "X said in / issued a statement". */
        private EntityDraft issuerOf(Sentence sentence, int statement) {
            for (org.annalist.language.Dependency arc : sentence.dependentArcs(statement)) {
                if (markedBy(sentence, arc, "by", "from") || arc.relation().equals("nmod:poss")) {
                    return draftAt(sentence, arc.dependent());
                }
            }
            var governor = sentence.headArc(statement);
            if (governor.isEmpty() || governor.get().governor() < 0) {
                return null;
            }
            int verb = governor.get().governor();
            // "carried a statement by the ministry" with "by …" hung from the verb: the ministry, not the carrier.
            for (org.annalist.language.Dependency arc : sentence.dependentArcs(verb)) {
                if (arc.dependent() > statement && markedBy(sentence, arc, "by", "from")) {
                    return draftAt(sentence, arc.dependent());
                }
            }
            boolean inStatement = governor.get().baseRelation().equals("obl") && markedBy(sentence, governor.get(), "in");
            boolean issued = governor.get().baseRelation().equals("obj") && dictionaries.referenceWords().is(ReferenceWords.Kind.ISSUING, sentence.token(verb).lemma());
            if (!inStatement && !issued) {
                return null;
            }
            for (org.annalist.language.Dependency arc : sentence.dependentArcs(verb)) {
                if (arc.relation().equals("nsubj")) {
                    return draftAt(sentence, arc.dependent());
                }
            }
            return null;
        }

        private static boolean markedBy(Sentence sentence, org.annalist.language.Dependency arc, String... prepositions) {
            Set<String> wanted = Set.of(prepositions);
            return sentence.dependentArcs(arc.dependent()).stream().anyMatch(
                    c -> c.relation().equals("case") && wanted.contains(sentence.token(c.dependent()).text().toLowerCase(Locale.ROOT)));
        }

        private EntityDraft draftAt(Sentence sentence, int token) {
            int offset = sentence.token(token).start();
            List<EntityDraft> all = new ArrayList<>(byKey.values());
            all.addAll(persons);
            for (EntityDraft draft : all) {
                if ((draft.type.equals("ORGANIZATION") || draft.type.equals("PERSON") || draft.type.equals("COUNTRY"))
                        && draft.mentions.stream().anyMatch(m -> m.sentenceIndex() == sentence.index() && m.start() <= offset && offset < m.end())) {
                    return draft;
                }
            }
            return null;
        }

        private void readNominal(Sentence sentence, ActorPhrase phrase, List<ActorPhrase> phrases) {
            EntityDraft person = appositiveName(sentence, phrase, phrases);
            String code = phrase.country() != null ? phrase.country().code() : phrase.known() != null ? phrase.known().code() : null;
            if (person == null) {
                person = references.resolveNominal(sentence, phrase, code, phrases);
            }
            if (person == null) {
                return;
            }
            if (code != null && person.code == null) {
                String source = phrase.country() != null ? phrase.country().source() + " " + phrase.country().form().name().toLowerCase(Locale.ROOT)
                        : phrase.known().source();
                person.code(code, "nominal \"" + strippedText(phrase) + "\": " + source);
            }
            add(person, sentence, phrase, MentionKind.NOMINAL);
            references.saw(person, sentence, phrase.headToken());
        }

        /**
         * "X, the foreign minister," is X; so is "the spokesman for the agency, X," and "its
         * spokesman, X," — a name set in apposition to the nominal or to its own modifiers.
         */
        private EntityDraft appositiveName(Sentence sentence, ActorPhrase nominal, List<ActorPhrase> phrases) {
            for (ActorPhrase phrase : phrases) {
                if (phrase.category() == Category.PERSON_NAME && phrase.endToken() + 1 == nominal.firstToken()
                        && sentence.token(phrase.endToken()).text().equals(",")) {
                    return owners.get(phrase);
                }
            }
            for (ActorPhrase phrase : phrases) {
                if (phrase.category() != Category.PERSON_NAME || phrase.firstToken() <= nominal.endToken()) {
                    continue;
                }
                int before = phrase.firstToken() - 1;
                while (before > nominal.endToken() && sentence.token(before).namedEntityTag().equals("TITLE")) {
                    before--; // "Niger's leader, General Abdourahamane Tiani,": a rank between the comma and the name
                }
                if (!sentence.token(before).text().equals(",")) {
                    continue;
                }
                boolean inApposition = sentence.headArc(phrase.headToken())
                        .filter(arc -> arc.relation().equals("appos") && arc.governor() >= nominal.firstToken() && arc.governor() < phrase.firstToken())
                        .isPresent();
                boolean noVerbBetween = java.util.stream.IntStream.range(nominal.endToken(), phrase.firstToken())
                        .noneMatch(index -> sentence.token(index).isVerb());
                if (inApposition && noVerbBetween && owners.get(phrase) != null) {
                    return owners.get(phrase);
                }
            }
            return null;
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
            Sentence sentence = document.sentences().get(phrase.sentence());
            int first = phrase.firstToken();
            if (first + 1 < phrase.endToken() && sentence.token(first).text().equalsIgnoreCase("the")) {
                first++;
            }
            return text.substring(sentence.token(first).start(), sentence.token(phrase.endToken() - 1).end());
        }
    }

    /** A name's words, lower case, for comparing names. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
