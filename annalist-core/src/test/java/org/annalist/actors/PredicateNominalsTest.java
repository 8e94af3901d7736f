package org.annalist.actors;

import static org.annalist.actors.ResolvedText.named;
import static org.annalist.actors.ResolvedText.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An indefinite body word said of the subject ("is not a party to") is no actor of its own. */
class PredicateNominalsTest {

    @Test
    void indefinitePredicateBodyIsNoActor() {
        ActorAnalysis analysis = resolve("ACCRA (Reuters) - Ghana said on Monday that it was not a party to the border dispute "
                + "and would not send troops.");
        assertThat(analysis.entities()).noneMatch(entity -> entity.name().contains("party"));
        assertThat(named(analysis, "Ghana").code()).isEqualTo("GHA");
    }

    @Test
    void indefiniteBodyAsObjectStaysAnActor() {
        ActorAnalysis analysis = resolve("HARARE (Reuters) - Police detained the leader of an opposition party on Friday.");
        assertThat(analysis.entities()).anyMatch(entity -> entity.name().contains("opposition party"));
    }
}
