package org.annalist.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.ActorAnalysis;
import org.annalist.language.AnnotatedDocument;
import org.annalist.testing.SharedLanguage;
import org.junit.jupiter.api.Test;

/** "The Pakistani military's media wing said", "It said": an organisation speaking through a part of it or a pronoun. */
class OwnedBodySpeakerTest {

    private static List<Quote> quotes(String text) {
        return QuoteFixture.quotes(" date 2025-05-07 " + text);
    }

    @Test
    void aMilitarysMediaWingSpeaksForTheMilitary() {
        assertThat(quotes("The Pakistani military's media wing said Indian troops had opened fire on three villages."))
                .filteredOn(quote -> quote.text().contains("opened fire"))
                .extracting(Quote::speakerName).containsExactly("Pakistani military");
    }

    @Test
    void aCountrysUnnamedOfficeIsNotTheCountry() {
        assertThat(quotes("Peru's mining registry said at least 40 permits were suspended in Arequipa."))
                .filteredOn(quote -> quote.text().contains("permits were suspended"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }

    @Test
    void aCountrysServiceOfTheSectorListIsABodyThatSpeaks() {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-05-07 "
                + "Colombia's prison service said two guards were injured when inmates set fire to mattresses in Cali.");
        ActorAnalysis actors = QuoteFixture.ACTORS.resolve(document);
        org.annalist.actors.Entity service = actors.entities().stream().filter(e -> e.name().equals("Colombia's prison service")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.entities().toString()));
        assertThat(service.type()).isEqualTo("ORGANIZATION");
        assertThat(service.code()).isEqualTo("COL");
        assertThat(service.sector()).isEqualTo("GOV");
        assertThat(QuoteFixture.QUOTES.attribute(document, actors)).filteredOn(quote -> quote.text().contains("guards were injured"))
                .extracting(Quote::speakerName).containsExactly("Colombia's prison service");
    }

    @Test
    void aDepartmentOfForeignAffairsWithADemonymIsThatCountrysBody() {
        AnnotatedDocument document = SharedLanguage.annotate("t", " date 2025-05-07 "
                + "The Indonesian Department of Foreign Affairs said it had summoned the Malaysian ambassador in Jakarta.");
        ActorAnalysis actors = QuoteFixture.ACTORS.resolve(document);
        org.annalist.actors.Entity department = actors.entities().stream()
                .filter(e -> e.name().contains("Department of Foreign Affairs")).findFirst().orElseThrow();
        assertThat(department.code()).isEqualTo("IDN");
        assertThat(department.sector()).isEqualTo("GOV");
        assertThat(QuoteFixture.QUOTES.attribute(document, actors)).filteredOn(quote -> quote.text().contains("summoned the Malaysian ambassador"))
                .extracting(Quote::speakerName).containsExactly(department.name());
    }

    @Test
    void itAfterOneNamedOrganisationIsThatOrganisation() {
        List<Quote> quotes = quotes("The Lebanese army said it had found the launchers used in the attack. "
                + "It said it had deployed additional units along the border.");
        assertThat(quotes).filteredOn(quote -> quote.text().contains("additional units"))
                .extracting(Quote::speakerName).containsExactly("Lebanese army");
    }

    @Test
    void theGroupAfterOneNamedOrganisationIsThatOrganisationButNotAfterTwo() {
        assertThat(quotes("Hezbollah denied any role in the rocket fire. In a brief statement, "
                + "the group said it remained committed to the ceasefire."))
                .filteredOn(quote -> quote.text().contains("remained committed"))
                .extracting(Quote::speakerName).containsExactly("Hezbollah");
        assertThat(quotes("Hezbollah and Hamas met in Beirut on Monday. The group said it would keep fighting."))
                .filteredOn(quote -> quote.text().contains("keep fighting"))
                .extracting(Quote::speakerName).containsOnlyNulls();
    }
}
