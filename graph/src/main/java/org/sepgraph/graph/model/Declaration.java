package org.sepgraph.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A declaration that a patent is essential to a standard (version). One per patent, standard and version.
 * {@code claims}, {@code categories} and {@code sections} keep what a pool's evaluation lists for it.
 */
public record Declaration(String patent, String standard, String declarant, LocalDate date, String version,
                          Assessment assessment, List<String> claims, List<String> categories, String sections) {
    public Declaration {
        patent = Patent.normalise("patent", patent);
        standard = Check.id("standard", standard);
        declarant = Check.optionalText(declarant);
        version = Check.optionalText(version);
        assessment = assessment == null ? Assessment.DECLARED : assessment;
        claims = claims == null ? List.of() : List.copyOf(claims);
        categories = categories == null ? List.of() : List.copyOf(categories);
        sections = Check.optionalText(sections);
    }
}
