package org.sepgraph.queries.landscape;

/**
 * One declaring organisation's declarations to a standard and its parts. {@code organization}: the id of the
 * organisation the declarant names ({@code known} true), or the declarant text as written when no organisation
 * matches ({@code known} false; null when a declaration names no declarant and its patent has no owner).
 * {@code declarations} = {@code declared} + {@code confirmed} + {@code rejected} (by current assessment); each
 * ratio is that count / declarations; {@code essentialRatio} = confirmed / (confirmed + rejected), the share of its
 * evaluated declarations found essential, null when none was evaluated. {@code patents} and {@code families}: the
 * distinct patents it declared and their families (a patent without a family is one of its own).
 */
public record DeclarantCount(String organization, boolean known, long declarations, long declared, long confirmed,
                             long rejected, double declaredRatio, double confirmedRatio, double rejectedRatio,
                             Double essentialRatio, long patents, long families) {}
