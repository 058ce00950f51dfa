package org.sepgraph.graph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Patent numbers are normalised as the rule says: upper case, without whitespace, commas or dots. */
class PatentNumberTest {
    @Test
    void separatorsAndCaseGo() {
        assertEquals("EP3456789B1", Patent.normalise("id", "ep 3,456,789 b1"));
        assertEquals("US10000433B2", Patent.normalise("id", "US\t10.000.433\r\nB2"));
        assertEquals("DK-EP2903273", Patent.normalise("id", "dk-EP 2903273"));
        assertEquals("KR1020150012345", Patent.normalise("id", "KR\u000B10\f20150012345"));
    }

    @Test
    void aNormalNumberIsKeptAsItIs() {
        String number = "EP3456789B1";
        assertSame(number, Patent.normalise("id", number));
    }

    @Test
    void onlySeparatorsIsNoNumber() {
        InvalidField refused = assertThrows(InvalidField.class, () -> Patent.normalise("aliases", " ,. "));
        assertEquals("aliases", refused.field());
    }

    /** The rule as a regex, the way it was first written, against seeded random numbers. */
    @Test
    void agreesWithTheRegexOnRandomText() {
        Random random = new Random(7);
        String alphabet = "ab EP12,.\t\n\r\f\u000B-/x9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder("X");
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = text.toString().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s,.]", "");
            assertEquals(expected, Patent.normalise("id", text.toString()), text.toString());
        }
    }
}
