package org.sepgraph.queries.engine;

import java.util.Arrays;
import java.util.List;
import org.sepgraph.graph.model.RoyaltyTerms;

/**
 * The royalty terms of each node of one table (pools, or licences), by node index: parsed once, when the node is
 * read from the store (a load or a change), so a question only looks them up. Immutable; a change batch that
 * touches terms copies the array of references once (O(nodes of the table)), the terms themselves are shared.
 */
public final class TermsColumn {
    static final TermsColumn EMPTY = new TermsColumn(new Object[0]);

    private final Object[] terms;

    private TermsColumn(Object[] terms) {
        this.terms = terms;
    }

    /** The terms of node {@code index}, in the order stored; empty when it has none. */
    @SuppressWarnings("unchecked")
    public List<RoyaltyTerms> of(int index) {
        return index < 0 || index >= terms.length || terms[index] == null ? List.of()
                : (List<RoyaltyTerms>) terms[index];
    }

    Builder toBuilder() {
        return new Builder(Arrays.copyOf(terms, Math.max(16, terms.length)));
    }

    /** Sets the terms of nodes of a copy. */
    static final class Builder {
        private Object[] terms;

        private Builder(Object[] terms) {
            this.terms = terms;
        }

        void set(int index, List<RoyaltyTerms> value) {
            if (index >= terms.length) {
                terms = Arrays.copyOf(terms, Math.max(index + 1, terms.length * 2));
            }
            terms[index] = value == null || value.isEmpty() ? null : List.copyOf(value);
        }

        TermsColumn build() {
            return new TermsColumn(terms.clone());
        }
    }
}
