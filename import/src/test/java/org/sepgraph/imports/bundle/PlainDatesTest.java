package org.sepgraph.imports.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDatesTest {
    /** What the JDK's formatter (Jackson's reader of dates) makes of {@code text}, or null when it refuses it. */
    private static LocalDate jdk(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void thePlainReadingAgreesWithTheFormatterOnEveryTenCharacterText() {
        Random random = new Random(20261204);
        String alphabet = "0123456789-+ /Tx";
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            String text;
            if (i % 2 == 0) {
                // mostly well-formed: years 0000-9999, months 00-19, days 00-39 (February 29th of any year)
                text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(20), random.nextInt(40));
            } else {
                StringBuilder b = new StringBuilder();
                for (int c = 0; c < 10; c++) {
                    b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                            : (char) ('0' + random.nextInt(10)));
                }
                text = b.toString();
            }
            LocalDate plain = PlainDates.plain(text.toCharArray(), 0);
            LocalDate expected = jdk(text);
            if (plain != null) {
                accepted++;
                assertEquals(expected, plain, text);
            } else if (expected != null) {
                // a form the plain reading leaves to Jackson is fine; a plain one it missed is not
                assertTrue(text.charAt(4) != '-' || text.charAt(7) != '-' || !text.replace("-", "").chars()
                        .allMatch(Character::isDigit), text);
            }
        }
        assertTrue(accepted > 30_000, "accepted " + accepted);
        assertEquals(LocalDate.of(2024, 2, 29), PlainDates.plain("2024-02-29".toCharArray(), 0));
        assertNull(PlainDates.plain("2023-02-29".toCharArray(), 0));
        assertEquals(LocalDate.of(2030, 1, 1), PlainDates.plain("xx2030-01-01".toCharArray(), 2));
    }

    @Test
    void theBundleReaderStillReadsAndRefusesAsJacksonDoes() throws Exception {
        ObjectMapper mapper = Bundle.mapper();
        assertEquals(LocalDate.of(2030, 1, 1), mapper.readValue("\"2030-01-01\"", LocalDate.class));
        // other forms Jackson accepts still reach it
        assertEquals(LocalDate.of(2030, 1, 1), mapper.readValue("\"2030-01-01T10:00:00\"", LocalDate.class));
        assertEquals(LocalDate.of(12030, 1, 1), mapper.readValue("\"+12030-01-01\"", LocalDate.class));
        InvalidFormatException notADay = assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("\"2023-02-29\"", LocalDate.class));
        assertEquals("\"2023-02-29\"", "\"" + notADay.getValue() + "\"");
        assertThrows(Exception.class, () -> mapper.readValue("20300101", LocalDate.class));
        // and it is still the reader once Jackson has fitted it to a field (as it does for each record's field)
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        Object fitted = context.findContextualValueDeserializer(mapper.constructType(LocalDate.class), null);
        assertTrue(fitted instanceof PlainDates, String.valueOf(fitted));
    }
}
