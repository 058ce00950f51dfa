package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.InvalidField;

class ParamsTest {
    @Test
    void unit() {
        assertEquals(Unit.FAMILY, Params.unit(null));
        assertEquals(Unit.FAMILY, Params.unit(" "));
        assertEquals(Unit.PATENT, Params.unit("patent"));
        assertEquals(Unit.FAMILY, Params.unit("Family"));
        assertEquals("unit", assertThrows(InvalidField.class, () -> Params.unit("families")).field());
    }

    @Test
    void territories() {
        assertEquals(Set.of(), Params.territories(null));
        assertEquals(Set.of("DE", "FR", "US"), Params.territories(List.of("de,fr", " US ")));
        assertEquals(Set.of("EP"), Params.territories(Arrays.asList("EP", null, "")));
        assertEquals("territory", assertThrows(InvalidField.class, () -> Params.territories(List.of("USA"))).field());
        assertEquals("territory", assertThrows(InvalidField.class, () -> Params.territories(List.of("D1"))).field());
    }

    @Test
    void maxDepth() {
        assertEquals(3, Params.maxDepth(null));
        assertEquals(0, Params.maxDepth(0));
        assertEquals(6, Params.maxDepth(6));
        assertEquals("maxDepth", assertThrows(InvalidField.class, () -> Params.maxDepth(7)).field());
        assertEquals("maxDepth", assertThrows(InvalidField.class, () -> Params.maxDepth(-1)).field());
    }

    @Test
    void asOf() {
        assertEquals(LocalDate.parse("2020-06-01"), Params.asOf("2020-06-01"));
        assertEquals(LocalDate.now(), Params.asOf(null));
        assertEquals("asOf", assertThrows(InvalidField.class, () -> Params.asOf("2020-13-01")).field());
        assertEquals("asOf", assertThrows(InvalidField.class, () -> Params.asOf("01/06/2020")).field());
    }
}
