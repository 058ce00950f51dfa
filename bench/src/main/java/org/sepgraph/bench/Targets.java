package org.sepgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fixed, seeded set of question targets: standards (for Coverage and Binding; the biggest hot project first,
 * then random projects and parts with a non-empty essential set), organisations (for Reach: big holders,
 * licensees, anyone) and (organisation, patent) pairs for Path (mostly patents named by a licence the organisation
 * holds, some arbitrary ones that usually have no chain).
 */
public record Targets(List<String> standards, List<String> organizations, List<Path> paths) {
    public record Path(String organization, String patent) {}

    public static Targets pick(Dataset d, Baseline b, long seed, LocalDate asOf, int standards, int organizations,
                               int paths) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED5EEDL);
        int day = (int) asOf.toEpochDay();
        Set<String> stds = new LinkedHashSet<>();
        stds.add(d.standardId[0]); // STD-000, a hot project: the biggest essential set
        for (int tries = 0; stds.size() < standards && tries < 10_000; tries++) {
            int s = rnd.nextInt(d.standards());
            if (b.essentialSize(s, day) > 0) {
                stds.add(d.standardId[s]);
            }
        }
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(d.orgId[rnd.nextInt(Math.min(10, d.organizations()))]); // a big holder
        List<Integer> licensees = new ArrayList<>();
        for (int l = 0; l < d.licenses(); l++) {
            if (!d.licByPool[l] || rnd.nextDouble() < 0.2) {
                licensees.add(d.licGrantees[l][0]);
            }
        }
        while (orgs.size() < organizations) {
            int o = rnd.nextDouble() < 0.75 && !licensees.isEmpty() ? licensees.get(rnd.nextInt(licensees.size()))
                    : rnd.nextInt(d.organizations());
            orgs.add(d.orgId[o]);
        }
        List<Path> pairs = new ArrayList<>();
        for (int tries = 0; pairs.size() < paths && tries < 10_000; tries++) {
            if (rnd.nextDouble() < 0.2) {
                pairs.add(new Path(d.orgId[rnd.nextInt(d.organizations())], d.patentId[rnd.nextInt(d.patents())]));
                continue;
            }
            int o = licensees.get(rnd.nextInt(licensees.size()));
            List<Integer> candidates = new ArrayList<>(b.licensedCandidates(o, day));
            if (candidates.isEmpty()) {
                continue;
            }
            candidates.sort(null);
            pairs.add(new Path(d.orgId[o], d.patentId[candidates.get(rnd.nextInt(candidates.size()))]));
        }
        return new Targets(List.copyOf(stds), List.copyOf(orgs), List.copyOf(pairs));
    }
}
