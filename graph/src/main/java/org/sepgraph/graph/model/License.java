package org.sepgraph.graph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence: granted by an organisation or a pool to organisations, over a scope, for a period,
 * optionally limited to territories. {@code affiliates} (default true) extends it to the grantees' groups;
 * {@code sublicensable} lets grantees license on. What the grantees pay: the free-text {@code royalty}, and its
 * {@code royaltyTerms} as data (none or several, whose validity periods do not overlap).
 */
public record License(String id, LicenseKind kind, Grantor grantor, List<String> grantees, LocalDate granted,
                      LocalDate expires, List<String> territories, String fieldOfUse, Boolean sublicensable,
                      Boolean affiliates, String royalty, List<RoyaltyTerms> royaltyTerms, Scope scope) {
    public License {
        id = Check.id("id", id);
        kind = kind == null ? LicenseKind.BILATERAL : kind;
        Check.required("grantor", grantor);
        grantees = Check.ids("grantees", grantees);
        if (grantees.isEmpty()) {
            throw new InvalidField("grantees", "a licence needs at least one grantee");
        }
        Check.range("expires", granted, expires);
        territories = Check.countryCodes("territories", territories);
        fieldOfUse = Check.optionalText(fieldOfUse);
        sublicensable = sublicensable != null && sublicensable;
        affiliates = affiliates == null || affiliates;
        royalty = Check.optionalText(royalty);
        royaltyTerms = RoyaltyTerms.checkAll("royaltyTerms", royaltyTerms);
        scope = scope == null ? new Scope(null, null, null, null) : scope;
    }

    /** A licence without royalty terms as data (the free-text {@code royalty} only). */
    public License(String id, LicenseKind kind, Grantor grantor, List<String> grantees, LocalDate granted,
                   LocalDate expires, List<String> territories, String fieldOfUse, Boolean sublicensable,
                   Boolean affiliates, String royalty, Scope scope) {
        this(id, kind, grantor, grantees, granted, expires, territories, fieldOfUse, sublicensable, affiliates,
                royalty, List.of(), scope);
    }

    /** Exactly one of organization or pool. */
    public record Grantor(String organization, String pool) {
        public Grantor {
            organization = organization == null ? null : Check.id("grantor.organization", organization);
            pool = pool == null ? null : Check.id("grantor.pool", pool);
            if ((organization == null) == (pool == null)) {
                throw new InvalidField("grantor", "grantor needs exactly one of organization or pool");
            }
        }
    }

    /** What the licence covers: named patents, families, pools' holdings, or organisations' whole portfolios. */
    public record Scope(List<String> patents, List<String> families, List<String> pools, List<String> portfolios) {
        public Scope {
            patents = Check.ids("scope.patents", patents).stream().map(p -> Patent.normalise("scope.patents", p))
                    .distinct().sorted().toList();
            families = Check.ids("scope.families", families);
            pools = Check.ids("scope.pools", pools);
            portfolios = Check.ids("scope.portfolios", portfolios);
        }

        public boolean isEmpty() {
            return patents.isEmpty() && families.isEmpty() && pools.isEmpty() && portfolios.isEmpty();
        }
    }
}
