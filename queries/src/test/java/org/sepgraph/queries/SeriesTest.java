package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.coverage.CoveragePoint;
import org.sepgraph.queries.coverage.CoverageQuestion;
import org.sepgraph.queries.coverage.CoverageSeries;
import org.sepgraph.queries.coverage.CoverageSeriesQuestion;
import org.sepgraph.queries.coverage.CoverageSeriesRequest;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.reach.ReachPoint;
import org.sepgraph.queries.reach.ReachQuestion;
import org.sepgraph.queries.reach.ReachSeries;
import org.sepgraph.queries.reach.ReachSeriesQuestion;
import org.sepgraph.queries.reach.ReachSeriesRequest;
import org.sepgraph.queries.reach.Route;

/**
 * Coverage and reach series: the hand-computed points of landscape.md, and every point of many series equal to the
 * coverage (reach) answer for its date on the same snapshot — every standard, unit, territory and licensee
 * (organisation and depth), half-yearly over the fixture's whole history and daily across the dates where pools,
 * licences, memberships and patents start or end.
 */
class SeriesTest {
    private static Snapshot snapshot;
    private static int compared;

    @BeforeAll
    static void load() {
        snapshot = LandscapeTest.load();
    }

    static DateSeries series(String from, String to, String step) {
        return DateSeries.parse(from, to, step);
    }

    private static List<String> figures(CoverageSeries series) {
        return series.points().stream().map(p -> p.asOf() + " " + p.essential() + " " + p.covered() + " "
                + p.byPool().stream().map(c -> c.pool() + " " + c.covered()).toList()).toList();
    }

    @Test
    void coverageOfTheStandardYearByYear() {
        CoverageSeries s = CoverageSeriesQuestion.series(snapshot, new CoverageSeriesRequest("STD",
                series("2020-06-01", "2024-06-01", "P1Y"), null, null, null));
        assertEquals(List.of(
                "2020-06-01 6 5 [pool-one 2, pool-two 1, pool-three 0]",  // US3 uncovered
                "2021-06-01 7 6 [pool-one 2, pool-two 1, pool-three 0]",  // + US10 (lic-aff); US5 still in pool-one
                "2022-06-01 6 5 [pool-one 1, pool-two 1, pool-three 0]",  // US5 expired 2022-03-01
                "2023-06-01 6 6 [pool-one 2, pool-two 1]",                // US3 joins pool-one; CN2 left pool-three
                "2024-06-01 6 6 [pool-one 2, pool-two 1]"), figures(s));
        assertEquals(List.of(5.0 / 6, 6.0 / 7, 5.0 / 6, 1.0, 1.0),
                s.points().stream().map(CoveragePoint::ratio).toList());
        assertEquals("P1Y", s.step());
        assertEquals(Unit.FAMILY, s.unit());
        CoverageSeries delta = CoverageSeriesQuestion.series(snapshot, new CoverageSeriesRequest("STD",
                series("2020-06-01", "2020-06-01", "P1D"), null, "delta", null));
        assertEquals(List.of(6L, 3L), List.of(delta.points().get(0).essential(), delta.points().get(0).covered()));
    }

    @Test
    void reachOfBetaYearByYear() {
        DateSeries years = series("2015-06-01", "2027-06-01", "P1Y");
        ReachSeries patents = ReachSeriesQuestion.series(snapshot,
                new ReachSeriesRequest("beta", years, null, null, Unit.PATENT));
        // 2015: owned 3 + US5 (lic-lapsed); 2016-2019: + lic-port's 4; 2020-2026: lic-lapsed over; 2027: owned only
        assertEquals(List.of(4L, 8L, 8L, 8L, 8L, 7L, 7L, 7L, 7L, 7L, 7L, 7L, 3L),
                patents.points().stream().map(ReachPoint::reached).toList());
        assertEquals(3L, patents.points().get(1).byRoute().get(Route.OWNED));
        assertEquals(5L, patents.points().get(1).byRoute().get(Route.LICENSED));
        ReachSeries families = ReachSeriesQuestion.series(snapshot,
                new ReachSeriesRequest("beta", years, null, null, null));
        assertEquals(List.of(2L, 4L, 4L, 4L, 4L, 3L, 3L, 3L, 3L, 3L, 3L, 3L, 1L),
                families.points().stream().map(ReachPoint::reached).toList());
    }

    /** The series the equality checks run: half-yearly over everything, daily where things start and end. */
    static List<DateSeries> histories() {
        return List.of(series("2014-01-01", "2042-01-01", "P6M"),
                series("2019-12-20", "2020-01-10", "P1D"),      // lic-lapsed ends, lic-aff/lic-noaff begin
                series("2021-12-20", "2022-03-05", "P1D"),      // US5 leaves pool-one, then expires
                series("2022-12-25", "2023-01-05", "P1D"),      // CN2 leaves pool-three, US3 joins pool-one
                series("2026-12-25", "2027-01-05", "P1D"),      // lic-port ends
                series("2029-12-30", "2030-01-03", "P1D"),      // F1 expires
                series("2015-01-31", "2016-01-31", "P1M"));     // month ends
    }

    @Test
    void everyCoveragePointIsTheCoverageAnswerForItsDate() {
        compared = 0;
        List<String> standards = List.of("STD", "STD-A", "STD-A1", "STD-B", "OTHER");
        List<String> licensees = new ArrayList<>(Arrays.asList((String) null));
        for (int o = 0; o < snapshot.organizations().size(); o++) {
            licensees.add(snapshot.organizations().id(o));
        }
        for (String standard : standards) {
            for (Set<String> t : EquivalenceTest.TERRITORIES) {
                for (String licensee : licensees) {
                    for (Unit unit : Unit.values()) {
                        for (DateSeries dates : histories()) {
                            sameCoverage(snapshot, new CoverageSeriesRequest(standard, dates, t, licensee, unit));
                        }
                    }
                }
            }
        }
        assertTrue(compared > 50_000, compared + " points compared");
    }

    @Test
    void everyReachPointIsTheReachAnswerForItsDate() {
        compared = 0;
        for (int o = 0; o < snapshot.organizations().size(); o++) {
            String org = snapshot.organizations().id(o);
            for (int depth = 0; depth <= 4; depth++) {
                for (Set<String> t : EquivalenceTest.TERRITORIES) {
                    for (Unit unit : Unit.values()) {
                        for (DateSeries dates : histories()) {
                            sameReach(snapshot, new ReachSeriesRequest(org, dates, depth, t, unit));
                        }
                    }
                }
            }
        }
        assertTrue(compared > 50_000, compared + " points compared");
    }

    /** Every point of the coverage series equals Coverage asked for its date on the same snapshot. */
    static void sameCoverage(Snapshot s, CoverageSeriesRequest q) {
        CoverageSeries series = CoverageSeriesQuestion.series(s, q);
        List<LocalDate> dates = q.series().dates();
        assertEquals(dates.size(), series.points().size());
        for (int i = 0; i < dates.size(); i++) {
            CoveragePoint expected = CoveragePoint.of(CoverageQuestion.coverage(s, q.on(dates.get(i))));
            assertEquals(expected, series.points().get(i), q + " on " + dates.get(i));
            compared++;
        }
    }

    /** Every point of the reach series equals Reach asked for its date on the same snapshot. */
    static void sameReach(Snapshot s, ReachSeriesRequest q) {
        ReachSeries series = ReachSeriesQuestion.series(s, q);
        List<LocalDate> dates = q.series().dates();
        assertEquals(dates.size(), series.points().size());
        for (int i = 0; i < dates.size(); i++) {
            ReachPoint expected = ReachPoint.of(ReachQuestion.reach(s, q.on(dates.get(i))));
            assertEquals(expected, series.points().get(i), q + " on " + dates.get(i));
            compared++;
        }
    }

    @Test
    void theDatesOfASeries() {
        assertEquals(List.of(LocalDate.parse("2020-01-31"), LocalDate.parse("2020-02-29"),
                LocalDate.parse("2020-03-31"), LocalDate.parse("2020-04-30")),
                series("2020-01-31", "2020-05-29", "P1M").dates());                  // counted from `from`
        assertEquals(List.of(LocalDate.parse("2020-01-01")), series("2020-01-01", "2020-01-01", "P1Y").dates());
        assertEquals(3, series("2020-01-01", "2020-01-15", "p1w").dates().size()); // 1, 8, 15 January
        assertEquals(500, series("2000-01-01", LocalDate.parse("2000-01-01").plusDays(499).toString(), "P1D")
                .dates().size());
        assertEquals(new DateSeries(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-01"), Period.ofMonths(3)),
                series("2020-01-01", "2021-01-01", "P3M"));
    }

    @Test
    void badSeriesNameTheirField() {
        Map<String, String[]> bad = Map.of(
                "from", new String[] {null, "2021-01-01", "P1M"},
                "to", new String[] {"2020-01-01", "", "P1M"},
                "step", new String[] {"2020-01-01", "2021-01-01", null});
        bad.forEach((field, args) -> assertEquals(field, assertThrows(InvalidField.class,
                () -> DateSeries.parse(args[0], args[1], args[2])).field()));
        assertEquals("from", field("2020-13-01", "2021-01-01", "P1M"));
        assertEquals("to", field("2020-01-01", "tomorrow", "P1M"));
        assertEquals("to", field("2021-01-01", "2020-12-31", "P1M"));               // to before from
        assertEquals("step", field("2020-01-01", "2021-01-01", "1M"));              // not a period
        assertEquals("step", field("2020-01-01", "2021-01-01", "PT1H"));            // a duration, not a period
        assertEquals("step", field("2020-01-01", "2021-01-01", "P0D"));
        assertEquals("step", field("2020-01-01", "2021-01-01", "P-1M"));
        assertEquals("step", field("2000-01-01", "2001-05-15", "P1D"));            // 501 dates
        assertEquals("step", field("0001-01-01", "9999-12-31", "P1D"));
        assertEquals("id", assertThrows(NotFound.class, () -> CoverageSeriesQuestion.series(snapshot,
                new CoverageSeriesRequest("NOPE", series("2020-01-01", "2021-01-01", "P1M"), null, null, null)))
                .field());
        assertEquals("licensee", assertThrows(NotFound.class, () -> CoverageSeriesQuestion.series(snapshot,
                new CoverageSeriesRequest("STD", series("2020-01-01", "2021-01-01", "P1M"), null, "nobody", null)))
                .field());
        assertEquals("id", assertThrows(NotFound.class, () -> ReachSeriesQuestion.series(snapshot,
                new ReachSeriesRequest("nobody", series("2020-01-01", "2021-01-01", "P1M"), null, null, null)))
                .field());
    }

    private static String field(String from, String to, String step) {
        return assertThrows(InvalidField.class, () -> DateSeries.parse(from, to, step)).field();
    }
}
