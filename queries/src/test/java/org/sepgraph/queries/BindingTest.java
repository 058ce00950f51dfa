package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sepgraph.queries.Fixture.D1;
import static org.sepgraph.queries.Fixture.D2;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.NotFound;
import org.sepgraph.queries.binding.PoolBinding;
import org.sepgraph.queries.binding.PoolBindingRequest;
import org.sepgraph.queries.binding.StandardBinding;
import org.sepgraph.queries.binding.StandardBindingRequest;

/** Binding of standards and pools against the hand-computed answers of fixture.md ("Binding"). */
class BindingTest {
    private static Ask binding;

    @BeforeAll
    static void load() {
        binding = Ask.engine(Fixture.load());
    }

    /** Each pool as "pool binds covered share [licensors]", share to 4 places. */
    static List<String> pools(StandardBinding b) {
        return b.pools().stream().map(p -> p.pool() + " " + p.binds() + " " + p.covered() + " "
                + String.format("%.4f", p.share()) + " " + p.licensors()).toList();
    }

    static List<String> overlaps(StandardBinding b) {
        return b.overlaps().stream().map(o -> o.a() + "/" + o.b() + " " + o.shared() + " " + o.sharedPatents()).toList();
    }

    static List<String> clusters(StandardBinding b) {
        return b.clusters().stream().map(c -> c.cluster() + " " + c.covered() + " "
                + String.format("%.4f", c.share()) + " " + c.pools()).toList();
    }

    static List<String> standards(PoolBinding b) {
        return b.standards().stream().map(s -> s.standard() + " " + s.essential() + " " + s.covered() + " "
                + String.format("%.4f", s.share()) + " " + s.unknownExpiry()).toList();
    }

    static List<String> flags(PoolBinding b) {
        return b.redFlags().stream().map(f -> f.patent() + " " + f.reason()).toList();
    }

    @Test
    void standardOnD1ByFamily() {
        StandardBinding b = binding.standard(new StandardBindingRequest("STD", D1, Unit.FAMILY));
        assertEquals(6, b.essential());
        assertEquals(1, b.unknownExpiry());
        assertEquals(List.of(
                "pool-one true 2 0.3333 [alpha, beta]",
                "pool-three false 0 0.0000 [beta]",
                "pool-two false 1 0.1667 [epsilon, gamma]"), pools(b));
        assertEquals(List.of("pool-one/pool-two 1 2"), overlaps(b));
        assertEquals(List.of("cluster-one 3 0.5000 [pool-one, pool-two]"), clusters(b));
    }

    @Test
    void standardOnD1ByPatent() {
        StandardBinding b = binding.standard(new StandardBindingRequest("STD", D1, Unit.PATENT));
        assertEquals(9, b.essential());
        assertEquals(List.of(
                "pool-one true 5 0.5556 [alpha, beta]",
                "pool-three false 1 0.1111 [beta]",
                "pool-two false 3 0.3333 [epsilon, gamma]"), pools(b));
        assertEquals(List.of("pool-one/pool-two 2 2"), overlaps(b));
        assertEquals(List.of("cluster-one 6 0.6667 [pool-one, pool-two]"), clusters(b));
    }

    @Test
    void standardOnD2() {
        StandardBinding b = binding.standard(new StandardBindingRequest("STD", D2, Unit.FAMILY));
        assertEquals(6, b.essential());
        assertEquals(List.of(
                "pool-one true 2 0.3333 [alpha, beta]",
                "pool-three false 0 0.0000 [beta]",
                "pool-two false 1 0.1667 [epsilon, gamma]"), pools(b));
        assertEquals(List.of("pool-one/pool-two 1 2"), overlaps(b));
        assertEquals(List.of("cluster-one 3 0.5000 [pool-one, pool-two]"), clusters(b));
    }

    @Test
    void aClusterCoversAFamilyNoneOfItsPoolsCoversAlone() {
        StandardBinding b = binding.standard(new StandardBindingRequest("STD-A", D1, Unit.FAMILY));
        assertEquals(2, b.essential());
        assertEquals(List.of(
                "pool-one false 1 0.5000 [alpha, beta]",
                "pool-two true 0 0.0000 [epsilon, gamma]"), pools(b));
        assertEquals(List.of(), overlaps(b));
        assertEquals(List.of("cluster-one 2 1.0000 [pool-one, pool-two]"), clusters(b));
    }

    @Test
    void aBindingPoolWithNothingToShow() {
        StandardBinding b = binding.standard(new StandardBindingRequest("OTHER", D1, Unit.FAMILY));
        assertEquals(0, b.essential());
        assertEquals(List.of("pool-three true 0 0.0000 [beta]"), pools(b));
        assertEquals(List.of(), overlaps(b));
        assertEquals(List.of(), clusters(b));
    }

    @Test
    void poolOneStillListsAnExpiredPatentAndAnUndeclaredOne() {
        PoolBinding b = binding.pool(new PoolBindingRequest("pool-one", D1, Unit.FAMILY));
        assertEquals(List.of("STD 6 2 0.3333 1"), standards(b));
        assertEquals(List.of("US4 NOT_IN_FORCE", "US8 NOT_DECLARED"), flags(b));
        assertEquals(List.of("US4 NOT_IN_FORCE", "US8 NOT_DECLARED"), flags(binding.pool(new PoolBindingRequest("pool-one", D2, Unit.FAMILY))));
    }

    @Test
    void poolTwoBindsOnlyAPart() {
        PoolBinding b = binding.pool(new PoolBindingRequest("pool-two", D1, Unit.FAMILY));
        assertEquals(List.of("STD-A 2 0 0.0000 0"), standards(b));
        assertEquals(List.of("JP7 NOT_DECLARED", "KR9 NOT_IN_FORCE", "US2 NOT_DECLARED", "US6 REJECTED"), flags(b));
        assertEquals(List.of("STD-A 4 1 0.2500 0"), standards(binding.pool(new PoolBindingRequest("pool-two", D1, Unit.PATENT))));
        PoolBinding before = binding.pool(new PoolBindingRequest("pool-two", LocalDate.parse("2017-06-01"), Unit.FAMILY));
        assertEquals(List.of(), flags(before));
        assertEquals(List.of("STD-A 2 0 0.0000 0"), standards(before));
    }

    @Test
    void poolThree() {
        PoolBinding b = binding.pool(new PoolBindingRequest("pool-three", D1, Unit.FAMILY));
        assertEquals(List.of("OTHER 0 0 0.0000 0"), standards(b));
        assertEquals(List.of("CN2 NOT_DECLARED"), flags(b));
    }

    @Test
    void unknownIds() {
        assertEquals("id", assertThrows(NotFound.class, () -> binding.standard(new StandardBindingRequest("NOPE", D1, Unit.FAMILY))).field());
        assertEquals("id", assertThrows(NotFound.class, () -> binding.pool(new PoolBindingRequest("nope", D1, Unit.FAMILY))).field());
    }
}
