package org.sepgraph.imports.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates of a bundle read without the JDK's formatter when they have the plain form {@code YYYY-MM-DD} (a medium
 * bundle holds ~400,000 of them, and the formatter's parse was a tenth of reading it). Anything else — another
 * form, a day that does not exist, a number — goes to Jackson's own reader, so what is accepted and every error
 * message stay exactly Jackson's.
 */
final class PlainDates extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {
    /** Jackson's own reader of dates, as configured for the field at hand. */
    private final JsonDeserializer<LocalDate> jackson;

    private PlainDates(JsonDeserializer<LocalDate> jackson) {
        super(LocalDate.class);
        this.jackson = jackson;
    }

    static SimpleModule module() {
        return new SimpleModule("sepgraph-plain-dates")
                .addDeserializer(LocalDate.class, new PlainDates(LocalDateDeserializer.INSTANCE));
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        return jackson instanceof ContextualDeserializer c
                ? new PlainDates((JsonDeserializer<LocalDate>) c.createContextual(ctxt, property)) : this;
    }

    @Override
    public LogicalType logicalType() {
        return jackson.logicalType();
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING) && p.getTextLength() == 10) {
            LocalDate plain = plain(p.getTextCharacters(), p.getTextOffset());
            if (plain != null) {
                return plain;
            }
        }
        return jackson.deserialize(p, ctxt);
    }

    /** The date {@code text[at..at+10)} names if it is {@code YYYY-MM-DD} and exists; otherwise null. */
    static LocalDate plain(char[] text, int at) {
        if (text[at + 4] != '-' || text[at + 7] != '-') {
            return null;
        }
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(char[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
