package org.sepgraph.imports.staging;

import java.io.InputStream;
import org.sepgraph.imports.run.ImportRun;

/**
 * Reads one file of one format into a {@link StagedGraph}, touching no store. Every parser follows the same
 * contract: the whole input is read and validated, streaming (memory grows with the distinct facts it states, not
 * with the file); bad lines are collected in {@code run}'s issues. A parser may refuse a file at once with
 * {@link org.sepgraph.imports.run.ImportRefused}; otherwise the writer refuses a file with any issue before it writes
 * anything, together with the references it could not find (so a person sees every bad line at once). Parameters that are missing or invalid are refused
 * with {@link org.sepgraph.graph.model.InvalidField} before anything is read. The stream is not closed.
 */
@FunctionalInterface
public interface Parser {
    StagedGraph parse(InputStream in, ImportRun run);
}
