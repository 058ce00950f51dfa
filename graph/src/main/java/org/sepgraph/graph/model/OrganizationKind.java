package org.sepgraph.graph.model;

/** Kind of legal entity a member is. */
public enum OrganizationKind {
    ENTERPRISE, UNIVERSITY, RESEARCH_INSTITUTE, FINANCIAL, SERVICE_AGENCY, STARTUP, GOVERNMENT, OTHER
}
