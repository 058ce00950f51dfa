package org.sepgraph.queries.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.queries.Unit;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;

/**
 * The distribution of the HEVC Advance pool's income over 2022 on the real published list (imported as pool
 * {@code hevc-advance}), against an independent computation from the CSV file in this test: the file read with
 * Commons CSV, DESIGN.md's points rule applied directly (no importer, no engine), amounts by largest remainder in
 * whole integers. Income 1,000,000.00 in each of US, CN, DE and JP.
 *
 * <p>What the rule means on this file: every listed patent is GRANTED, held by the pool for the whole year (open
 * IN_POOL range), filing unknown; so its points in 2022 are its days in force: 365, or up to its expiry (the latest
 * of its Est. Exp. Dates; blank = unknown = in force all year), 0 when it expired before 2022. Its licensors (the
 * Licensor cell split on ",", ids by the slug rule) share its points equally (no shares recorded). FAMILY: the only
 * families the list gives are national validations {@code XX-EP…} of a European patent; in US, CN, DE and JP there
 * are none (checked below), so every patent is a family of its own and both units must give the same amounts —
 * the family rule itself is tested by hand elsewhere.
 */
class HevcDistributionTest {
    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate TO = LocalDate.of(2022, 12, 31);
    static final List<String> COUNTRIES = List.of("CN", "DE", "JP", "US");
    static final BigDecimal INCOME = new BigDecimal("1000000.00");

    static Snapshot snapshot;

    static Path shared(String file) {
        for (Path base : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("/work/shared"))) {
            if (Files.isRegularFile(base.resolve(file))) {
                return base.resolve(file);
            }
        }
        throw new IllegalStateException("the shared folder with " + file + " is not beside this checkout");
    }

    static final Path LIST = shared("data/hevc-advance-patent-list-2022-02-04.csv");

    @BeforeAll
    static void importTheList() throws IOException {
        GraphStore store = TestStore.clean();
        try (InputStream in = Files.newInputStream(LIST)) {
            new Imports(store).run(ImportFormat.ACCESS_ADVANCE, in, ImportOptions.of(Map.of("pool", "hevc-advance",
                    "poolName", "HEVC Advance", "standard", "ITU-T H.265")));
        }
        Engine engine = new Engine(store);
        engine.load();
        snapshot = engine.current();
    }

    @Test
    void byPatentTheAmountsAreTheIndependentOnes() throws IOException {
        check(Unit.PATENT);
    }

    @Test
    void byFamilyTheAmountsAreTheIndependentOnes() throws IOException {
        check(Unit.FAMILY);
    }

    private static void check(Unit unit) throws IOException {
        Map<String, BigDecimal> income = new TreeMap<>();
        COUNTRIES.forEach(c -> income.put(c, INCOME));
        long t0 = System.nanoTime();
        Distribution d = DistributionInputs.distribution(snapshot, "hevc-advance",
                new DistributionRequest(FROM, TO, income, unit));
        System.out.printf("HEVC distribution by %s: %.2f s%n", unit, (System.nanoTime() - t0) / 1e9);

        Map<String, Map<String, BigDecimal>> expected = independent(unit);
        Map<String, Map<String, BigDecimal>> actual = new TreeMap<>();
        for (LicensorIncome l : d.licensors()) {
            Map<String, BigDecimal> amounts = new TreeMap<>();
            l.amounts().forEach((country, amount) -> {
                if (amount.signum() != 0) {
                    amounts.put(country, amount);
                }
            });
            if (!amounts.isEmpty()) {
                actual.put(l.organization(), amounts);
            }
        }
        assertEquals(expected, actual);
        assertEquals(List.of(), d.unallocated(), "every listed patent has a licensor");
        assertEquals(new BigDecimal("4000000.00"), d.income());
        // licensors ranked by amount, then id
        for (int i = 1; i < d.licensors().size(); i++) {
            LicensorIncome a = d.licensors().get(i - 1);
            LicensorIncome b = d.licensors().get(i);
            int c = b.amount().compareTo(a.amount());
            assertEquals(true, c < 0 || c == 0 && a.organization().compareTo(b.organization()) < 0);
        }
    }

    /** One listed patent, as the file states it. */
    private static final class Listed {
        String country;
        final Set<String> licensors = new TreeSet<>();
        LocalDate expires;
    }

    /**
     * Organisation → country → amount (non-zero only), from the file: points per licensor = Σ days in force in 2022
     * / number of licensors of the patent; kept as integers by scaling every patent's days by L / n (L the least
     * common multiple of the licensor counts); cents = floor(income × points / total), then one cent each to the
     * largest remainders (ties: organisation id).
     */
    static Map<String, Map<String, BigDecimal>> independent(Unit unit) throws IOException {
        Map<String, Listed> patents = new HashMap<>();
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        try (Reader in = Files.newBufferedReader(LIST, StandardCharsets.UTF_8)) {
            int row = 0;
            for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                if (row++ < 2) {
                    continue; // the disclaimer row and the header row
                }
                String number = r.get(4).strip().toUpperCase(Locale.ROOT).replaceAll("[\\s,.]", "");
                Listed p = patents.computeIfAbsent(number, k -> new Listed());
                p.country = r.get(3).strip();
                for (String name : r.get(7).split(",")) {
                    p.licensors.add(name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                            .replaceAll("^-+|-+$", ""));
                }
                String expiry = r.get(8).strip();
                if (!expiry.isEmpty()) {
                    LocalDate e = LocalDate.parse(expiry, yyyymmdd);
                    p.expires = p.expires == null || e.isAfter(p.expires) ? e : p.expires; // the later date wins
                }
            }
        }
        Pattern validation = Pattern.compile("^[A-Z]{2}-(EP\\d+[A-Z]?\\d?)$");
        long l = 1;
        for (Listed p : patents.values()) {
            l = lcm(l, p.licensors.size());
        }
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        for (String country : COUNTRIES) {
            // family → (patent id, days) of its best patent in this country; a patent without a family is its own
            Map<String, String> best = new TreeMap<>();
            Map<String, Long> days = new HashMap<>();
            int validations = 0;
            for (Map.Entry<String, Listed> e : patents.entrySet()) {
                if (!e.getValue().country.equals(country)) {
                    continue;
                }
                String id = e.getKey();
                long d = days(e.getValue().expires);
                if (d == 0) {
                    continue;
                }
                days.put(id, d);
                Matcher m = validation.matcher(id);
                if (m.matches()) {
                    validations++;
                }
                String family = unit == Unit.FAMILY && m.matches() ? m.group(1) : id;
                best.merge(family, id, (a, b) -> days.get(a) > days.get(b)
                        || days.get(a).equals(days.get(b)) && a.compareTo(b) < 0 ? a : b);
            }
            assertEquals(0, validations, "no national validation of a European patent is listed in " + country);
            Map<String, BigInteger> points = new TreeMap<>();
            BigInteger total = BigInteger.ZERO;
            for (String id : best.values()) {
                Listed p = patents.get(id);
                BigInteger each = BigInteger.valueOf(days.get(id) * (l / p.licensors.size()));
                for (String org : p.licensors) {
                    points.merge(org, each, BigInteger::add);
                    total = total.add(each);
                }
            }
            BigInteger cents = INCOME.movePointRight(2).toBigIntegerExact();
            Map<String, BigInteger> amount = new TreeMap<>();
            Map<String, BigInteger> remainder = new TreeMap<>();
            BigInteger given = BigInteger.ZERO;
            for (Map.Entry<String, BigInteger> e : points.entrySet()) {
                BigInteger[] qr = cents.multiply(e.getValue()).divideAndRemainder(total);
                amount.put(e.getKey(), qr[0]);
                remainder.put(e.getKey(), qr[1]);
                given = given.add(qr[0]);
            }
            List<String> order = new ArrayList<>(points.keySet());
            order.sort(Comparator.comparing((String o) -> remainder.get(o)).reversed()
                    .thenComparing(Comparator.naturalOrder()));
            for (int i = 0; i < cents.subtract(given).intValueExact(); i++) {
                amount.merge(order.get(i), BigInteger.ONE, BigInteger::add);
            }
            amount.forEach((org, c) -> {
                if (c.signum() != 0) {
                    out.computeIfAbsent(org, k -> new TreeMap<>()).put(country, new BigDecimal(c, 2));
                }
            });
            System.out.printf("%s: %d patents earn, %d licensors, total points %s / %d%n", country, best.size(),
                    points.size(), total, l);
        }
        return out;
    }

    /** Days of 2022 in force: to the expiry (inclusive) or the whole year when unknown; 0 when expired before. */
    private static long days(LocalDate expires) {
        if (expires == null) {
            return ChronoUnit.DAYS.between(FROM, TO) + 1;
        }
        if (expires.isBefore(FROM)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(FROM, expires.isAfter(TO) ? TO : expires) + 1;
    }

    private static long lcm(long a, long b) {
        return a / BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact() * b;
    }
}
