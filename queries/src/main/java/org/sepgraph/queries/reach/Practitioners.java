package org.sepgraph.queries.reach;

import java.time.LocalDate;
import org.sepgraph.graph.model.Page;

/**
 * Every organisation whose reach on {@code asOf} (chains of at most {@code maxDepth} licences) contains
 * {@code patent}, by organisation id, each with its chain. Empty when the patent is not in force on {@code asOf}.
 */
public record Practitioners(String patent, LocalDate asOf, int maxDepth, boolean inForce, Page<Chain> items) {}
