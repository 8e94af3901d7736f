package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Relatives and families take the country of the person they belong to, not the dateline's. */
class KinshipTest {

    @Test
    void homeStateFromTheGazetteerPlacesAForeignerInAMediatingCapital() {
        ActorAnalysis analysis = resolve("DOHA, Qatar (AP) — Iran freed a journalist on Friday in a deal brokered by Qatar. "
                + "Tom Hale, a 52-year-old reporter from Ohio who worked in Herat, landed in Doha on Friday.");
        assertThat(named(analysis, "Tom Hale").code()).isEqualTo("USA");
    }

    @Test
    void wifeFamilyAndNamesakeTakeTheirRelativesCountry() {
        ActorAnalysis analysis = resolve("DOHA, Qatar (AP) — Iran freed a journalist on Friday in a deal brokered by Qatar. "
                + "Tom Hale, a 52-year-old reporter from Ohio, landed in Doha on Friday. Hale's family said they were relieved. "
                + "His wife, Susan, said she cried all night. Anna Hale, a teacher, said she would fly to Doha.");
        assertThat(named(analysis, "Hale's family").code()).as(named(analysis, "Hale's family").codedBy()).isEqualTo("USA");
        assertThat(named(analysis, "Susan").code()).isEqualTo("USA");
        assertThat(named(analysis, "Susan").codedBy()).contains("his wife");
        assertThat(named(analysis, "Anna Hale").code()).isEqualTo("USA");
    }

    @Test
    void strangerWithoutKinWordsKeepsTheDatelinesCountry() {
        ActorAnalysis analysis = resolve("DOHA, Qatar (AP) — Iran freed a journalist on Friday in a deal brokered by Qatar. "
                + "Tom Hale, a 52-year-old reporter from Ohio, landed in Doha on Friday. "
                + "Khalid Saleh, an airport worker, said the plane landed late.");
        assertThat(named(analysis, "Khalid Saleh").code()).isEqualTo("QAT");
    }
}
