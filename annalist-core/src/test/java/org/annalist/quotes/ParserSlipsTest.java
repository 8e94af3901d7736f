package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports the parser's slips used to hide: the quotation's own subject hung on the reporting
 * verb, a quotation closed before the full stop, a reported predicate that is itself a reporting
 * word, a characterisation taken for an attribution.
 */
class ParserSlipsTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2026-06-02 " + text);
    }

    @Test
    void theQuotationsOwnSubjectDoesNotHideTheSpeakerAfterTheVerb() {
        List<Quote> quotes = quotes("Thousands marched through the capital on Saturday.\n\n"
                + "\u201CWe are here for our children\u2019s land,\u201D said Rana Haddad, one of the organizers.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("children\u2019s land"))
                .extracting(Quote::speakerName).containsExactly("Rana Haddad");
    }

    @Test
    void aReportRightAfterAQuotationClosedBeforeItsFullStopIsANewReport() {
        List<Quote> quotes = quotes("The lawyer, Ana Ferreira, said the gathering had been a \"peaceful meeting about bread prices\". "
                + "Police fired tear gas at relatives who gathered outside the central police station on Wednesday, witnesses said.");
        assertThat(quotes).extracting(Quote::text)
                .anyMatch(text -> text.startsWith("Police fired tear gas at relatives"));
    }

    @Test
    void aReportedPredicateThatIsAReportingWordStaysInTheReport() {
        List<Quote> quotes = quotes("The two countries agreed last year to set up a hotline on border incidents, "
                + "but Thai officials said Phnom Penh had not answered calls on Monday.");
        assertThat(quotes).extracting(Quote::text)
                .anyMatch(text -> text.contains("had not answered calls on Monday"));
    }

    @Test
    void aStepSomeoneDescribedAsASignalReportsNothingBeforeIt() {
        List<Quote> quotes = quotes("Chile's navy said it would hold live-fire drills off the southern coast from Friday, "
                + "a step analysts described as a signal to Buenos Aires.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("would hold live-fire drills"))
                .extracting(Quote::attribution).noneMatch(rule -> rule.startsWith("indirect:clause-before-attribution"));
    }

    @Test
    void aNounTakenForAVerbBeforeARelativeClauseAttributesNothing() {
        // "comments" is tagged as a verb with "Somalia" after it: no "…, says Somalia" inversion
        List<Quote> quotes = quotes("Ruto told parliament last year that access to the port was a vital matter for Kenya, "
                + "comments that alarmed Somalia.");
        assertThat(quotes).extracting(Quote::attribution).noneMatch(rule -> rule.startsWith("indirect:clause-before-attribution"));
        assertThat(quotes).filteredOn(quote -> quote.text().contains("vital matter"))
                .extracting(Quote::speakerName).containsOnly("Ruto");
    }

    @Test
    void aFiniteVerbRightAfterTheObjectIsTheReportedPredicate() {
        List<Quote> quotes = quotes("Lithuania's state news agency said Nauseda and Tusk agreed to hold the first joint border exercise in the autumn.");
        assertThat(quotes).extracting(Quote::text)
                .anyMatch(text -> text.contains("Nauseda and Tusk agreed to hold the first joint border exercise"));
    }

    @Test
    void anInfinitiveWithAFiniteAuxiliaryIsTheReportedPredicate() {
        List<Quote> quotes = quotes("Spain's foreign ministry praised what it called Peru's \"brave choice\" "
                + "and said Madrid would deliver a second batch of patrol boats to the Peruvian navy before the end of the year.");
        assertThat(quotes).extracting(Quote::text)
                .anyMatch(text -> text.contains("Madrid would deliver a second batch of patrol boats"));
    }

    @Test
    void aNameOpeningTheSentenceIsTheSubjectWhenTheParseLostIt() {
        List<Quote> quotes = quotes("President Dragan Markovic met protest leaders on Tuesday.\n\n"
                + "Markovic accused unnamed foreign intelligence services of financing the protests and said he would not call "
                + "a snap election \u201Cunder pressure from the crowd\u201D.");
        assertThat(quotes).filteredOn(quote -> quote.direct() && quote.text().contains("pressure from the crowd"))
                .extracting(Quote::speakerName).containsExactly("Dragan Markovic");
    }

    @Test
    void aNameInAppositionToOneOfAGroupIsTheSpeaker() {
        List<Quote> quotes = quotes("Coast guard officers boarded a fishing boat near the islands on Monday. "
                + "One of the fishermen, 47-year-old Nguyen Van Binh, said the officers had also thrown the boat's nets into the sea.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("thrown the boat's nets"))
                .extracting(Quote::speakerName).containsExactly("Nguyen Van Binh");
    }

    @Test
    void anAgencyNamedInsideAnAttributedReportIsItsMediumNotItsSpeaker() {
        List<Quote> quotes = quotes("The defence ministry said it had sent additional troops and air-defence units to the border region, "
                + "according to state news agency SANA.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("sent additional troops"))
                .extracting(Quote::attribution).noneMatch(rule -> rule.startsWith("indirect:according-to"));
    }

    @Test
    void anInfinitiveComplementIsNoMislabelledReport() {
        List<Quote> quotes = quotes("Nigeria and Niger agreed on Monday to reopen their shared border and resume joint patrols, "
                + "ending a 16-month standoff that had choked trade across the Sahel.");
        assertThat(quotes).extracting(Quote::text).noneMatch(text -> text.contains("choked trade"));
    }

    @Test
    void aVerbBeforeAConjoinedReportingVerbReportsNothing() {
        List<Quote> quotes = quotes("Sudani thanked his host and said Baghdad would also step up cooperation against the "
                + "Kurdistan Workers Party, which Ankara considers a terrorist group.");
        assertThat(quotes).extracting(Quote::text)
                .noneMatch(text -> text.contains("his host"))
                .anyMatch(text -> text.startsWith("Baghdad would also step up cooperation"));
    }
}
