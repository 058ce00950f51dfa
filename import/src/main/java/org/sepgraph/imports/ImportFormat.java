package org.sepgraph.imports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.imports.accessadvance.AccessAdvanceImporter;
import org.sepgraph.imports.bundle.BundleImporter;
import org.sepgraph.imports.etsi.EtsiIsldImporter;

/** The formats {@code import/} reads, by the id used in {@code POST /api/v1/imports/{format}} and on the command line. */
public enum ImportFormat {
    ACCESS_ADVANCE("access-advance", "text/csv",
            "Access Advance pool patent list (CSV: disclaimer row, header row, one row per evaluated claim)",
            List.of(new Parameter(AccessAdvanceImporter.POOL, true,
                            "id of the pool the list belongs to; created (with that name) when missing"),
                    new Parameter(AccessAdvanceImporter.STANDARD, true,
                            "id of the standard the pool binds (e.g. 'ITU-T H.265'); each Profile becomes a part of it"),
                    new Parameter(AccessAdvanceImporter.POOL_NAME, false,
                            "name given to the pool when it is created (default: the pool id)"),
                    new Parameter(AccessAdvanceImporter.ADMINISTRATOR, false,
                            "administrator given to the pool when it is created (default: 'Access Advance')"))),
    ETSI_ISLD("etsi-isld", "text/csv",
            "ETSI IPR database export of individual patent declarations (ISLD; ';' or ',' separated)", List.of()),
    BUNDLE("bundle", "application/json",
            "sepgraph bundle: the lossless JSON of every node and relationship (what GET /api/v1/export writes)",
            List.of());

    private final String id;
    private final String mediaType;
    private final String description;
    private final List<Parameter> parameters;

    ImportFormat(String id, String mediaType, String description, List<Parameter> parameters) {
        this.id = id;
        this.mediaType = mediaType;
        this.description = description;
        this.parameters = parameters;
    }

    /** A parameter of a format (a query parameter in REST, {@code --name=value} on the command line). */
    public record Parameter(String name, boolean required, String description) {}

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The format with this id; refused with {@link InvalidField} ("format") naming the known ones. */
    public static ImportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst()
                .orElseThrow(() -> new InvalidField("format", "unknown import format '" + id + "'; known: "
                        + Arrays.stream(values()).map(ImportFormat::id).collect(Collectors.joining(", "))));
    }

    /** A new importer of this format writing to {@code store}. Importers hold no state between runs. */
    public Importer importer(GraphStore store) {
        return switch (this) {
            case ACCESS_ADVANCE -> new AccessAdvanceImporter(store);
            case ETSI_ISLD -> new EtsiIsldImporter(store);
            case BUNDLE -> new BundleImporter(store);
        };
    }
}
