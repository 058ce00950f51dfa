package org.sepgraph.service.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.sepgraph.imports.bundle.JsonReading;

/**
 * API payloads are read as strictly as bundles (one vocabulary): a number is not a date, a string is not a number,
 * a number is not a name. Jackson would otherwise coerce them quietly (5 → 1970-01-06).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        JsonReading.strict(mapper);
    }
}
