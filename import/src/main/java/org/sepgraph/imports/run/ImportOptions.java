package org.sepgraph.imports.run;

import java.util.Map;
import java.util.TreeMap;
import org.sepgraph.graph.model.InvalidField;

/**
 * How to run one import.
 *
 * @param parameters    the format's parameters by name (see the format's parameters); blank values are absent
 * @param batchSize     rows per {@code UNWIND} statement when reading state and writing (default 10,000)
 * @param progressEvery rows read between two READ progress calls (default 10,000)
 * @param maxIssues     errors, and separately warnings, listed in the report; the rest are only counted (default 100)
 * @param transactionSize nodes and relationships one transaction may write (default 100,000): a file that states
 *                      more is written in several transactions, all-or-nothing by its undo log (StoreWriter)
 */
public record ImportOptions(Map<String, String> parameters, int batchSize, int progressEvery, int maxIssues,
                            int transactionSize) {
    public static final int DEFAULT_BATCH = 10_000;
    public static final int DEFAULT_TRANSACTION_SIZE = 100_000;
    public static final int DEFAULT_PROGRESS = 10_000;
    public static final int DEFAULT_MAX_ISSUES = 100;

    public ImportOptions {
        Map<String, String> clean = new TreeMap<>();
        if (parameters != null) {
            parameters.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    clean.put(k, v.strip());
                }
            });
        }
        parameters = Map.copyOf(clean);
        if (batchSize < 1) {
            throw new InvalidField("batchSize", "batchSize must be at least 1");
        }
        if (progressEvery < 1) {
            throw new InvalidField("progressEvery", "progressEvery must be at least 1");
        }
        if (maxIssues < 1) {
            throw new InvalidField("maxIssues", "maxIssues must be at least 1");
        }
        if (transactionSize < batchSize) {
            throw new InvalidField("transactionSize", "transactionSize must be at least batchSize (" + batchSize + ")");
        }
    }

    public static ImportOptions defaults() {
        return of(Map.of());
    }

    public static ImportOptions of(Map<String, String> parameters) {
        return new ImportOptions(parameters, DEFAULT_BATCH, DEFAULT_PROGRESS, DEFAULT_MAX_ISSUES,
                DEFAULT_TRANSACTION_SIZE);
    }

    /** The parameter, or null when absent or blank. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    /** The parameter; refused with {@link InvalidField} naming it when absent or blank. */
    public String require(String name, String why) {
        String v = parameters.get(name);
        if (v == null) {
            throw new InvalidField(name, "parameter '" + name + "' is required: " + why);
        }
        return v;
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(parameters, size, progressEvery, maxIssues, Math.max(size, transactionSize));
    }

    /** These options with at most {@code size} nodes and relationships written per transaction. */
    public ImportOptions withTransactionSize(int size) {
        return new ImportOptions(parameters, Math.min(batchSize, size), progressEvery, maxIssues, size);
    }

}
