package org.sepgraph.imports.run;

/**
 * The file needs more memory than one transaction may hold (Neo4j's {@code db.memory.transaction.max}): Neo4j
 * stopped the import early and nothing was written. The message says what to do; a REST layer answers 413.
 */
public class ImportTooLarge extends RuntimeException {
    public ImportTooLarge(String message, Throwable cause) {
        super(message, cause);
    }
}
