package org.sepgraph.service.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import org.sepgraph.graph.model.License;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;

/**
 * Licence terms are confidential between the parties (DESIGN.md "Keys"): a licence's {@code royalty},
 * {@code royaltyTerms} and {@code fieldOfUse} are shown to admins and to keys bound to an organisation of the
 * grantor's or a grantee's corporate group, or to a licensor of a granting pool; others see the licence without
 * them. The groups and licensors are this instance's current snapshot's. Every question still uses every licence.
 */
@RequestScoped
public class Confidential {
    private final Caller caller;
    private final Engine engine;

    Confidential(Caller caller, Engine engine) {
        this.caller = caller;
        this.engine = engine;
    }

    /** Whether the caller may see (and so write) the terms of {@code license}. */
    public boolean maySee(License license) {
        if (caller.isAdmin()) {
            return true;
        }
        String bound = caller.organization().orElse(null);
        if (bound == null) {
            return false;
        }
        Snapshot s = engine.current();
        int org = s.organizations().find(bound);
        if (org < 0) {
            return false;
        }
        if (sameGroup(s, org, license.grantor().organization())) {
            return true;
        }
        for (String grantee : license.grantees()) {
            if (sameGroup(s, org, grantee)) {
                return true;
            }
        }
        int pool = license.grantor().pool() == null ? -1 : s.pools().find(license.grantor().pool());
        if (pool >= 0) {
            EdgeTable licensors = s.licensorOf();
            for (int p = licensors.in().begin(pool); p < licensors.in().end(pool); p++) {
                if (s.groups().same(org, licensors.from(licensors.in().value(p)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The licence as the caller may see it: without its terms unless {@link #maySee}. */
    public License shown(License l) {
        if (maySee(l)) {
            return l;
        }
        return new License(l.id(), l.kind(), l.grantor(), l.grantees(), l.granted(), l.expires(), l.territories(),
                null, l.sublicensable(), l.affiliates(), null, List.of(), l.scope());
    }

    /** Whether a licence has terms to keep confidential. */
    public static boolean hasTerms(License l) {
        return l.royalty() != null || l.fieldOfUse() != null || !l.royaltyTerms().isEmpty();
    }

    private static boolean sameGroup(Snapshot s, int org, String other) {
        int o = other == null ? -1 : s.organizations().find(other);
        return o >= 0 && s.groups().same(org, o);
    }
}
