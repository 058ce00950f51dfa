package org.sepgraph.queries.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * How the questions find licences: by grantee, and by what their scope names. Licences that cannot pass rights on
 * (not sublicensable) and share grantor, territories and scope include the same patents on every date, so they are
 * grouped into one class (a pool's thousands of identical licences are solved once); a sublicensable licence is a
 * class of its own (who holds it matters). Built in O(licences + Σ scope sizes) from the licences alone (a node
 * that is removed leaves the licences' lists as the snapshot builder removes it, so nothing here goes stale).
 */
public final class LicenseIndex {
    private final int[] classOf;
    private final Adjacency members;
    private final Adjacency byGrantee;
    private final Adjacency byPatent;
    private final Adjacency byFamily;
    private final Adjacency byPool;
    private final Adjacency byOrganization;

    private LicenseIndex(int[] classOf, Adjacency members, Adjacency byGrantee, Adjacency byPatent,
                         Adjacency byFamily, Adjacency byPool, Adjacency byOrganization) {
        this.classOf = classOf;
        this.members = members;
        this.byGrantee = byGrantee;
        this.byPatent = byPatent;
        this.byFamily = byFamily;
        this.byPool = byPool;
        this.byOrganization = byOrganization;
    }

    static LicenseIndex of(Snapshot s) {
        NodeTable licenses = s.licenses;
        int n = licenses.size();
        int[] classOf = new int[n];
        java.util.Arrays.fill(classOf, -1);
        Map<String, Integer> classes = new HashMap<>();
        Ints classKeys = new Ints();
        Ints classValues = new Ints();
        Ints representative = new Ints();
        Ints granteeKeys = new Ints();
        Ints granteeValues = new Ints();
        for (int l = 0; l < n; l++) {
            if (!licenses.alive(l)) {
                continue;
            }
            for (int p = s.grantees.begin(l); p < s.grantees.end(l); p++) {
                granteeKeys.add(s.grantees.value(p));
                granteeValues.add(l);
            }
            Integer c = null;
            String key = null;
            if (!s.sublicensable(l)) {
                key = classKey(s, l);
                c = classes.get(key);
            }
            if (c == null) {
                c = representative.size();
                representative.add(l);
                if (key != null) {
                    classes.put(key, c);
                }
            }
            classOf[l] = c;
            classKeys.add(c);
            classValues.add(l);
        }
        int count = representative.size();
        Adjacency members = Adjacency.group(count, classKeys.toArray(), classValues.toArray(), classKeys.size());
        Ints[] targets = {new Ints(), new Ints(), new Ints(), new Ints(), new Ints(), new Ints(), new Ints(),
                new Ints()};
        for (int c = 0; c < count; c++) {
            int l = representative.get(c);
            collect(s.scopePatents, l, c, targets[0], targets[1]);
            collect(s.scopeFamilies, l, c, targets[2], targets[3]);
            collect(s.scopePools, l, c, targets[4], targets[5]);
            collect(s.scopeOrganizations, l, c, targets[6], targets[7]);
        }
        return new LicenseIndex(classOf, members,
                Adjacency.group(s.organizations.size(), granteeKeys.toArray(), granteeValues.toArray(),
                        granteeKeys.size()),
                Adjacency.group(s.patents.size(), targets[0].toArray(), targets[1].toArray(), targets[0].size()),
                Adjacency.group(s.families.size(), targets[2].toArray(), targets[3].toArray(), targets[2].size()),
                Adjacency.group(s.pools.size(), targets[4].toArray(), targets[5].toArray(), targets[4].size()),
                Adjacency.group(s.organizations.size(), targets[6].toArray(), targets[7].toArray(),
                        targets[6].size()));
    }

    private static void collect(Adjacency scope, int license, int c, Ints keys, Ints values) {
        for (int p = scope.begin(license); p < scope.end(license); p++) {
            keys.add(scope.value(p));
            values.add(c);
        }
    }

    /** What makes two non-sublicensable licences include the same patents on every date. */
    private static String classKey(Snapshot s, int l) {
        StringBuilder k = new StringBuilder();
        k.append(s.grantorOrganization(l)).append('/').append(s.grantorPool(l)).append('/')
                .append(s.licenses.get(Snapshot.LICENSE_TERRITORIES, l));
        for (Adjacency scope : new Adjacency[] {s.scopePatents, s.scopeFamilies, s.scopePools,
                s.scopeOrganizations}) {
            k.append('|');
            int[] values = scope.of(l);
            java.util.Arrays.sort(values);
            for (int v : values) {
                k.append(v).append(',');
            }
        }
        return k.toString();
    }

    /** The class of a licence. */
    public int classOf(int license) {
        return classOf[license];
    }

    /** The licences of each class. */
    public Adjacency members() {
        return members;
    }

    /** The licences granted to each organisation (not to its affiliates: see {@link Snapshot#affiliates}). */
    public Adjacency byGrantee() {
        return byGrantee;
    }

    /** The classes whose scope names each patent. */
    public Adjacency byPatent() {
        return byPatent;
    }

    /** The classes whose scope names each family. */
    public Adjacency byFamily() {
        return byFamily;
    }

    /** The classes whose scope names each pool. */
    public Adjacency byPool() {
        return byPool;
    }

    /** The classes whose scope names each organisation's portfolio. */
    public Adjacency byOrganization() {
        return byOrganization;
    }

    /** One licence of a class: they share grantor, territories, scope and whether sublicensable. */
    public int representative(int c) {
        return members.value(members.begin(c));
    }
}
