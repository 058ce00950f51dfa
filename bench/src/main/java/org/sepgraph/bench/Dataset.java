package org.sepgraph.bench;

import java.time.LocalDate;

/**
 * One generated graph, held in primitive arrays indexed by position (organisation i, patent i, ...). Dates are epoch
 * days; {@link #OPEN_START} / {@link #OPEN_END} stand for a missing start or end (a patent's unknown expiry is
 * {@link #OPEN_END}). The generator fills it, {@link BundleWriter} turns it into bundles and {@link Baseline} answers
 * the questions from it.
 */
public final class Dataset {
    public static final int OPEN_START = Integer.MIN_VALUE;
    public static final int OPEN_END = Integer.MAX_VALUE;

    /** Patent statuses, by code. */
    static final String[] STATUS = {"GRANTED", "PENDING", "LAPSED", "EXPIRED", "REVOKED"};
    /** Declaration assessments, by code. */
    static final String[] ASSESSMENT = {"DECLARED", "CONFIRMED", "REJECTED"};
    static final int REJECTED = 2;

    final Tier tier;
    final long seed;

    // organisations
    String[] orgId;
    String[] orgName;
    String[] orgKind;
    String[] orgCountry;
    /** AFFILIATE_OF edges: affFrom[i] AFFILIATE_OF affTo[i]. */
    int[] affFrom;
    int[] affTo;

    // families: family f has id familyId(f)
    int familyCount;

    // patents
    String[] patentId;
    String[] jurisdiction;
    byte[] status;
    int[] filed;
    int[] expires;
    /** Family index, or -1 for a patent without a family. */
    int[] family;
    /** Owners of each patent (organisation indexes; empty for an ownerless patent). */
    int[][] owners;

    // standards
    String[] standardId;
    int[][] partOf;

    // declarations
    int[] declPatent;
    int[] declStandard;
    byte[] declAssessment;

    // pools
    String[] poolId;
    int[][] poolBinds;
    int[][] poolLicensors;
    int[] ppPool;
    int[] ppPatent;
    int[] ppSince;
    int[] ppUntil;

    // clusters
    String[] clusterId;
    int[][] clusterPools;

    // licences
    String[] licId;
    String[] licKind;
    boolean[] licByPool;
    int[] licGrantor;
    int[][] licGrantees;
    int[] licGranted;
    int[] licExpires;
    /** Territories, null for every territory. */
    String[][] licTerritories;
    boolean[] licSublicensable;
    boolean[] licAffiliates;
    int[][] scopePatents;
    int[][] scopeFamilies;
    int[][] scopePools;
    int[][] scopePortfolios;

    Dataset(Tier tier, long seed) {
        this.tier = tier;
        this.seed = seed;
    }

    public Tier tier() {
        return tier;
    }

    public int patents() {
        return patentId.length;
    }

    public int organizations() {
        return orgId.length;
    }

    public int licenses() {
        return licId.length;
    }

    public int declarations() {
        return declPatent.length;
    }

    public int pools() {
        return poolId.length;
    }

    public int standards() {
        return standardId.length;
    }

    public int poolPatents() {
        return ppPool.length;
    }

    /** LICENSOR_OF edges: the owners of each pool's patents. */
    public long poolLicensors() {
        long n = 0;
        for (int[] l : poolLicensors) {
            n += l.length;
        }
        return n;
    }

    static String familyId(int f) {
        return String.format("FAM-%07d", f);
    }

    static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    public String summary() {
        return String.format("%s: %,d patents, %,d families, %,d organisations (%,d affiliations), %,d standards, "
                        + "%,d declarations, %,d pools (%,d pool patents, %,d licensors), %,d clusters, %,d licences",
                tier.name(), patents(), familyCount, organizations(), affFrom.length, standards(), declarations(),
                pools(), poolPatents(), poolLicensors(), clusterId.length, licenses());
    }
}
