package org.sepgraph.imports.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.model.Standard;

/**
 * How a source list (a pool list, a standards body's declarations) merges into what the store holds: it sets what
 * it states and keeps what it does not know. A bundle, being lossless, replaces instead.
 */
public final class Merges {
    private Merges() {}

    /** Keeps the stored value: the source only makes sure the node or relationship exists. */
    public static <T> T keepStored(T stored, T staged) {
        return stored;
    }

    /** Takes the staged value whole (the bundle). */
    public static <T> T replace(T stored, T staged) {
        return staged;
    }

    /**
     * A patent as a source states it, over the stored one: jurisdiction, expiry, family, title, dates when stated;
     * aliases united; type kept unless the source says UTILITY_MODEL or DESIGN; status raised from PENDING to
     * GRANTED (or kept) but a LAPSED, EXPIRED or REVOKED patent stays so: those are later legal events no pool list
     * or declaration reports.
     */
    public static Patent patent(Patent stored, Patent staged) {
        List<String> aliases = new ArrayList<>(stored.aliases());
        aliases.addAll(staged.aliases());
        PatentStatus status = switch (stored.status()) {
            case LAPSED, EXPIRED, REVOKED -> stored.status();
            case GRANTED -> PatentStatus.GRANTED;
            case PENDING -> staged.status();
        };
        return new Patent(stored.id(), staged.jurisdiction(),
                staged.type() == org.sepgraph.graph.model.PatentType.INVENTION ? stored.type() : staged.type(),
                or(staged.title(), stored.title()), or(staged.filed(), stored.filed()),
                or(staged.granted(), stored.granted()), or(staged.expires(), stored.expires()), status,
                or(staged.family(), stored.family()), aliases);
    }

    /**
     * A pool list's entry over the stored membership: a patent the pool still holds keeps its dates (a list does not
     * say since when); one that left before the list's date comes back on that date, with an open end.
     */
    public static BinaryOperator<PoolPatent> poolListEntry(LocalDate listDate) {
        return (stored, staged) -> stored.until() != null && stored.until().isBefore(listDate)
                ? new PoolPatent(stored.pool(), stored.patent(), listDate, null) : stored;
    }

    /** A standard keeps its body and title when it has them, and gains the staged parents. */
    public static Standard standard(Standard stored, Standard staged) {
        TreeSet<String> parents = new TreeSet<>(stored.partOf());
        parents.addAll(staged.partOf());
        return new Standard(stored.id(), or(stored.body(), staged.body()), or(stored.title(), staged.title()),
                List.copyOf(parents));
    }

    /** An ownership keeps its stored share: sources name owners, not shares. */
    public static Ownership ownership(Ownership stored, Ownership staged) {
        return new Ownership(stored.organization(), stored.patent(), or(staged.share(), stored.share()));
    }

    /** A declaration takes what the source states over what is stored. */
    public static Declaration declaration(Declaration stored, Declaration staged) {
        return new Declaration(stored.patent(), stored.standard(), or(staged.declarant(), stored.declarant()),
                or(staged.date(), stored.date()), stored.version(), staged.assessment(),
                staged.claims().isEmpty() ? stored.claims() : staged.claims(),
                staged.categories().isEmpty() ? stored.categories() : staged.categories(),
                or(staged.sections(), stored.sections()));
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
