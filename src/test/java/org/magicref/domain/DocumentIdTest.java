package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentIdTest {

    @ParameterizedTest
    @CsvSource({
        "SRH-78, SRH-078",
        "srh078, SRH-078",
        "SRH 078, SRH-078",
        "' srh_85 ', SRH-085",
        "SRS-578, SRS-0578",
        "srs1189, SRS-1189",
        "SRS-O578, SRS-0578",
        "SRDJ-12345, SRDJ-12345",
        "srn 7, SRN-007",
    })
    void readsIdentifiersAsPeopleTypeThem(String typed, String shown) {
        assertEquals(shown, DocumentId.parse(typed).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "085", "SRH", "XYZ-085", "SRH-08a5", "SRH--", "SRH-99999999", "SRH-085; rm"})
    void refusesWhatIsNotAnIdentifier(String typed) {
        assertThrows(InvalidValueException.class, () -> DocumentId.parse(typed));
    }

    @org.junit.jupiter.api.Test
    void sortsBySeriesThenNumber() {
        assertEquals(-1, Integer.signum(DocumentId.parse("SRH-85").compareTo(DocumentId.parse("SRH-100"))));
        assertEquals(-1, Integer.signum(DocumentId.parse("SRH-999").compareTo(DocumentId.parse("SRS-1"))));
    }
}
