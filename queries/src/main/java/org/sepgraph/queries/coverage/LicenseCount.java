package org.sepgraph.queries.coverage;

/** Members of the essential set credited to a licence (family rule: it lawfully includes every one of the family's patents in E). */
public record LicenseCount(String license, long covered) {}
