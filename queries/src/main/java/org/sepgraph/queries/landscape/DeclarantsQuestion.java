package org.sepgraph.queries.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.queries.Pages;
import org.sepgraph.queries.engine.Days;
import org.sepgraph.queries.engine.EdgeTable;
import org.sepgraph.queries.engine.Essentials;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.ReachQuestion;

/**
 * Declarants of a standard (issue 14; DESIGN.md "Landscape") on a snapshot: every DECLARED_ESSENTIAL to the
 * standard or a part of it at any depth (one per patent, standard and version, as the graph keys them), counted by
 * its current assessment for each organisation that made it.
 * <p>Who made it, from its {@code declarant} text (an ETSI company name, a pool list's licensor cell):
 * <ol>
 * <li>the organisation whose id is the text's slug (DESIGN.md's id rule: {@code SHARP CORPORATION} →
 * {@code sharp-corporation}, as the imports name organisations), when there is one; else the one organisation whose
 * name has that slug (the same name but for case, spaces and punctuation: {@code Lumina Communications} → lumina);
 * a name that several organisations bear names none of them;</li>
 * <li>else, when the text lists names separated by commas each of which names an organisation so
 * ({@code ETRI, KAIST}, as pool lists name joint licensors), each of them: a joint declaration counts in full for
 * each (the totals count it once);</li>
 * <li>else the text itself, stripped, as an organisation the graph does not know ({@code known} false);</li>
 * <li>a declaration without a declarant is taken to be its patent's owners' (each); without an owner either,
 * an unknown declarant (null).</li>
 * </ol>
 * A declaration is a statement, so it counts whatever the patent's status or expiry (evaluation ratios are about
 * what was declared), unless {@code inForce} asks for patents in force on asOf only; a declaration dated after
 * asOf had not been made yet and does not count (an undated one does); territories filter by the patent's
 * jurisdiction. Cost: O(declarations to the parts + distinct declarant texts × slug), plus one pass over the
 * organisations' names when a declarant is no organisation's id.
 */
public final class DeclarantsQuestion {
    private static final Assessment[] ASSESSMENTS = Assessment.values();

    private DeclarantsQuestion() {}

    /** Who made a declaration: an organisation id ({@code known}), the text as written, or null. */
    private record Party(String organization, boolean known) {}

    /** One party's counts. */
    private static final class Tally {
        final long[] byAssessment = new long[ASSESSMENTS.length];
        final BitSet patents = new BitSet();
        final Set<Integer> families = new java.util.HashSet<>();

        void add(Snapshot s, int assessment, int x) {
            byAssessment[assessment]++;
            patents.set(x);
            int f = s.family(x);
            families.add(f >= 0 ? f : -(x + 1));
        }

        long declarations() {
            return Arrays.stream(byAssessment).sum();
        }
    }

    /** Unknown standard: NotFound("id"). */
    public static Declarants declarants(Snapshot s, DeclarantsRequest q) {
        int standard = s.requireStandard("id", q.standard());
        int day = Days.of(q.asOf());
        int[] territories = ReachQuestion.codes(q.territories());
        EdgeTable declared = s.declared();
        Map<Integer, List<Party>> byText = new HashMap<>();
        Resolver resolver = new Resolver(s);
        Map<Party, Tally> tallies = new HashMap<>();
        Tally total = new Tally();
        for (int part : Essentials.parts(s, standard)) {
            for (int p = declared.in().begin(part); p < declared.in().end(part); p++) {
                int e = declared.in().value(p);
                int x = declared.from(e);
                int date = declared.get(Snapshot.DECLARED_DATE, e);
                if (!s.patents().alive(x) || (date != Days.NONE && date > day)
                        || (territories.length > 0 && Arrays.binarySearch(territories, s.jurisdiction(x)) < 0)
                        || (q.inForce() && !s.inForce(x, day))) {
                    continue;
                }
                int assessment = declared.get(Snapshot.DECLARED_ASSESSMENT, e);
                total.add(s, assessment, x);
                int text = declared.get(Snapshot.DECLARED_DECLARANT, e);
                List<Party> parties = text < 0 ? owners(s, x)
                        : byText.computeIfAbsent(text, t -> resolver.parties(s.declarant(t)));
                for (Party party : parties) {
                    tallies.computeIfAbsent(party, k -> new Tally()).add(s, assessment, x);
                }
            }
        }
        List<DeclarantCount> items = new ArrayList<>();
        tallies.forEach((party, t) -> items.add(count(party, t)));
        items.sort(Comparator.comparingLong(DeclarantCount::declarations).reversed()
                .thenComparing(DeclarantCount::organization, Comparator.nullsLast(Comparator.naturalOrder())));
        long n = total.declarations();
        long confirmed = total.byAssessment[Assessment.CONFIRMED.ordinal()];
        long rejected = total.byAssessment[Assessment.REJECTED.ordinal()];
        return new Declarants(q.standard(), q.asOf(), q.territories(), q.inForce(), n,
                total.byAssessment[Assessment.DECLARED.ordinal()], confirmed, rejected, ratio(confirmed, n),
                ratio(rejected, n), essentialRatio(confirmed, rejected), total.patents.cardinality(),
                total.families.size(), Pages.of(items, q.page()));
    }

    private static DeclarantCount count(Party party, Tally t) {
        long n = t.declarations();
        long declaredOnly = t.byAssessment[Assessment.DECLARED.ordinal()];
        long confirmed = t.byAssessment[Assessment.CONFIRMED.ordinal()];
        long rejected = t.byAssessment[Assessment.REJECTED.ordinal()];
        return new DeclarantCount(party.organization(), party.known(), n, declaredOnly, confirmed, rejected,
                ratio(declaredOnly, n), ratio(confirmed, n), ratio(rejected, n), essentialRatio(confirmed, rejected),
                t.patents.cardinality(), t.families.size());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    private static Double essentialRatio(long confirmed, long rejected) {
        return confirmed + rejected == 0 ? null : (double) confirmed / (confirmed + rejected);
    }

    /** Declarant texts to organisations (rules 1 to 3 of the class comment). */
    private static final class Resolver {
        private static final String SHARED = "";
        private final Snapshot s;
        private Map<String, String> byName;

        Resolver(Snapshot s) {
            this.s = s;
        }

        List<Party> parties(String text) {
            String whole = organization(text);
            if (whole != null) {
                return List.of(new Party(whole, true));
            }
            if (text.contains(",")) {
                Set<String> joint = new LinkedHashSet<>();
                for (String name : text.split(",")) {
                    if (name.isBlank()) {
                        continue;
                    }
                    String id = organization(name);
                    if (id == null) {
                        joint.clear();
                        break;
                    }
                    joint.add(id);
                }
                if (!joint.isEmpty()) {
                    return joint.stream().map(id -> new Party(id, true)).toList();
                }
            }
            return List.of(new Party(text.strip(), false));
        }

        /** The organisation whose id is the slug of {@code name}, else the only one whose name has it; or null. */
        private String organization(String name) {
            String slug = slug(name);
            if (slug == null) {
                return null;
            }
            if (s.organizations().find(slug) >= 0) {
                return slug;
            }
            if (byName == null) {
                byName = new HashMap<>();
                for (int o = 0; o < s.organizations().size(); o++) {
                    String own = s.organizations().alive(o) ? slug(s.organizationName(o)) : null;
                    if (own != null) {
                        // a name two organisations share names neither
                        byName.merge(own, s.organizations().id(o), (a, b) -> SHARED);
                    }
                }
            }
            String id = byName.get(slug);
            return SHARED.equals(id) ? null : id;
        }

        private static String slug(String name) {
            if (name == null) {
                return null;
            }
            try {
                return Organization.slug(name);
            } catch (InvalidField e) {
                return null; // no letters or digits: no organisation's id
            }
        }
    }

    /** A declaration without a declarant: its patent's owners, each; or one unknown declarant. */
    private static List<Party> owners(Snapshot s, int x) {
        EdgeTable owns = s.owns();
        List<Party> out = new ArrayList<>();
        for (int p = owns.in().begin(x); p < owns.in().end(x); p++) {
            int o = owns.from(owns.in().value(p));
            if (s.organizations().alive(o)) {
                Party party = new Party(s.organizations().id(o), true);
                if (!out.contains(party)) {
                    out.add(party);
                }
            }
        }
        return out.isEmpty() ? List.of(new Party(null, false)) : out;
    }
}
