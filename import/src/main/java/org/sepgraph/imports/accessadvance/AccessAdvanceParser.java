package org.sepgraph.imports.accessadvance;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Binding;
import org.sepgraph.graph.model.Check;
import org.sepgraph.graph.model.Countries;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Family;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Licensor;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.Pool;
import org.sepgraph.graph.model.PoolPatent;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.staging.CsvInput;
import org.sepgraph.imports.staging.Merges;
import org.sepgraph.imports.staging.Parser;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * The patent list Access Advance publishes for a pool (HEVC Advance, VVC Advance): a disclaimer row, a header row,
 * then one row per evaluated claim with the columns {@code Profile, Country, Patent Number, Claim Number, Category,
 * Licensor, Est. Exp. Date (yyyymmdd), Representative … Sections} (matched by name; the two counting columns are
 * ignored). What a file states:
 * <ul>
 *   <li>pool {@code pool} (created with {@code poolName}, administrator {@code administrator} when missing) BINDS
 *       standard {@code standard}; each Profile is a standard {@code "<standard> <Profile>"} PART_OF it;</li>
 *   <li>each Patent Number is a patent (GRANTED when new: the evaluator read its claims; jurisdiction = Country;
 *       expiry = the latest Est. Exp. Date given for it, blank = unknown); a national validation
 *       {@code DK-EP2903273} is in the family {@code EP2903273}; other patents get no family from the list
 *       (each then counts as a family of its own, and a family stored from another source is kept);</li>
 *   <li>the patent is IN_POOL (open range), DECLARED_ESSENTIAL to each of its profiles with assessment CONFIRMED,
 *       version "" , declarant = the Licensor cell, claims = its claim numbers, categories = its categories and
 *       sections = the union of its representative sections, in file order;</li>
 *   <li>each licensor named in the Licensor cell ({@code "ETRI, KAIST"} = two) is an organisation (id by the
 *       slug rule) that OWNS the patent and is LICENSOR_OF the pool.</li>
 * </ul>
 * Bad lines (refused): blank Patent Number, Profile or Licensor; unknown Country; an expiry that is not a date.
 * Warnings: one patent with two expiry dates (the later wins), or with two countries.
 */
public final class AccessAdvanceParser implements Parser {
    public static final String POOL = "pool";
    public static final String STANDARD = "standard";
    public static final String POOL_NAME = "poolName";
    public static final String ADMINISTRATOR = "administrator";
    public static final String LIST_DATE = "listDate";

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int HEADER_SEARCH = 20;

    /** The columns the reader needs, found by name in the header row. */
    private record Columns(int profile, int country, int number, int claim, int category, int licensor, int expiry,
                           int sections) {}

    /** Everything the file says about one patent, gathered over its rows. */
    private static final class PatentFacts {
        final String id;
        final long line;
        final String country;
        LocalDate expires;
        long expiresLine;
        final Set<String> owners = new LinkedHashSet<>();
        final Map<String, DeclarationFacts> byProfile = new LinkedHashMap<>();

        PatentFacts(String id, long line, String country) {
            this.id = id;
            this.line = line;
            this.country = country;
        }
    }

    private static final class DeclarationFacts {
        final String licensorCell;
        final Set<String> claims = new LinkedHashSet<>();
        final Set<String> categories = new LinkedHashSet<>();
        final Set<String> sections = new LinkedHashSet<>();

        DeclarationFacts(String licensorCell) {
            this.licensorCell = licensorCell;
        }
    }

    @Override
    public StagedGraph parse(InputStream in, ImportRun run) {
        ImportOptions options = run.options();
        String poolId = id(POOL, options.require(POOL, "the id of the pool this list belongs to"));
        String standardId = id(STANDARD, options.require(STANDARD, "the id of the standard the pool licenses"));
        String poolName = options.parameter(POOL_NAME) == null ? poolId : options.parameter(POOL_NAME);
        LocalDate listDate = listDate(options.parameter(LIST_DATE));
        String administrator = options.parameter(ADMINISTRATOR) == null ? "Access Advance"
                : options.parameter(ADMINISTRATOR);

        Map<String, PatentFacts> patents = new LinkedHashMap<>();
        Map<String, String> organizations = new LinkedHashMap<>();   // id -> name as first written
        Set<String> profiles = new LinkedHashSet<>();
        CsvInput csv = CsvInput.open(in, ',', ';');
        try {
            Columns columns = header(csv, run);
            for (CsvInput.Line line = csv.next(); line != null; line = csv.next()) {
                run.rowRead();
                read(line, columns, run, patents, organizations, profiles);
            }
        } catch (CsvInput.CsvBroken e) {
            throw run.refuse(e.line(), null, "the CSV cannot be parsed from here: " + e.getMessage());
        }
        if (run.rows() == 0 && !run.issues().hasErrors()) {
            throw run.refuse(1, null, "the list has a header but no patent rows");
        }
        run.refuseIfErrors();
        StagedGraph staged = stage(poolId, poolName, administrator, standardId, patents, organizations, profiles,
                listDate);
        staged.poolList(poolId, listDate);
        return staged;
    }

    private static String id(String field, String value) {
        try {
            return Check.id(field, value);
        } catch (InvalidField e) {
            throw new InvalidField(field, e.getMessage());
        }
    }

    private static Columns header(CsvInput csv, ImportRun run) {
        for (int i = 0; i < HEADER_SEARCH; i++) {
            CsvInput.Line line = csv.next();
            if (line == null) {
                break;
            }
            CSVRecord h = line.record();
            int number = CsvInput.find(h, "patent number"::equals);
            if (number < 0) {
                continue;   // the disclaimer, or other text above the header
            }
            Columns c = new Columns(CsvInput.find(h, "profile"::equals), CsvInput.find(h, "country"::equals), number,
                    CsvInput.find(h, "claim number"::equals), CsvInput.find(h, "category"::equals),
                    CsvInput.find(h, "licensor"::equals), CsvInput.find(h, k -> k.startsWith("est. exp")),
                    CsvInput.find(h, k -> k.startsWith("representative")));
            List<String> missing = new ArrayList<>();
            if (c.profile() < 0) {
                missing.add("Profile");
            }
            if (c.country() < 0) {
                missing.add("Country");
            }
            if (c.licensor() < 0) {
                missing.add("Licensor");
            }
            if (c.expiry() < 0) {
                missing.add("Est. Exp. Date");
            }
            if (!missing.isEmpty()) {
                throw run.refuse(line.number(), null, "the header row lacks the column(s) " + missing
                        + "; it has " + CsvInput.keys(h));
            }
            return c;
        }
        throw run.refuse(1, null, "no header row with a 'Patent Number' column in the first " + HEADER_SEARCH
                + " rows: this is not an Access Advance patent list");
    }

    private static void read(CsvInput.Line line, Columns c, ImportRun run, Map<String, PatentFacts> patents,
                             Map<String, String> organizations, Set<String> profiles) {
        long n = line.number();
        var issues = run.issues();
        long errorsBefore = issues.errorCount();
        String number = line.cell(c.number());
        String profile = line.cell(c.profile());
        String licensor = line.cell(c.licensor());
        String countryCell = line.cell(c.country());
        String expiryCell = line.cell(c.expiry());
        String id = null;
        if (number == null) {
            issues.error(n, "Patent Number", "the patent number is blank");
        } else {
            try {
                id = Patent.normalise("Patent Number", number);
            } catch (InvalidField e) {
                issues.error(n, "Patent Number", e.getMessage());
            }
        }
        if (profile == null) {
            issues.error(n, "Profile", "the profile is blank");
        }
        List<String> owners = new ArrayList<>();
        if (licensor == null) {
            issues.error(n, "Licensor", "the licensor is blank");
        } else {
            for (String name : licensor.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    String slug = Organization.slug(name);
                    organizations.putIfAbsent(slug, name.strip());
                    owners.add(slug);
                } catch (InvalidField e) {
                    issues.error(n, "Licensor", e.getMessage());
                }
            }
        }
        String country = null;
        if (countryCell == null) {
            issues.error(n, "Country", "the country is blank");
        } else {
            country = Countries.known(countryCell);
            if (country == null) {
                issues.error(n, "Country", "unknown country code '" + countryCell + "'");
            }
        }
        LocalDate expires = null;
        if (expiryCell != null) {
            try {
                expires = LocalDate.parse(expiryCell, YYYYMMDD);
            } catch (DateTimeParseException e) {
                issues.error(n, "Est. Exp. Date", "'" + expiryCell + "' is not a date written yyyymmdd");
            }
        }
        if (issues.errorCount() > errorsBefore) {
            return;
        }
        profiles.add(profile);
        PatentFacts p = patents.get(id);
        if (p == null) {
            p = new PatentFacts(id, n, country);
            patents.put(id, p);
        } else if (!p.country.equals(country)) {
            issues.warn(n, "Country", "patent " + id + " is listed under " + p.country + " on line " + p.line
                    + " and under " + country + " here; " + p.country + " is kept");
        }
        if (expires != null) {
            if (p.expires == null) {
                p.expires = expires;
                p.expiresLine = n;
            } else if (!p.expires.equals(expires)) {
                LocalDate later = expires.isAfter(p.expires) ? expires : p.expires;
                issues.warn(n, "Est. Exp. Date", "patent " + id + " expires " + p.expires + " on line "
                        + p.expiresLine + " and " + expires + " on line " + n + "; the later date, " + later
                        + ", is kept");
                if (expires.isAfter(p.expires)) {
                    p.expires = expires;
                    p.expiresLine = n;
                }
            }
        }
        p.owners.addAll(owners);
        DeclarationFacts d = p.byProfile.computeIfAbsent(profile, k -> new DeclarationFacts(licensor));
        String claim = line.cell(c.claim());
        if (claim != null) {
            d.claims.add(claim);
        }
        String category = line.cell(c.category());
        if (category != null) {
            d.categories.add(category);
        }
        String sections = line.cell(c.sections());
        if (sections != null) {
            for (String s : sections.split(",")) {
                if (!s.isBlank()) {
                    d.sections.add(s.strip());
                }
            }
        }
    }

    /** The date the list states the pool's contents on: the parameter, else today. */
    private static LocalDate listDate(String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidField(LIST_DATE, LIST_DATE + " must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static StagedGraph stage(String poolId, String poolName, String administrator, String standardId,
                                     Map<String, PatentFacts> patents, Map<String, String> organizations,
                                     Set<String> profiles, LocalDate listDate) {
        StagedGraph g = new StagedGraph();
        var pools = g.nodes(NodeKinds.POOL, Merges::keepStored);
        var standards = g.nodes(NodeKinds.STANDARD, Merges::standard);
        var orgs = g.nodes(NodeKinds.ORGANIZATION, Merges::keepStored);
        var families = g.nodes(NodeKinds.FAMILY, Merges::keepStored);
        var patentStage = g.nodes(NodeKinds.PATENT, Merges::patent);
        var ownerships = g.edges(EdgeKinds.OWNERSHIPS, Merges::ownership);
        var inPool = g.edges(EdgeKinds.POOL_PATENTS, Merges.poolListEntry(listDate));
        var licensors = g.edges(EdgeKinds.LICENSORS, Merges::keepStored);
        var bindings = g.edges(EdgeKinds.BINDINGS, Merges::keepStored);
        var declarations = g.edges(EdgeKinds.DECLARATIONS, Merges::declaration);

        pools.put(new Pool(poolId, poolName, administrator, null));
        String body = standardId.contains(" ") ? standardId.substring(0, standardId.indexOf(' ')) : null;
        standards.put(new Standard(standardId, body, null, List.of()));
        bindings.put(new Binding(poolId, standardId));
        for (String profile : profiles) {
            standards.put(new Standard(part(standardId, profile), body, profile, List.of(standardId)));
        }
        organizations.forEach((id, name) -> {
            orgs.put(new Organization(id, name, null, null));
        });
        for (PatentFacts p : patents.values()) {
            String family = Patent.europeanParent(p.id);
            if (family != null) {
                families.put(new Family(family));
            }
            patentStage.put(new Patent(p.id, p.country, null, null, null, null, p.expires, PatentStatus.GRANTED,
                    family, null));
            inPool.put(new PoolPatent(poolId, p.id, null, null));
            for (String owner : p.owners) {
                ownerships.put(new Ownership(owner, p.id, null));
                licensors.put(new Licensor(owner, poolId));
            }
            p.byProfile.forEach((profile, d) -> declarations.put(new Declaration(p.id, part(standardId, profile),
                    d.licensorCell, null, null, Assessment.CONFIRMED, List.copyOf(d.claims),
                    List.copyOf(d.categories), d.sections.isEmpty() ? null : String.join(", ", d.sections))));
        }
        return g;
    }

    /** The id of a profile of the standard: {@code ITU-T H.265} and {@code Main/Main10} → {@code ITU-T H.265 Main/Main10}. */
    public static String part(String standard, String profile) {
        return standard + " " + profile;
    }
}
