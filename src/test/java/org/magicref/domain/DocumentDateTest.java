package org.magicref.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDateTest {

    /** Every form of date that the thesis's notes and bibliography print. */
    @ParameterizedTest
    @CsvSource({
        "21 April 1942, DAY, 1942-04-21, 1942-04-21, false",
        "'April 21, 1942', DAY, 1942-04-21, 1942-04-21, false",
        "June 1945, MONTH, 1945-06-01, 1945-06-30, false",
        "1-12 July 1945, RANGE, 1945-07-01, 1945-07-12, false",
        "28 July-6 August 1945, RANGE, 1945-07-28, 1945-08-06, false",
        "12 July 1938-21 January 1942, RANGE, 1938-07-12, 1942-01-21, false",
        "May-Mid July 1945, RANGE, 1945-05-01, 1945-07-31, true",
    })
    void keepsTheSourcesFormAndPrecision(String text, DocumentDate.Precision precision, LocalDate start,
                                          LocalDate end, boolean approximate) {
        DocumentDate d = DocumentDate.parse(text);
        assertEquals(text, d.text());
        assertEquals(precision, d.precision());
        assertEquals(start, d.start());
        assertEquals(end, d.end());
        assertEquals(approximate, d.approximate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Magic Summary", "31 February 1945", "20-13 July 1945", "July", "1945-07-13",
        "War Department", "32 July 1945"})
    void refusesWhatIsNotADate(String text) {
        assertFalse(DocumentDate.tryParse(text).isPresent(), text);
    }

    @org.junit.jupiter.api.Test
    void aRangeContainsItsDays() {
        DocumentDate d = DocumentDate.parse("13-20 July 1945");
        assertTrue(d.contains(LocalDate.of(1945, 7, 13)));
        assertTrue(d.contains(LocalDate.of(1945, 7, 20)));
        assertFalse(d.contains(LocalDate.of(1945, 7, 21)));
    }
}
