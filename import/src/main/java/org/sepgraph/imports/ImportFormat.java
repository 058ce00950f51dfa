package org.sepgraph.imports;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.imports.accessadvance.AccessAdvanceParser;
import org.sepgraph.imports.bundle.BundleParser;
import org.sepgraph.imports.etsi.EtsiIsldParser;
import org.sepgraph.imports.staging.Parser;

/**
 * The formats {@code import/} reads, by the id used in {@code POST /api/v1/imports/{format}} and on the command
 * line, each with its parser and what a person needs to know to use it.
 */
public enum ImportFormat {
    ACCESS_ADVANCE("access-advance",
            "Access Advance pool patent list (CSV: disclaimer row, header row, one row per evaluated claim)",
            List.of(new Parameter(AccessAdvanceParser.POOL, true,
                            "id of the pool the list belongs to; created (with that name) when missing"),
                    new Parameter(AccessAdvanceParser.STANDARD, true,
                            "id of the standard the pool binds (e.g. 'ITU-T H.265'); each Profile becomes a part of it"),
                    new Parameter(AccessAdvanceParser.POOL_NAME, false,
                            "name given to the pool when it is created (default: the pool id)"),
                    new Parameter(AccessAdvanceParser.ADMINISTRATOR, false,
                            "administrator given to the pool when it is created (default: 'Access Advance')"),
                    new Parameter(AccessAdvanceParser.LIST_DATE, false,
                            "the date the list states the pool's contents on (YYYY-MM-DD, default today): patents the "
                            + "pool held then that the list does not name leave it the day before")),
            AccessAdvanceParser::new),
    ETSI_ISLD("etsi-isld",
            "ETSI IPR database export of individual patent declarations (ISLD; ';' or ',' separated)", List.of(),
            EtsiIsldParser::new),
    BUNDLE("bundle",
            "sepgraph bundle: the lossless JSON of every node and relationship (what GET /api/v1/export writes)",
            List.of(), BundleParser::new);

    private final String id;
    private final String description;
    private final List<Parameter> parameters;
    private final Supplier<Parser> parser;

    ImportFormat(String id, String description, List<Parameter> parameters, Supplier<Parser> parser) {
        this.id = id;
        this.description = description;
        this.parameters = parameters;
        this.parser = parser;
    }

    /** A parameter of a format (a query parameter in REST, {@code --name=value} on the command line). */
    public record Parameter(String name, boolean required, String description) {}

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** A new parser of this format; parsers hold no state between files. */
    public Parser parser() {
        return parser.get();
    }

    /** The format with this id; refused with {@link InvalidField} ("format") naming the known ones. */
    public static ImportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst()
                .orElseThrow(() -> new InvalidField("format", "unknown import format '" + id + "'; known: "
                        + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", "))));
    }

    /** Every format with its parameters, for a person (the command line's usage). */
    public static String describeAll() {
        StringBuilder out = new StringBuilder();
        for (ImportFormat f : values()) {
            out.append("  ").append(f.id).append(": ").append(f.description).append('\n');
            for (Parameter p : f.parameters) {
                out.append("      --").append(p.name()).append("=...").append(p.required() ? " (required) " : " ")
                        .append(p.description()).append('\n');
            }
        }
        return out.toString();
    }
}
