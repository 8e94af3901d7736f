package org.annalist.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.actors.ActorPhrase.Category;
import org.annalist.dictionary.ReferenceWords;
import org.annalist.language.Dependency;
import org.annalist.language.Sentence;

/**
 * Resolves nominals ("the Azeri official") and pronouns ("he", "his") to persons already
 * mentioned in the article, the way a reader keeps track of who is who.
 *
 * <ul>
 *   <li>Candidates are the persons mentioned before the reference, at most
 *       {@value #WINDOW} sentences back.
 *   <li>Nominal: "the &lt;demonym&gt;? &lt;title word&gt;" goes to the most recent person whose
 *       known country is the demonym's country, or unknown — never to a person of another
 *       known country, nor to an unplaced person whose title is another office, nor to an
 *       unplaced person with no title last seen before the previous sentence ("Afghanistan's
 *       ambassador said" two paragraphs after a trucker quoted by name introduces someone new),
 *       nor to one whose known sector differs from the title word's unless the
 *       person's title holds the word ("the Azeri general" for a deputy minister who is a general).
 *       No candidate in the window: the one person of the demonym's country mentioned anywhere
 *       before, if there is exactly one. Without a
 *       demonym, the most recent person whose title contains the title word, when any does;
 *       else the one person mentioned anywhere before whose title contains it; else the most
 *       recent person. A person of unknown country takes the demonym's.
 *   <li>Pronoun: a possessive before its clause's subject ("For his part, Aliyef …") is that
 *       subject; otherwise a person mentioned earlier in the same sentence (its subject
 *       first), else the nearest earlier sentence with a person (its subject first, else its
 *       first person). "she" never goes to a person already called "he", nor the reverse.
 *   <li>A pronoun after an unnamed person of its gender stood as a subject ("A woman who
 *       fled … said … she said") is left out, even when a named person came before.
 *   <li>No candidate: the reference is left out; no link is better than a wrong one.
 * </ul>
 * Holds the history of one article only.
 */
final class PersonReferences {

    static final int WINDOW = 4;
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");

    /** One place a person was referred to. */
    private record Sighting(EntityDraft person, int sentence, int token, boolean subject) {}

    /** A person described but not named, as a sentence's subject ("A woman who fled … said"). */
    private record Unnamed(int sentence, int token, EntityDraft.Gender gender, String word) {}

    private final List<Sighting> sightings = new ArrayList<>();
    private final List<Unnamed> unnamed = new ArrayList<>();
    private final ReferenceWords referenceWords;

    PersonReferences(ReferenceWords referenceWords) {
        this.referenceWords = referenceWords;
    }

    void saw(EntityDraft person, Sentence sentence, int headToken) {
        sightings.add(new Sighting(person, sentence.index(), headToken, isSubject(sentence, headToken)));
    }

    /** Notes an unnamed person as a subject: a later pronoun of a fitting gender may be them. */
    void sawUnnamed(Sentence sentence, int token, EntityDraft.Gender gender) {
        String lemma = sentence.token(token).lemma();
        unnamed.add(new Unnamed(sentence.index(), token, gender, (lemma == null ? sentence.token(token).text() : lemma).toLowerCase(Locale.ROOT)));
    }

    EntityDraft resolveNominal(Sentence sentence, ActorPhrase nominal, String code, List<ActorPhrase> phrases) {
        String titleWord = nominal.sectorWord().phrase();
        String lastWord = titleWord.substring(titleWord.lastIndexOf(' ') + 1);
        String sector = nominal.sectorWord().sector();
        List<Sighting> compatible = new ArrayList<>();
        for (Sighting sighting : before(sentence.index(), nominal.firstToken())) {
            EntityDraft person = sighting.person();
            boolean countryFits = code == null || person.code == null && officeFits(person, lastWord)
                    && (person.title != null || sighting.sentence() >= sentence.index() - 1) || code.equals(person.code);
            if (countryFits && sectorFits(person, sector, lastWord)) {
                compatible.add(sighting);
            }
        }
        if (compatible.isEmpty() && code != null) {
            // "the Brazilian minister" many paragraphs after Luciana Ferraz: a nationality singles
            // out its person however far back, as long as one person of that country fits
            List<EntityDraft> sameCountry = sightings.stream()
                    .filter(s -> s.sentence() < sentence.index() || (s.sentence() == sentence.index() && s.token() < nominal.firstToken()))
                    .map(Sighting::person)
                    .filter(person -> code.equals(person.code) && sectorFits(person, sector, lastWord))
                    .distinct().toList();
            if (sameCountry.size() == 1) {
                return sameCountry.get(0);
            }
        }
        if (code == null) {
            List<Sighting> titled = compatible.stream()
                    .filter(s -> holdsTitleWord(s.person(), lastWord)).toList();
            if (!titled.isEmpty()) {
                return pickRecent(titled, sentence.index());
            }
            // "The governor added …" eight sentences after "Odesa regional governor Oleh Kravets":
            // the one person whose title holds the word, however far back, before any nearer person
            List<EntityDraft> titledBefore = sightings.stream()
                    .filter(s -> s.sentence() < sentence.index() || (s.sentence() == sentence.index() && s.token() < nominal.firstToken()))
                    .map(Sighting::person)
                    .filter(person -> holdsTitleWord(person, lastWord))
                    .distinct().toList();
            if (titledBefore.size() == 1) {
                return titledBefore.get(0);
            }
        }
        EntityDraft picked = compatible.isEmpty() ? null : pickRecent(compatible, sentence.index());
        // "A senior U.S. official, speaking on condition of anonymity, said … “…,” the official
        // said": the nominal repeats the unnamed official's word, so it is them, not a named one
        return picked != null && code == null && unnamedSince(picked, sentence.index(), nominal.firstToken(), lastWord) ? null : picked;
    }

    /**
     * Whether a nominal that carries a country may give it to a person the text has not placed:
     * not when the person's title is another office ("Foreign Minister X, who met China's
     * ambassador", "Ministry spokesman X" then "Israel's ambassador"): a country's office named by
     * a different word is most often someone else, and would give the person the wrong country.
     * A word any office-holder goes by (an insider word of reference-words.tsv: "the Indian
     * official", "the Azeri official") fits every title.
     */
    private boolean officeFits(EntityDraft person, String word) {
        return person.title == null || holdsTitleWord(person, word) || referenceWords.is(ReferenceWords.Kind.INSIDER, word);
    }

    private static boolean holdsTitleWord(EntityDraft person, String word) {
        return person.title != null && person.title.toLowerCase(Locale.ROOT).contains(word);
    }

    /**
     * "X, the foreign minister," is X; so is "the spokesman for the agency, X," and "its
     * spokesman, X," — a name set in apposition to the nominal or to its own modifiers. A
     * nominal written right before a name ("Poland's Defence Minister Władysław
     * Kosiniak-Kamysz", with a rank between or not) is that name's title: it describes the
     * person named, never an earlier minister of the story.
     */
    static EntityDraft appositiveName(Sentence sentence, ActorPhrase nominal, List<ActorPhrase> phrases,
            java.util.function.Function<ActorPhrase, EntityDraft> nameOwner) {
        for (ActorPhrase phrase : phrases) {
            int before = phrase.firstToken();
            while (before > nominal.endToken() && sentence.token(before - 1).namedEntityTag().equals("TITLE")) {
                before--;
            }
            if (phrase.category() == Category.PERSON_NAME && before == nominal.endToken() && nameOwner.apply(phrase) != null) {
                return nameOwner.apply(phrase);
            }
        }
        for (ActorPhrase phrase : phrases) {
            if (phrase.category() == Category.PERSON_NAME && phrase.endToken() + 1 == nominal.firstToken()
                    && sentence.token(phrase.endToken()).text().equals(",")) {
                return nameOwner.apply(phrase);
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
            if (inApposition && noVerbBetween && nameOwner.apply(phrase) != null) {
                return nameOwner.apply(phrase);
            }
        }
        return null;
    }

    /**
     * A title word fits a person of the same or unknown sector, or one whose title holds the word
     * ("the Azeri general" is the "Deputy Defence Minister, Lieutenant General").
     */
    private static boolean sectorFits(EntityDraft person, String sector, String lastWord) {
        return sector == null || person.sector == null || person.sector.equals(sector)
                || (person.title != null && person.title.toLowerCase(Locale.ROOT).contains(lastWord));
    }

    EntityDraft resolvePronoun(Sentence sentence, int token, List<ActorPhrase> phrases, java.util.function.Function<ActorPhrase, EntityDraft> nameOwner) {
        String word = sentence.token(token).text().toLowerCase(Locale.ROOT);
        EntityDraft.Gender gender = MALE.contains(word) ? EntityDraft.Gender.MALE : EntityDraft.Gender.FEMALE;
        EntityDraft.Gender other = gender == EntityDraft.Gender.MALE ? EntityDraft.Gender.FEMALE : EntityDraft.Gender.MALE;
        if (sentence.token(token).partOfSpeech().equals("PRP$")) {
            for (ActorPhrase phrase : phrases) {
                if (phrase.category() == Category.PERSON_NAME && phrase.firstToken() > token && isSubject(sentence, phrase.headToken())
                        && isClauseOf(sentence, token, phrase.headToken())) {
                    EntityDraft person = nameOwner.apply(phrase);
                    if (person != null && person.gender != other) {
                        return person;
                    }
                }
            }
        }
        List<Sighting> candidates = before(sentence.index(), token).stream().filter(s -> s.person().gender != other).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        EntityDraft person = pickSalient(candidates, sentence.index());
        return describedSinceLastSeen(person, sentence.index(), token, other) ? null : person;
    }

    /**
     * Whether an unnamed person of a fitting gender stood as a subject after the person was
     * last referred to and before the pronoun ("Wrona said … A woman who fled said … she said"):
     * the pronoun is more likely theirs.
     */
    private boolean describedSinceLastSeen(EntityDraft person, int sentence, int token, EntityDraft.Gender other) {
        return unnamedSince(person, sentence, token, described -> described.gender() != other);
    }

    /**
     * Whether an unnamed subject of this title word ("A senior official … the official said")
     * stood after the person's last sighting and before the position.
     */
    private boolean unnamedSince(EntityDraft person, int sentence, int token, String word) {
        return unnamedSince(person, sentence, token, described -> described.word().equals(word));
    }

    /** Whether an unnamed subject that {@code fits} stood after the person's last sighting and before the position. */
    private boolean unnamedSince(EntityDraft person, int sentence, int token, java.util.function.Predicate<Unnamed> fits) {
        Sighting last = null;
        for (Sighting sighting : sightings) {
            boolean earlier = sighting.sentence() < sentence || (sighting.sentence() == sentence && sighting.token() < token);
            if (earlier && sighting.person() == person) {
                last = sighting;
            }
        }
        for (Unnamed described : unnamed) {
            boolean beforePosition = described.sentence() < sentence || (described.sentence() == sentence && described.token() < token);
            boolean afterPerson = last == null || described.sentence() > last.sentence()
                    || (described.sentence() == last.sentence() && described.token() > last.token());
            if (beforePosition && afterPerson && fits.test(described)) {
                return true;
            }
        }
        return false;
    }

    /** Sightings before the position, within the window, most recent last. */
    private List<Sighting> before(int sentence, int token) {
        List<Sighting> found = new ArrayList<>();
        for (Sighting sighting : sightings) {
            boolean earlier = sighting.sentence() < sentence || (sighting.sentence() == sentence && sighting.token() < token);
            if (earlier && sighting.sentence() >= sentence - WINDOW) {
                found.add(sighting);
            }
        }
        return found;
    }

    /** The most recent person; within one sentence its subject first. */
    private static EntityDraft pickRecent(List<Sighting> candidates, int sentence) {
        int nearest = candidates.get(candidates.size() - 1).sentence();
        for (Sighting sighting : candidates) {
            if (sighting.sentence() == nearest && sighting.subject()) {
                return sighting.person();
            }
        }
        return candidates.get(candidates.size() - 1).person();
    }

    /** For pronouns: the nearest sentence's subject, else its first person (same sentence: most recent). */
    private static EntityDraft pickSalient(List<Sighting> candidates, int sentence) {
        int nearest = candidates.get(candidates.size() - 1).sentence();
        Sighting first = null;
        for (Sighting sighting : candidates) {
            if (sighting.sentence() == nearest) {
                if (sighting.subject()) {
                    return sighting.person();
                }
                if (first == null) {
                    first = sighting;
                }
            }
        }
        return nearest == sentence ? candidates.get(candidates.size() - 1).person() : first.person();
    }

    static boolean isSubject(Sentence sentence, int token) {
        return sentence.headArc(token).map(Dependency::relation).map(r -> r.startsWith("nsubj")).orElse(false);
    }

    /**
     * Whether the token is the subject of a "to" infinitive: "called on Tunisia to halt the
     * expulsions", "urged the junta to free them". The parser makes the state asked an nsubj of
     * the infinitive, but it is the one acted on; the caller is the one acting.
     */
    static boolean isInfinitiveSubject(Sentence sentence, int token) {
        if (!isSubject(sentence, token)) {
            return false;
        }
        int verb = sentence.headArc(token).map(Dependency::governor).orElse(Dependency.ROOT);
        return verb != Dependency.ROOT && verb > token && sentence.dependentArcs(verb).stream()
                .anyMatch(arc -> arc.relation().equals("mark") && sentence.token(arc.dependent()).text().equalsIgnoreCase("to"));
    }

    /** Whether the token lies under the clause whose subject is given (not in a separate clause). */
    private static boolean isClauseOf(Sentence sentence, int token, int subject) {
        int verb = sentence.headArc(subject).map(Dependency::governor).orElse(Dependency.ROOT);
        int current = token;
        for (int steps = 0; steps < 20 && current != Dependency.ROOT; steps++) {
            int governor = sentence.headArc(current).map(Dependency::governor).orElse(Dependency.ROOT);
            if (governor == verb) {
                return true;
            }
            String relation = sentence.headArc(current).map(Dependency::relation).orElse("");
            if (relation.startsWith("ccomp") || relation.startsWith("advcl") || relation.startsWith("acl") || relation.startsWith("parataxis")) {
                return false;
            }
            current = governor;
        }
        return false;
    }
}
