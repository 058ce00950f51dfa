package org.sepgraph.queries.engine;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.RoyaltyTerms;

/**
 * The graph at one committed version, in memory, shaped for the questions (the projection of graph analytics
 * engines): every node kind a {@link NodeTable} of dense ints, every relationship type an {@link EdgeTable} grouped
 * both ways, dates as epoch days, enums as ordinals, codes as small ints, licence parties and scope as lists per
 * licence, royalty terms of pools and licences parsed once; plus the indexes the questions seek by (corporate groups, licences by grantee and by what their scope
 * names, patents by family). Immutable: a question reads one snapshot from start to end, and a change makes a new
 * one that shares every table it did not touch.
 */
public final class Snapshot {
    // node columns
    public static final int ORG_KIND = 0;
    public static final int ORG_COUNTRY = 1;
    /** Index of the organisation's name in {@link #organizationNames} (declarants are often written as names). */
    public static final int ORG_NAME = 2;
    public static final int PATENT_JURISDICTION = 0;
    public static final int PATENT_TYPE = 1;
    public static final int PATENT_STATUS = 2;
    public static final int PATENT_FILED = 3;
    public static final int PATENT_GRANTED = 4;
    public static final int PATENT_EXPIRES = 5;
    public static final int PATENT_FAMILY = 6;
    public static final int LICENSE_KIND = 0;
    public static final int LICENSE_GRANTED = 1;
    public static final int LICENSE_EXPIRES = 2;
    public static final int LICENSE_TERRITORIES = 3;
    public static final int LICENSE_SUBLICENSABLE = 4;
    public static final int LICENSE_AFFILIATES = 5;
    public static final int LICENSE_GRANTOR_ORG = 6;
    public static final int LICENSE_GRANTOR_POOL = 7;
    // edge columns
    public static final int MEMBER_ROLE = 0;
    public static final int MEMBER_SINCE = 1;
    public static final int MEMBER_UNTIL = 2;
    public static final int OWNS_SHARE = 0;
    public static final int DECLARED_ASSESSMENT = 0;
    public static final int DECLARED_DATE = 1;
    public static final int DECLARED_DECLARANT = 2;
    public static final int DECLARED_VERSION = 3;
    public static final int HELD_SINCE = 0;
    public static final int HELD_UNTIL = 1;

    static final int ORG_COLUMNS = 3;
    static final int PATENT_COLUMNS = 7;
    static final int LICENSE_COLUMNS = 8;

    private static final int GRANTED = PatentStatus.GRANTED.ordinal();
    private static final int PENDING = PatentStatus.PENDING.ordinal();

    final long version;
    final NodeTable organizations;
    final NodeTable alliances;
    final NodeTable families;
    final NodeTable patents;
    final NodeTable standards;
    final NodeTable pools;
    final NodeTable clusters;
    final NodeTable licenses;
    final EdgeTable memberOf;
    final EdgeTable affiliateOf;
    final EdgeTable owns;
    final EdgeTable declared;
    final EdgeTable inPool;
    final EdgeTable licensorOf;
    final EdgeTable binds;
    final EdgeTable inCluster;
    final EdgeTable partOf;
    final Adjacency grantees;
    final Adjacency scopePatents;
    final Adjacency scopeFamilies;
    final Adjacency scopePools;
    final Adjacency scopeOrganizations;
    final Names aliases;
    final int[] aliasOf;
    final Names declarants;
    final Names versions;
    final Names organizationNames;
    final List<int[]> territorySets;
    final TermsColumn poolTerms;
    final TermsColumn licenseTerms;
    // derived
    final Groups groups;
    final LicenseIndex licenseIndex;
    final Adjacency patentsOfFamily;

    Snapshot(long version, NodeTable organizations, NodeTable alliances, NodeTable families, NodeTable patents,
             NodeTable standards, NodeTable pools, NodeTable clusters, NodeTable licenses, EdgeTable memberOf,
             EdgeTable affiliateOf, EdgeTable owns, EdgeTable declared, EdgeTable inPool, EdgeTable licensorOf,
             EdgeTable binds, EdgeTable inCluster, EdgeTable partOf, Adjacency grantees, Adjacency scopePatents,
             Adjacency scopeFamilies, Adjacency scopePools, Adjacency scopeOrganizations, Names aliases,
             int[] aliasOf, Names declarants, Names versions, Names organizationNames, List<int[]> territorySets,
             TermsColumn poolTerms, TermsColumn licenseTerms, Snapshot previous) {
        this.version = version;
        this.organizations = organizations;
        this.alliances = alliances;
        this.families = families;
        this.patents = patents;
        this.standards = standards;
        this.pools = pools;
        this.clusters = clusters;
        this.licenses = licenses;
        this.memberOf = memberOf;
        this.affiliateOf = affiliateOf;
        this.owns = owns;
        this.declared = declared;
        this.inPool = inPool;
        this.licensorOf = licensorOf;
        this.binds = binds;
        this.inCluster = inCluster;
        this.partOf = partOf;
        this.grantees = grantees;
        this.scopePatents = scopePatents;
        this.scopeFamilies = scopeFamilies;
        this.scopePools = scopePools;
        this.scopeOrganizations = scopeOrganizations;
        this.aliases = aliases;
        this.aliasOf = aliasOf;
        this.declarants = declarants;
        this.versions = versions;
        this.organizationNames = organizationNames;
        this.territorySets = List.copyOf(territorySets);
        this.poolTerms = poolTerms;
        this.licenseTerms = licenseTerms;
        // derived indexes are rebuilt only when what they are made of changed
        boolean same = previous != null;
        this.groups = same && previous.organizations == organizations && previous.affiliateOf == affiliateOf
                ? previous.groups : Groups.of(organizations, affiliateOf);
        this.patentsOfFamily = same && previous.patents == patents && previous.families == families
                ? previous.patentsOfFamily : patentsOfFamily(patents, families);
        this.licenseIndex = same && previous.licenses == licenses && previous.grantees == grantees
                && previous.scopePatents == scopePatents && previous.scopeFamilies == scopeFamilies
                && previous.scopePools == scopePools && previous.scopeOrganizations == scopeOrganizations
                ? previous.licenseIndex : LicenseIndex.of(this);
    }

    static Snapshot empty() {
        return new SnapshotBuilder(null).build(0);
    }

    private static Adjacency patentsOfFamily(NodeTable patents, NodeTable families) {
        int n = patents.size();
        int[] keys = new int[n];
        int[] values = new int[n];
        int k = 0;
        for (int p = 0; p < n; p++) {
            int f = patents.get(PATENT_FAMILY, p);
            if (patents.alive(p) && f >= 0 && families.alive(f)) {
                keys[k] = f;
                values[k++] = p;
            }
        }
        return Adjacency.group(families.size(), keys, values, k);
    }

    /** The version of the store this snapshot holds: every write up to it, none after. */
    public long version() {
        return version;
    }

    public NodeTable organizations() {
        return organizations;
    }

    public NodeTable alliances() {
        return alliances;
    }

    public NodeTable families() {
        return families;
    }

    public NodeTable patents() {
        return patents;
    }

    /** The standard with {@code id}; an unknown one is NotFound naming {@code field}. */
    public int requireStandard(String field, String id) {
        int standard = standards.find(id);
        if (standard < 0) {
            throw new NotFound(field, "no standard with id '" + id + "'");
        }
        return standard;
    }

    /** The organisation with {@code id}; an unknown one is NotFound naming {@code field}. */
    public int requireOrganization(String field, String id) {
        int organization = organizations.find(id);
        if (organization < 0) {
            throw new NotFound(field, "no organization with id '" + id + "'");
        }
        return organization;
    }

    public NodeTable standards() {
        return standards;
    }

    public NodeTable pools() {
        return pools;
    }

    public NodeTable clusters() {
        return clusters;
    }

    public NodeTable licenses() {
        return licenses;
    }

    /** MEMBER_OF: organisation → alliance, columns role, since, until. */
    public EdgeTable memberOf() {
        return memberOf;
    }

    /** AFFILIATE_OF: organisation → organisation. */
    public EdgeTable affiliateOf() {
        return affiliateOf;
    }

    /** OWNS: organisation → patent, column share (float bits, NONE when unknown). */
    public EdgeTable owns() {
        return owns;
    }

    /** DECLARED_ESSENTIAL: patent → standard, columns assessment, date, declarant, version. */
    public EdgeTable declared() {
        return declared;
    }

    /** IN_POOL: patent → pool, columns since, until. */
    public EdgeTable inPool() {
        return inPool;
    }

    /** LICENSOR_OF: organisation → pool. */
    public EdgeTable licensorOf() {
        return licensorOf;
    }

    /** BINDS: pool → standard. */
    public EdgeTable binds() {
        return binds;
    }

    /** IN_CLUSTER: pool → cluster. */
    public EdgeTable inCluster() {
        return inCluster;
    }

    /** PART_OF: standard → the standard it is part of. */
    public EdgeTable partOf() {
        return partOf;
    }

    /** Each licence's grantees (organisations). */
    public Adjacency grantees() {
        return grantees;
    }

    /** The patents each licence's scope names. */
    public Adjacency scopePatents() {
        return scopePatents;
    }

    /** The families each licence's scope names. */
    public Adjacency scopeFamilies() {
        return scopeFamilies;
    }

    /** The pools each licence's scope names (their holdings on a date). */
    public Adjacency scopePools() {
        return scopePools;
    }

    /** The organisations each licence's scope names (their groups' whole portfolios). */
    public Adjacency scopeOrganizations() {
        return scopeOrganizations;
    }

    public Groups groups() {
        return groups;
    }

    public LicenseIndex licenseIndex() {
        return licenseIndex;
    }

    /** The patents of each family. */
    public Adjacency patentsOfFamily() {
        return patentsOfFamily;
    }

    public String declarant(int index) {
        return index < 0 ? null : declarants.get(index);
    }

    /** The organisation's name, or null when it has none. */
    public String organizationName(int organization) {
        int i = organizations.get(ORG_NAME, organization);
        return i < 0 ? null : organizationNames.get(i);
    }

    public String versionName(int index) {
        return index < 0 ? null : versions.get(index);
    }

    /** The patent with this id or publication number (already normalised), or -1. */
    public int patentByNumber(String number) {
        int p = patents.find(number);
        if (p >= 0) {
            return p;
        }
        int a = aliases.find(number);
        if (a < 0 || a >= aliasOf.length) {
            return -1;
        }
        int target = aliasOf[a];
        return patents.alive(target) ? target : -1;
    }

    /**
     * The live patents whose id or another publication number contains {@code text} (lower case; ASCII letters match
     * in any case, as {@code toLower(n.id) CONTAINS text} does for the ASCII numbers patents have).
     */
    public BitSet patentsNumbered(String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BitSet found = new BitSet(patents.size());
        patents.forEachIdContaining(needle, found::set);
        aliases.forEachContaining(needle, a -> {
            if (a < aliasOf.length && patents.alive(aliasOf[a])) {
                found.set(aliasOf[a]);
            }
        });
        return found;
    }

    /**
     * The live organisations whose id or name contains {@code text} (lower case ASCII; ASCII letters match in any
     * case, other letters as stored — the one difference from {@code toLower(name) CONTAINS text}: a capital outside
     * ASCII whose lower case is an ASCII letter, such as the Kelvin sign, is not folded).
     */
    public BitSet organizationsNamed(String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BitSet found = new BitSet(organizations.size());
        organizations.forEachIdContaining(needle, found::set);
        BitSet names = new BitSet(organizationNames.size());
        organizationNames.forEachContaining(needle, names::set);
        if (!names.isEmpty()) {
            for (int o = 0; o < organizations.size(); o++) {
                int name = organizations.get(ORG_NAME, o);
                if (name >= 0 && names.get(name) && organizations.alive(o)) {
                    found.set(o);
                }
            }
        }
        return found;
    }

    /** The live licences whose id contains {@code text} (lower case ASCII, letters in any case). */
    public BitSet licensesNamed(String text) {
        BitSet found = new BitSet(licenses.size());
        licenses.forEachIdContaining(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), found::set);
        return found;
    }

    /** The publication numbers a patent is also known by, sorted. */
    public List<String> aliasesOf(int patent) {
        return java.util.stream.IntStream.range(0, aliasOf.length).filter(a -> aliasOf[a] == patent)
                .mapToObj(aliases::get).sorted().toList();
    }

    /** DESIGN.md: GRANTED or PENDING, {@code day} not before filing (if known) and not after expiry (if known). */
    public boolean inForce(int patent, int day) {
        int status = patents.get(PATENT_STATUS, patent);
        return (status == GRANTED || status == PENDING)
                && Days.within(day, patents.get(PATENT_FILED, patent), patents.get(PATENT_EXPIRES, patent));
    }

    public boolean unknownExpiry(int patent) {
        return patents.get(PATENT_EXPIRES, patent) == Days.NONE;
    }

    /** The patent's family, or -1. */
    public int family(int patent) {
        int f = patents.get(PATENT_FAMILY, patent);
        return f >= 0 && families.alive(f) ? f : -1;
    }

    public int jurisdiction(int patent) {
        return patents.get(PATENT_JURISDICTION, patent);
    }

    public boolean licenseInForce(int license, int day) {
        return Days.within(day, licenses.get(LICENSE_GRANTED, license), licenses.get(LICENSE_EXPIRES, license));
    }

    public boolean sublicensable(int license) {
        return licenses.get(LICENSE_SUBLICENSABLE, license) == 1;
    }

    /** Whether a licence extends to its grantees' corporate groups (DESIGN.md: unless affiliates is false). */
    public boolean affiliates(int license) {
        return licenses.get(LICENSE_AFFILIATES, license) != 0;
    }

    /** The organisation that granted a licence, or -1 when a pool did. */
    public int grantorOrganization(int license) {
        return licenses.get(LICENSE_GRANTOR_ORG, license);
    }

    /** The pool that granted a licence, or -1 when an organisation did. */
    public int grantorPool(int license) {
        return licenses.get(LICENSE_GRANTOR_POOL, license);
    }

    /** Whether a licence limited to territories includes a patent of jurisdiction {@code code} (no limit: yes). */
    public boolean licenseIncludesJurisdiction(int license, int code) {
        int set = licenses.get(LICENSE_TERRITORIES, license);
        return set < 0 || Arrays.binarySearch(territorySets.get(set), code) >= 0;
    }

    /** The territory codes a licence is limited to, or null when it is not. */
    public int[] territories(int license) {
        int set = licenses.get(LICENSE_TERRITORIES, license);
        return set < 0 ? null : territorySets.get(set);
    }

    /** A pool's royalty terms (every period, as stored); empty when it has none. */
    public List<RoyaltyTerms> poolTerms(int pool) {
        return poolTerms.of(pool);
    }

    /** A licence's royalty terms (every period, as stored); empty when it has none. */
    public List<RoyaltyTerms> licenseTerms(int license) {
        return licenseTerms.of(license);
    }

    /** Whether pool membership edge {@code e} (IN_POOL) holds on {@code day}. */
    public boolean heldOn(int e, int day) {
        return Days.within(day, inPool.get(HELD_SINCE, e), inPool.get(HELD_UNTIL, e));
    }
}
