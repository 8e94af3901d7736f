package org.annalist.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.annalist.actors.Entity;
import org.annalist.actors.Mention;
import org.annalist.actors.MentionKind;
import org.annalist.language.AnnotatedDocument;
import org.annalist.language.Sentence;
import org.annalist.language.Token;

/**
 * "“We believe dialogue works,” al-Ansari told reporters. Minister of State Mohammed Al-Khulaifi
 * would travel to Kabul next week, he added.": the "he" of a trailing attribution is not the
 * person the reported words name.
 *
 * <p>Why: the actors stage resolves a pronoun to the nearest fitting person before it, which in
 * a trailing attribution is a person inside the report itself. A writer who meant that person
 * would have written "Al-Khulaifi said he would travel"; the "he" goes on with the speaker who
 * was already talking. So a pronoun right after the report's comma whose person is named
 * earlier in the same sentence is taken for the last person who spoke in the three sentences
 * before; with none, no speaker rather than the wrong one.
 */
final class PronounAfterReport {

    private static final Set<String> PERSONAL = Set.of("he", "she");
    /** How many sentences back the speaker who was already talking may be. */
    private static final int REACH = 3;

    private final AnnotatedDocument document;
    private final SpeechVerbs verbs;

    PronounAfterReport(AnnotatedDocument document, SpeechVerbs verbs) {
        this.document = document;
        this.verbs = verbs;
    }

    /** Whether the subject is ", he said" for a person named earlier in the sentence, inside the words reported. */
    boolean pointsIntoTheReport(Sentence sentence, int verb, int subject, Entity entity) {
        Token pronoun = sentence.token(subject);
        if (!PERSONAL.contains(pronoun.text().toLowerCase(Locale.ROOT)) || subject == 0 || subject > verb
                || !sentence.token(subject - 1).text().equals(",") || !entity.type().equals("PERSON")) {
            return false;
        }
        int sentenceStart = sentence.token(0).start();
        for (Mention mention : entity.mentions()) {
            // a pronoun before ("Asked whether she had spoken to them, she said: …") names nobody in a report
            if (mention.sentenceIndex() == sentence.index() && mention.start() >= sentenceStart && mention.end() <= pronoun.start()
                    && mention.start() != pronoun.start() && mention.kind() != MentionKind.PRONOUN) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last person a reporting verb in the few sentences before attributes words to, passing
     * over those the pronoun cannot stand for ("she said" goes on with the last woman who spoke,
     * not with a man quoted after her).
     *
     * @param fitsThePronoun whether a person may be the pronoun's referent (its known gender agrees)
     */
    Optional<Entity> speakerBefore(Sentence sentence, BiFunction<Sentence, Integer, Attribution> speakerOfVerb,
            java.util.function.Predicate<Entity> fitsThePronoun) {
        for (int index = sentence.index() - 1; index >= 0 && index >= sentence.index() - REACH; index--) {
            Sentence earlier = document.sentences().get(index);
            for (int verb = earlier.tokens().size() - 1; verb >= 0; verb--) {
                if (!Syntax.isContentVerb(earlier, verb) || verbs.kindOf(earlier.token(verb).lemma()).isEmpty()) {
                    continue;
                }
                Entity speaker = speakerOfVerb.apply(earlier, verb).speaker();
                if (speaker != null && speaker.type().equals("PERSON") && fitsThePronoun.test(speaker)) {
                    return Optional.of(speaker);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Resolute said it disputed every figure and had filed for arbitration at the World Bank's
     * centre. It added that …": a sentence that opens with "It" and a reporting verb goes on with
     * the body that reported in the sentence before, not with the last body named there (which the
     * actors stage picks). The previous sentence's last reporting verb whose subject is a noun
     * outside quote marks decides: its body speaks again; a subject that is no actor gives no
     * speaker rather than the wrong body; a person, or no such verb, leaves the pronoun alone.
     *
     * @param speakerOfVerb the speaker of a reporting verb in the sentence before
     * @return the speaker (possibly none), or empty when the rule does not apply
     */
    Optional<Attribution> itAfterReport(Sentence sentence, int subject, int verb, BiFunction<Sentence, Integer, Attribution> speakerOfVerb) {
        if (subject != 0 || subject > verb || !sentence.token(subject).text().equals("It") || sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence earlier = document.sentences().get(sentence.index() - 1);
        for (int reporting = earlier.tokens().size() - 1; reporting >= 0; reporting--) {
            if (!Syntax.isContentVerb(earlier, reporting) || Syntax.isQuoted(earlier, reporting)
                    || verbs.kindOf(earlier.token(reporting).lemma()).filter(kind -> kind == SpeechVerbKind.SPEECH).isEmpty()) {
                continue;
            }
            Syntax.Subject own = Syntax.subjectOf(earlier, reporting);
            if (!own.found() || own.inherited() || !earlier.token(own.token()).isNoun() || Syntax.isQuoted(earlier, own.token())) {
                continue;
            }
            Attribution reporter = speakerOfVerb.apply(earlier, reporting);
            if (reporter.speaker() == null) {
                return reporter.rule().endsWith("-not-an-actor") ? Optional.of(new Attribution(null, "it-after-unnamed-reporter"))
                        : Optional.empty();
            }
            return reporter.speaker().type().equals("PERSON") ? Optional.empty() : Optional.of(new Attribution(reporter.speaker(), "it-after-report"));
        }
        return Optional.empty();
    }
}
