package org.sepgraph.queries.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.engine.Codes;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Ints;
import org.sepgraph.queries.engine.MemberSet;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.ReachQuestion;

/**
 * Landscape of a standard (issue 14; DESIGN.md "Landscape") on a snapshot: E as Coverage defines it (declared, not
 * only REJECTED, to the standard or a part, in force on asOf, in the territories), grouped into members by
 * {@code unit} (a family, or a patent without one; or each patent), then
 * <ul>
 * <li>holders: each owner of a patent of E, with the members it owns a patent of (a co-owned member counts for
 * each co-owner, as Coverage's holdouts and Reach's byOwner count); its pools (holding any of its patents of E on
 * asOf); its alliances (memberships current on asOf of any organisation of its corporate group — what a group
 * owns is each member's own, DESIGN.md "Groups"); exposed (its members in which it owns a patent no pool holds);</li>
 * <li>byJurisdiction: a member once in each jurisdiction of its patents in E;</li>
 * <li>expiries: a member's expiry is the latest of its patents in E (the day it leaves E when nothing else
 * changes), unknown when any of them has none; counted per calendar year from asOf's;</li>
 * <li>outsidePools / outsideAlliances: members with at least one patent of E that no pool holds / whose owners'
 * groups have no member in any alliance on asOf — one uncovered country is still a risk, as in the family rule.</li>
 * </ul>
 * Cost: O(|E| × (owners + pool ranges) + |E| log |E|), plus each holder's group memberships once.
 */
public final class LandscapeQuestion {
    private LandscapeQuestion() {}

    /** What one holder has gathered over the members of E. */
    private static final class Holding {
        final TreeSet<Integer> members = new TreeSet<>();
        final TreeSet<String> pools = new TreeSet<>();
        final TreeSet<Integer> exposed = new TreeSet<>();
    }

    /** Unknown standard: NotFound("id"). */
    public static Landscape landscape(Snapshot s, LandscapeRequest q) {
        int standard = s.requireStandard("id", q.standard());
        int day = Days.of(q.asOf());
        int[] e = Essentials.of(s, standard, day, ReachQuestion.codes(q.territories()));
        MemberSet members = new MemberSet(s, q.unit(), e);
        long essential = members.size();

        Map<Integer, Holding> holders = new HashMap<>();
        Map<Integer, List<String>> alliancesOfGroup = new HashMap<>();
        Map<String, Long> jurisdictions = new HashMap<>();
        TreeMap<Integer, Long> years = new TreeMap<>();
        long unknownMembers = 0;
        long unknownPatents = 0;
        List<OutsideMember> outsidePools = new ArrayList<>();
        List<OutsideMember> outsideAlliances = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            TreeSet<String> codes = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
            int latest = Days.NONE;
            boolean unknown = false;
            List<String> unpooled = new ArrayList<>();
            List<String> unallied = new ArrayList<>();
            for (int x : members.patents(m)) {
                String id = s.patents().id(x);
                codes.add(Codes.code(s.jurisdiction(x)));
                int expires = s.patents().get(Snapshot.PATENT_EXPIRES, x);
                if (expires == Days.NONE) {
                    unknown = true;
                    unknownPatents++;
                } else if (latest == Days.NONE || expires > latest) {
                    latest = expires;
                }
                List<String> pools = pools(s, x, day);
                boolean allied = false;
                for (int o : owners(s, x)) {
                    List<String> alliances = alliancesOfGroup.computeIfAbsent(s.groups().of(o),
                            g -> alliances(s, g, day));
                    allied |= !alliances.isEmpty();
                    Holding h = holders.computeIfAbsent(o, k -> new Holding());
                    h.members.add(m);
                    h.pools.addAll(pools);
                    if (pools.isEmpty()) {
                        h.exposed.add(m);
                    }
                }
                if (pools.isEmpty()) {
                    unpooled.add(id);
                }
                if (!allied) {
                    unallied.add(id);
                }
            }
            codes.forEach(c -> jurisdictions.merge(c, 1L, Long::sum));
            if (unknown) {
                unknownMembers++;
            } else {
                years.merge(Days.date(latest).getYear(), 1L, Long::sum);
            }
            if (!unpooled.isEmpty()) {
                outsidePools.add(new OutsideMember(members.id(m), members.kind(m), unpooled));
            }
            if (!unallied.isEmpty()) {
                outsideAlliances.add(new OutsideMember(members.id(m), members.kind(m), unallied));
            }
        }

        List<Holder> ranked = new ArrayList<>();
        holders.forEach((o, h) -> ranked.add(new Holder(s.organizations().id(o), h.members.size(),
                share(h.members.size(), essential), List.copyOf(h.pools),
                alliancesOfGroup.get(s.groups().of(o)), h.exposed.size())));
        ranked.sort(Comparator.comparingLong(Holder::count).reversed().thenComparing(Holder::organization));
        List<JurisdictionCount> byJurisdiction = new ArrayList<>();
        jurisdictions.forEach((code, n) -> byJurisdiction.add(new JurisdictionCount(code, n)));
        byJurisdiction.sort(Comparator.comparingLong(JurisdictionCount::count).reversed()
                .thenComparing(JurisdictionCount::jurisdiction, Comparator.nullsLast(Comparator.naturalOrder())));
        List<YearCount> expiries = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = Math.min(q.asOf().getYear(), years.firstKey()); y <= years.lastKey(); y++) {
                expiries.add(new YearCount(y, years.getOrDefault(y, 0L)));
            }
        }
        return new Landscape(q.standard(), q.asOf(), q.territories(), q.unit(), essential, unknownMembers,
                unknownPatents, Pages.of(ranked, q.page()), byJurisdiction, expiries,
                Pages.of(outsidePools, q.page()), Pages.of(outsideAlliances, q.page()));
    }

    private static double share(long count, long essential) {
        return essential == 0 ? 0.0 : (double) count / essential;
    }

    /** The ids of the pools holding patent x on the day, sorted. */
    private static List<String> pools(Snapshot s, int x, int day) {
        EdgeTable inPool = s.inPool();
        TreeSet<String> out = new TreeSet<>();
        for (int p = inPool.out().begin(x); p < inPool.out().end(x); p++) {
            int e = inPool.out().value(p);
            if (s.heldOn(e, day) && s.pools().alive(inPool.to(e))) {
                out.add(s.pools().id(inPool.to(e)));
            }
        }
        return List.copyOf(out);
    }

    /** The owners of patent x (alive organisations). */
    private static int[] owners(Snapshot s, int x) {
        EdgeTable owns = s.owns();
        Ints out = new Ints();
        for (int p = owns.in().begin(x); p < owns.in().end(x); p++) {
            int o = owns.from(owns.in().value(p));
            if (s.organizations().alive(o)) {
                out.add(o);
            }
        }
        return Arrays.stream(out.toArray()).distinct().toArray();
    }

    /** The alliances (ids, sorted) in which some organisation of corporate group g is a member on the day. */
    private static List<String> alliances(Snapshot s, int group, int day) {
        EdgeTable memberOf = s.memberOf();
        TreeSet<String> out = new TreeSet<>();
        var members = s.groups().members();
        for (int q = members.begin(group); q < members.end(group); q++) {
            int o = members.value(q);
            for (int p = memberOf.out().begin(o); p < memberOf.out().end(o); p++) {
                int e = memberOf.out().value(p);
                int alliance = memberOf.to(e);
                if (s.alliances().alive(alliance) && Days.within(day, memberOf.get(Snapshot.MEMBER_SINCE, e),
                        memberOf.get(Snapshot.MEMBER_UNTIL, e))) {
                    out.add(s.alliances().id(alliance));
                }
            }
        }
        return List.copyOf(out);
    }
}
