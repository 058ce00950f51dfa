package org.sepgraph.graph.kinds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.sepgraph.graph.model.RoyaltyTerms;

/**
 * How a pool's or a licence's royalty terms are kept in Neo4j: one string property {@value #NAME} holding the list
 * as JSON, the same JSON as the bundle and the API (Neo4j properties hold no nested maps, and splitting the terms
 * over parallel list properties or extra nodes would be neither faithful nor cheaper to read back). Amounts are
 * written as Jackson writes a {@link java.math.BigDecimal} ({@code toString}) and read back from that text, so
 * {@code 0.20} stays {@code 0.20}; dates are {@code YYYY-MM-DD}. Absent when the list is empty (Neo4j stores no
 * empty value). Cost: one parse per node read — the engine parses each pool's and licence's terms once per change.
 */
public final class RoyaltyTermsProperty {
    /** The property's name, also the payload's field name. */
    public static final String NAME = "royaltyTerms";

    private static final TypeReference<List<RoyaltyTerms>> LIST = new TypeReference<>() {};
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private RoyaltyTermsProperty() {}

    /** The property value of {@code terms}: their JSON, or null (no property) when there are none. */
    public static String write(List<RoyaltyTerms> terms) {
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("royalty terms cannot be written as JSON", e);
        }
    }

    /**
     * The terms a stored property holds (empty when absent). Only {@link #write} fills the property, so a value that
     * cannot be read is a damaged store, not a user's mistake: IllegalStateException.
     */
    public static List<RoyaltyTerms> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return RoyaltyTerms.checkAll(NAME, JSON.readValue(json, LIST));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("the stored " + NAME + " cannot be read: " + json, e);
        }
    }
}
