package org.sepgraph.queries.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sepgraph.queries.Unit;

/**
 * A pool's income shared among its licensors ({@code POST /api/v1/pools/{id}/distribution}, issue 13).
 *
 * <p><b>Rule.</b> In each country with income (zero included):
 * <ul>
 * <li>a patent's <em>points</em> are the days within [from, to] (inclusive) on which the pool held it (any of its
 * holding periods; overlapping periods count each day once) and it was in force (GRANTED or PENDING, not before
 * filing, not after expiry, an unknown expiry in force), its jurisdiction being that country (a European patent
 * counts in "EP"; its national validations in their own countries);</li>
 * <li>unit PATENT: every such patent earns its points; unit FAMILY: each family (a patent without a family is its
 * own) earns once per country, the points of its best patent there (most days; tie: smallest patent id), for that
 * patent's owners;</li>
 * <li>a patent's owners split its points: by their recorded {@code share}s, scaled to add up to 1, when all have
 * one; equally when none has; when only some have, those without share equally what the recorded ones leave below
 * 1 (nothing if they reach 1 or more), and all parts are then scaled to add up to 1;</li>
 * <li>a licensor's amount in a country = its points there / all points there × the country's income; points of
 * patents without a recorded owner count in the total and their part stays {@code unallocated} (OWNER_UNKNOWN); a
 * country without points leaves its whole income {@code unallocated} (NOTHING_IN_FORCE);</li>
 * <li>rounding: exact shares are computed in minor units (cents unless the currency says otherwise), rounded down,
 * and the units left are given one each to the largest remainders (ties: organisation id; OWNER_UNKNOWN last),
 * so each country's amounts add up to its income exactly.</li>
 * </ul>
 * Cost: O(patents · holding periods · log + licensors · countries), exact rational arithmetic throughout.
 */
public final class RoyaltyDistribution {
    private static final int POINT_SCALE = 6;
    /** The key of the points no owner is recorded for; sorts after every organisation id on a remainder tie. */
    private static final String NO_OWNER = "\uffff";

    /** The distribution for {@code q}. */
    public Distribution distribute(DistributionQuestion q) {
        int digits = DistributionQuestion.minorDigits(q.currency());
        // country → party → points (exact)
        Map<String, Map<String, Fraction>> points = new TreeMap<>();
        q.income().keySet().forEach(c -> points.put(c, new TreeMap<>()));
        long unknownExpiry = 0;
        Map<String, List<HeldPatent>> byCountry = new HashMap<>();
        for (HeldPatent p : q.patents()) {
            if (points.containsKey(p.jurisdiction())) {
                byCountry.computeIfAbsent(p.jurisdiction(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<HeldPatent>> e : byCountry.entrySet()) {
            List<HeldPatent> earning = new ArrayList<>();
            Map<String, Long> days = new HashMap<>();
            for (HeldPatent p : e.getValue()) {
                long d = days(p, q.from(), q.to());
                if (d > 0) {
                    days.put(p.id(), d);
                    earning.add(p);
                }
            }
            if (q.unit() == Unit.FAMILY) {
                Map<String, HeldPatent> best = new TreeMap<>();
                for (HeldPatent p : earning) {
                    best.merge(p.familyKey(), p, (a, b) -> {
                        int c = Long.compare(days.get(b.id()), days.get(a.id()));
                        return c < 0 || c == 0 && a.id().compareTo(b.id()) < 0 ? a : b;
                    });
                }
                earning = new ArrayList<>(best.values());
            }
            Map<String, Fraction> country = points.get(e.getKey());
            for (HeldPatent p : earning) {
                if (p.expires() == null) {
                    unknownExpiry++;
                }
                Fraction d = Fraction.of(days.get(p.id()));
                for (Map.Entry<String, Fraction> part : parts(p).entrySet()) {
                    country.merge(part.getKey(), d.times(part.getValue()), Fraction::plus);
                }
            }
        }

        BigDecimal totalIncome = q.income().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, Map<String, BigDecimal>> amountsByLicensor = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> pointsByLicensor = new TreeMap<>();
        List<Unallocated> unallocated = new ArrayList<>();
        for (Map.Entry<String, Map<String, Fraction>> e : points.entrySet()) {
            String country = e.getKey();
            BigDecimal income = q.income().get(country);
            Map<String, Fraction> parties = e.getValue();
            Fraction total = parties.values().stream().reduce(Fraction.ZERO, Fraction::plus);
            if (total.isZero()) {
                unallocated.add(new Unallocated(country, income, Unallocated.Reason.NOTHING_IN_FORCE));
                continue;
            }
            Map<String, BigDecimal> amounts = split(income, digits, parties, total);
            for (Map.Entry<String, Fraction> party : parties.entrySet()) {
                if (party.getKey().equals(NO_OWNER)) {
                    unallocated.add(new Unallocated(country, amounts.get(NO_OWNER), Unallocated.Reason.OWNER_UNKNOWN));
                } else {
                    amountsByLicensor.computeIfAbsent(party.getKey(), k -> new TreeMap<>())
                            .put(country, amounts.get(party.getKey()));
                    pointsByLicensor.computeIfAbsent(party.getKey(), k -> new TreeMap<>())
                            .put(country, party.getValue().toDecimal(POINT_SCALE));
                }
            }
        }
        List<LicensorIncome> licensors = new ArrayList<>();
        for (Map.Entry<String, Map<String, BigDecimal>> e : amountsByLicensor.entrySet()) {
            BigDecimal amount = e.getValue().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            double share = totalIncome.signum() == 0 ? 0 : amount.doubleValue() / totalIncome.doubleValue();
            licensors.add(new LicensorIncome(e.getKey(), amount, share, pointsByLicensor.get(e.getKey()),
                    e.getValue()));
        }
        licensors.sort(Comparator.comparing(LicensorIncome::amount).reversed()
                .thenComparing(LicensorIncome::organization));
        return new Distribution(q.pool(), q.from(), q.to(), q.unit(), q.currency(), totalIncome, unknownExpiry,
                licensors, unallocated);
    }

    /**
     * The days of [from, to] on which the pool held the patent and it was in force: the holding periods merged
     * (each day once), each cut to the period and to [filed, expires]. O(h log h) for h holding periods.
     */
    static long days(HeldPatent p, LocalDate from, LocalDate to) {
        if (!p.canBeInForce()) {
            return 0;
        }
        LocalDate start = p.filed() != null && p.filed().isAfter(from) ? p.filed() : from;
        LocalDate end = p.expires() != null && p.expires().isBefore(to) ? p.expires() : to;
        if (end.isBefore(start)) {
            return 0;
        }
        List<Holding> held = new ArrayList<>(p.held());
        held.sort(Comparator.comparing(Holding::since, Comparator.nullsFirst(Comparator.naturalOrder())));
        long total = 0;
        LocalDate counted = null; // the last day already counted
        for (Holding h : held) {
            LocalDate a = h.since() == null || h.since().isBefore(start) ? start : h.since();
            LocalDate b = h.until() == null || h.until().isAfter(end) ? end : h.until();
            if (counted != null && !a.isAfter(counted)) {
                a = counted.plusDays(1);
            }
            if (!b.isBefore(a)) {
                total += ChronoUnit.DAYS.between(a, b) + 1;
                counted = b;
            }
        }
        return total;
    }

    /**
     * Each owner's part of a patent (adding up to 1): recorded shares scaled to 1 when all are recorded; equal when
     * none is; mixed: those without a share split what the recorded ones leave below 1, then all scaled to 1. No
     * owner: everything to {@link #NO_OWNER}.
     */
    static Map<String, Fraction> parts(HeldPatent p) {
        Map<String, Fraction> parts = new TreeMap<>();
        if (p.owners().isEmpty()) {
            parts.put(NO_OWNER, Fraction.of(1));
            return parts;
        }
        Fraction recorded = Fraction.ZERO;
        int without = 0;
        for (Owner o : p.owners()) {
            if (o.share() == null) {
                without++;
            } else {
                recorded = recorded.plus(Fraction.of(BigDecimal.valueOf(o.share())));
            }
        }
        Fraction one = Fraction.of(1);
        Fraction left = recorded.compareTo(one) >= 0 ? Fraction.ZERO : one.minus(recorded);
        Fraction each = without == 0 ? Fraction.ZERO : left.over(Fraction.of(without));
        if (recorded.isZero()) {
            each = one.over(Fraction.of(without)); // none recorded: equal parts
        }
        Fraction sum = recorded.isZero() ? one : recorded.plus(without == 0 ? Fraction.ZERO : left);
        for (Owner o : p.owners()) {
            Fraction raw = o.share() == null ? each : Fraction.of(BigDecimal.valueOf(o.share()));
            if (!raw.isZero()) {
                parts.put(o.organization(), raw.over(sum));
            }
        }
        return parts;
    }

    /** income × points / total for each party, in minor units, by largest remainder (ties: party key). */
    private static Map<String, BigDecimal> split(BigDecimal income, int digits, Map<String, Fraction> parties,
                                                 Fraction total) {
        BigInteger units = income.movePointRight(digits).toBigIntegerExact();
        Fraction all = new Fraction(units, BigInteger.ONE);
        Map<String, BigInteger> floor = new TreeMap<>();
        Map<String, Fraction> remainder = new TreeMap<>();
        BigInteger given = BigInteger.ZERO;
        for (Map.Entry<String, Fraction> e : parties.entrySet()) {
            Fraction exact = all.times(e.getValue()).over(total);
            floor.put(e.getKey(), exact.floor());
            remainder.put(e.getKey(), exact.remainder());
            given = given.add(exact.floor());
        }
        List<String> order = new ArrayList<>(parties.keySet());
        order.sort(Comparator.comparing((String k) -> remainder.get(k)).reversed().thenComparing(k -> k));
        int left = units.subtract(given).intValueExact(); // fewer than the number of parties
        for (int i = 0; i < left; i++) {
            floor.merge(order.get(i), BigInteger.ONE, BigInteger::add);
        }
        Map<String, BigDecimal> out = new HashMap<>();
        floor.forEach((k, v) -> out.put(k, new BigDecimal(v, digits)));
        return out;
    }
}
