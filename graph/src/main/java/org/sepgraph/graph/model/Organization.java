package org.sepgraph.graph.model;

/** Any legal entity: member, licensor, licensee, declarant. */
public record Organization(String id, String name, OrganizationKind kind, String country) {
    public Organization {
        id = Check.id("id", id);
        name = Check.text("name", name);
        kind = kind == null ? OrganizationKind.OTHER : kind;
        country = Check.countryCode("country", country);
    }

    /** The id an import gives an organisation known only by name: lower case, other runs turned into '-'. */
    public static String slug(String name) {
        String slug = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new InvalidField("name", "'" + name + "' has no letters or digits to make an id of");
        }
        return slug;
    }
}
