package org.sepgraph.graph.model;

/** Any legal entity: member, licensor, licensee, declarant. */
public record Organization(String id, String name, OrganizationKind kind, String country) {
    public Organization {
        id = Check.id("id", id);
        name = Check.text("name", name);
        kind = kind == null ? OrganizationKind.OTHER : kind;
        country = Check.countryCode("country", country);
    }

    /**
     * The id an import gives an organisation known only by name: its NFKC form in lower case, letters and digits
     * of every script kept (with their combining marks), every run of anything else turned into '-'
     * ({@code SK Telecom} → {@code sk-telecom}, {@code 华为技术有限公司} stays itself, {@code Société Générale} →
     * {@code société-générale}).
     */
    public static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new InvalidField("name", "'" + name + "' has no letters or digits to make an id of");
        }
        return slug;
    }
}
