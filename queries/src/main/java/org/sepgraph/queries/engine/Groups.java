package org.sepgraph.queries.engine;

/**
 * Corporate groups (DESIGN.md "Groups"): organisations joined by AFFILIATE_OF links, either way, transitively;
 * every organisation belongs to exactly one (alone when it has no affiliate). Built by union-find in
 * O(organisations + affiliations).
 */
public final class Groups {
    private final int[] groupOf;
    private final Adjacency members;

    private Groups(int[] groupOf, Adjacency members) {
        this.groupOf = groupOf;
        this.members = members;
    }

    static Groups of(NodeTable organizations, EdgeTable affiliateOf) {
        int n = organizations.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < affiliateOf.size(); e++) {
            int a = root(parent, affiliateOf.from(e));
            int b = root(parent, affiliateOf.to(e));
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] groupOf = new int[n];
        int[] dense = new int[n];
        java.util.Arrays.fill(dense, -1);
        int groups = 0;
        int[] keys = new int[n];
        int[] values = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (dense[r] < 0) {
                dense[r] = groups++;
            }
            groupOf[i] = dense[r];
            if (organizations.alive(i)) {
                keys[k] = groupOf[i];
                values[k++] = i;
            }
        }
        return new Groups(groupOf, Adjacency.group(groups, keys, values, k));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The group of an organisation. */
    public int of(int organization) {
        return groupOf[organization];
    }

    /** The organisations of each group (alive ones), by index. */
    public Adjacency members() {
        return members;
    }

    public boolean same(int a, int b) {
        return groupOf[a] == groupOf[b];
    }
}
