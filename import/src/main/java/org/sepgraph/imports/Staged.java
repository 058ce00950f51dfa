package org.sepgraph.imports;

/**
 * A file read and validated, not yet written: the run (rows, warnings, timing) and the facts it states. Only a
 * file without errors is staged; a bad one is refused with {@link ImportRefused} before this exists.
 */
public record Staged(ImportRun run, StagedGraph graph) {}
