package org.annalist.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalOfficesTest {

    private final NationalOffices offices = NationalOffices.bundled();

    @Test
    void findsAnOfficeOnlyOneStateHasInsideALongerTitle() {
        assertThat(offices.in("deputy assistant secretary of state for African affairs"))
                .hasValueSatisfying(office -> assertThat(office.country()).isEqualTo("USA"));
        assertThat(offices.in("Taoiseach")).hasValueSatisfying(office -> assertThat(office.country()).isEqualTo("IRL"));
    }

    @Test
    void leavesSharedOfficesAndPartWordsAlone() {
        assertThat(offices.in("defense secretary")).isEmpty();
        assertThat(offices.in("permanent secretary of the state council")).isEmpty();
        assertThat(offices.in(null)).isEmpty();
    }
}
