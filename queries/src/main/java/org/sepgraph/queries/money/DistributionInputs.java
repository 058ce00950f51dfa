package org.sepgraph.queries.money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.RoyaltyTerms;
import org.sepgraph.queries.engine.Codes;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Snapshot;

/**
 * What the graph says for a pool's royalty distribution ({@link DistributionRequest} → {@link DistributionQuestion}),
 * read from one snapshot: every patent the pool has ever held (each IN_POOL period of it, as stored; those it did
 * not hold in the period earn nothing), with its jurisdiction, family, status, filing and expiry dates, and its
 * owners with their recorded shares; and the currency of the pool's terms in effect on {@code to} (none: amounts in
 * cents). An unknown pool is {@link NotFound} {@code id}, as for the pool's other questions.
 * Cost: O(IN_POOL edges of the pool + OWNS edges of its patents).
 */
public final class DistributionInputs {
    private DistributionInputs() {}

    /** The distribution of {@code pool}'s income for {@code request} on snapshot {@code s}. */
    public static Distribution distribution(Snapshot s, String pool, DistributionRequest request) {
        return new RoyaltyDistribution().distribute(question(s, pool, request));
    }

    /** The question {@link RoyaltyDistribution} answers, filled from {@code s}. */
    public static DistributionQuestion question(Snapshot s, String poolId, DistributionRequest r) {
        int pool = s.pools().find(poolId);
        if (pool < 0) {
            throw new NotFound("id", "no pool with id '" + poolId + "'");
        }
        String currency = RoyaltyTerms.termsOn(s.poolTerms(pool), r.to()).map(RoyaltyTerms::currency).orElse(null);
        EdgeTable inPool = s.inPool();
        Map<Integer, List<Holding>> held = new LinkedHashMap<>();
        for (int q = inPool.in().begin(pool); q < inPool.in().end(pool); q++) {
            int e = inPool.in().value(q);
            int x = inPool.from(e);
            if (s.patents().alive(x)) {
                held.computeIfAbsent(x, k -> new ArrayList<>()).add(new Holding(
                        Days.date(inPool.get(Snapshot.HELD_SINCE, e)), Days.date(inPool.get(Snapshot.HELD_UNTIL, e))));
            }
        }
        PatentStatus[] statuses = PatentStatus.values();
        List<HeldPatent> patents = new ArrayList<>();
        held.forEach((x, holdings) -> {
            int f = s.family(x);
            patents.add(new HeldPatent(s.patents().id(x), Codes.code(s.jurisdiction(x)),
                    f >= 0 ? s.families().id(f) : null, statuses[s.patents().get(Snapshot.PATENT_STATUS, x)],
                    Days.date(s.patents().get(Snapshot.PATENT_FILED, x)),
                    Days.date(s.patents().get(Snapshot.PATENT_EXPIRES, x)), holdings, owners(s, x)));
        });
        return new DistributionQuestion(s.pools().id(pool), r.from(), r.to(), r.income(), r.unit(), currency,
                patents);
    }

    /**
     * A patent's owners with their recorded shares. The engine keeps a share as a float; it is given back as the
     * shortest decimal that float stands for (a stored 0.3 is 0.3 again, not 0.30000001192…), so recorded shares
     * such as 0.3 and 0.7 split exactly.
     */
    private static List<Owner> owners(Snapshot s, int patent) {
        EdgeTable owns = s.owns();
        List<Owner> out = new ArrayList<>();
        for (int q = owns.in().begin(patent); q < owns.in().end(patent); q++) {
            int e = owns.in().value(q);
            int org = owns.from(e);
            if (s.organizations().alive(org)) {
                int bits = owns.get(Snapshot.OWNS_SHARE, e);
                Double share = bits == Days.NONE ? null
                        : Double.valueOf(Float.toString(Float.intBitsToFloat(bits)));
                out.add(new Owner(s.organizations().id(org), share));
            }
        }
        return out;
    }
}
