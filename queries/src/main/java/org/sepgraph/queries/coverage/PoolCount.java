package org.sepgraph.queries.coverage;

/** Members of the essential set credited to a pool (family rule: it holds every one of the family's patents in E). */
public record PoolCount(String pool, long covered) {}
