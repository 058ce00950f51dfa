package org.sepgraph.imports.etsi;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sepgraph.graph.kinds.EdgeKinds;
import org.sepgraph.graph.kinds.NodeKinds;
import org.sepgraph.graph.model.Assessment;
import org.sepgraph.graph.model.Countries;
import org.sepgraph.graph.model.Declaration;
import org.sepgraph.graph.model.Family;
import org.sepgraph.graph.model.InvalidField;
import org.sepgraph.graph.model.Organization;
import org.sepgraph.graph.model.Ownership;
import org.sepgraph.graph.model.Patent;
import org.sepgraph.graph.model.PatentStatus;
import org.sepgraph.graph.model.PatentType;
import org.sepgraph.graph.model.Standard;
import org.sepgraph.imports.run.ImportRun;
import org.sepgraph.imports.run.Issues;
import org.sepgraph.imports.staging.CsvInput;
import org.sepgraph.imports.staging.Merges;
import org.sepgraph.imports.staging.Parser;
import org.sepgraph.imports.staging.StagedGraph;

/**
 * ETSI's IPR database export of individual patent declarations (ISLD): one row per declaration × patent
 * application × standard version, {@code ;}- or {@code ,}-separated (detected from the header), with or without a
 * BOM; columns matched by name in any order, extra ones ignored. What a row states (DESIGN.md, "ETSI IPR database"):
 * <ul>
 *   <li>the patent is the application ({@code PATT_APPLICATION_NUMBER}); its id is its grant publication (kind
 *       B…/C…) from {@code PUBL_NUMBER} ({@code " | "}-separated), else its first publication, else the application
 *       number; GRANTED with a grant publication, else PENDING; the other publications are its aliases. Rows of
 *       one application (its grant may be listed in some rows only) are one patent;</li>
 *   <li>jurisdiction: the code {@code Country_Of_Registration} starts with; filing date {@code PBPA_APP_DATE};
 *       title {@code PBPA_TITLEEN}; type UTILITY_MODEL when a publication's kind is U or Y (also counted as its
 *       registration), else INVENTION;</li>
 *   <li>family: {@code DIPG_PATF_ID} (ETSI's family id, as is), else the declared group as {@code DIPG-<DIPG_ID>}
 *       (prefixed so the two numberings cannot collide);</li>
 *   <li>standard: {@code 3GPP <3GPP_Type> <TGPP_NUMBER>}, else {@code <WI_Type> <WOIT_ETSI_DELIVERABLE_NUMBER>},
 *       where an ETSI number {@code 1XX YYY[-P]} of a 3GPP series (XX 21–55) is the 3GPP spec {@code XX.YYY[-P]}
 *       ({@code TS 136 300} → {@code 3GPP TS 36.300}) and any other stays ETSI's ({@code ETSI TS 102 221});
 *       several numbers in one cell are separated by {@code |}; each standard is PART_OF the project whose id is
 *       the acronym of {@code ETPR_ACRONYM} ({@code "3GPP-Release-12 | GSM Phase 2+ …"}, the rest its title);</li>
 *   <li>DECLARED_ESSENTIAL (assessment DECLARED) with version {@code TGPV_VERSION}, else {@code WOIT_VERSION},
 *       declarant {@code COMP_LEGAL_NAME}, date {@code IPRD_SIGNATURE_DATE}; the declarant is an organisation
 *       (slug id) that OWNS the patent.</li>
 * </ul>
 * Dates are {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY-MM-DD}; {@code 1900-01-01} is ETSI's placeholder for an
 * unknown date: no date is stored and a warning names the line. Bad lines (refused): no application or
 * publication number, an unknown country code, no declarant, no standard, an unparseable date.
 * Warnings: two signature dates for one declaration or two filing dates for one patent (the later wins).
 */
public final class EtsiIsldParser implements Parser {
    static final String SIGNATURE_DATE = "iprd_signature_date";
    static final String COMPANY = "comp_legal_name";
    static final String DIPG_ID = "dipg_id";
    static final String PATF_ID = "dipg_patf_id";
    static final String WI_TYPE = "wi_type";
    static final String WI_NUMBER = "woit_etsi_deliverable_number";
    static final String WI_VERSION = "woit_version";
    static final String TGPP_TYPE = "3gpp_type";
    static final String TGPP_NUMBER = "tgpp_number";
    static final String TGPP_VERSION = "tgpv_version";
    static final String APPLICATION = "patt_application_number";
    static final String PUBLICATIONS = "publ_number";
    static final String TITLE = "pbpa_titleen";
    static final String COUNTRY = "country_of_registration";
    static final String APP_DATE = "pbpa_app_date";
    static final String PROJECT = "etpr_acronym";

    private static final List<String> REQUIRED = List.of(SIGNATURE_DATE, COMPANY, APPLICATION, PUBLICATIONS,
            COUNTRY);
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
    private static final Pattern KIND = Pattern.compile("^[A-Z]{2}.*\\d([A-Z]\\d?)$");
    private static final Pattern ETSI_3GPP = Pattern.compile("^1(\\d{2}) ?(\\d{3})(-\\d+)?$");
    private static final LocalDate PLACEHOLDER = LocalDate.of(1900, 1, 1);

    /** One application, gathered over its rows, with what it was declared to and who declared it. */
    private static final class PatentFacts {
        final long line;
        final String jurisdiction;
        String application;
        final Set<String> publications = new LinkedHashSet<>(4);
        String title;
        LocalDate filed;
        long filedLine;
        String family;
        long familyLine;
        /** The declarations of this application, one per standard and version (a handful: found by a scan). */
        final List<DeclarationFacts> declarations = new ArrayList<>(4);
        final List<String> owners = new ArrayList<>(1);

        PatentFacts(long line, String jurisdiction) {
            this.line = line;
            this.jurisdiction = jurisdiction;
        }

        DeclarationFacts declaration(String standard, String version) {
            for (DeclarationFacts d : declarations) {
                if (d.standard.equals(standard) && java.util.Objects.equals(d.version, version)) {
                    return d;
                }
            }
            return null;
        }
    }

    private static final class DeclarationFacts {
        final String standard;
        final String version;
        String declarant;
        LocalDate date;
        long dateLine;

        DeclarationFacts(String standard, String version) {
            this.standard = standard;
            this.version = version;
        }
    }

    /**
     * What the whole file says, keyed for merging rows. A full export is ~5 million rows stating ~4 million
     * declarations: the facts hang off their application, and the values repeated on many rows (standards, versions,
     * declarants, dates) are held once ({@link #shared}), so memory grows with the distinct facts, not the rows.
     */
    private static final class Facts {
        final Map<String, PatentFacts> patents = new LinkedHashMap<>();
        final Map<String, String> organizations = new LinkedHashMap<>();    // id -> name
        final Map<String, Standard> standards = new LinkedHashMap<>();     // id -> (body, parents)
        final Map<String, String> projects = new LinkedHashMap<>();        // id -> title (may be null)
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, LocalDate> dates = new HashMap<>();

        /** One instance of a text the rows repeat. */
        String shared(String text) {
            return text == null ? null : strings.computeIfAbsent(text, t -> t);
        }

        /** One instance of a date the rows repeat, by its cell's text. */
        LocalDate shared(String cell, LocalDate date) {
            return date == null ? null : dates.computeIfAbsent(cell, c -> date);
        }
    }

    /** Index of each column by its lower-case name. */
    private record Columns(Map<String, Integer> index) {
        String get(CsvInput.Line line, String name) {
            Integer i = index.get(name);
            return i == null ? null : line.cell(i);
        }
    }

    @Override
    public StagedGraph parse(InputStream in, ImportRun run) {
        Facts facts = new Facts();
        CsvInput csv = CsvInput.open(in, ';', ',');
        try {
            CsvInput.Line header = csv.next();
            if (header == null) {
                throw run.refuse(1, null, "the file is empty");
            }
            Columns columns = new Columns(CsvInput.columns(header.record()));
            List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !columns.index().containsKey(c))
                    .toList());
            if (!columns.index().containsKey(TGPP_NUMBER) && !columns.index().containsKey(WI_NUMBER)) {
                missing.add(TGPP_NUMBER + " or " + WI_NUMBER);
            }
            if (!missing.isEmpty()) {
                throw run.refuse(header.number(), null, "the header lacks the column(s) " + missing
                        + " (names compared without case); this is not an ETSI ISLD export");
            }
            for (CsvInput.Line line = csv.next(); line != null; line = csv.next()) {
                run.rowRead();
                read(line, columns, run.issues(), facts);
            }
        } catch (CsvInput.CsvBroken e) {
            throw run.refuse(e.line(), null, "the CSV cannot be parsed from here: " + e.getMessage());
        }
        run.refuseIfErrors();
        StagedGraph staged = stage(facts, run.issues());
        run.refuseIfErrors();
        return staged;
    }

    private static void read(CsvInput.Line line, Columns c, Issues issues, Facts facts) {
        long n = line.number();
        long errorsBefore = issues.errorCount();

        String application = number(c.get(line, APPLICATION));
        List<String> publications = new ArrayList<>();
        String pubCell = c.get(line, PUBLICATIONS);
        if (pubCell != null) {
            for (String p : pubCell.split("\\|")) {
                String pub = number(p);
                if (pub != null) {
                    publications.add(pub);
                }
            }
        }
        if (application == null && publications.isEmpty()) {
            issues.error(n, "PATT_APPLICATION_NUMBER", "neither an application number nor a publication number");
        }
        String countryCell = c.get(line, COUNTRY);
        String jurisdiction = null;
        if (countryCell == null) {
            String first = !publications.isEmpty() ? publications.get(0) : application;
            jurisdiction = first == null || first.length() < 2 ? null : Countries.known(first.substring(0, 2));
            if (jurisdiction == null && first != null) {
                issues.error(n, "Country_Of_Registration", "the country of registration is blank and the number '"
                        + first + "' does not start with a known code");
            }
        } else {
            String code = countryCell.split("\\s+", 2)[0];
            jurisdiction = Countries.known(code);
            if (jurisdiction == null) {
                issues.error(n, "Country_Of_Registration", "unknown country code '" + code + "' in '"
                        + countryCell + "'");
            }
        }
        String company = c.get(line, COMPANY);
        String organization = null;
        if (company == null) {
            issues.error(n, "COMP_LEGAL_NAME", "the declaring company is blank");
        } else {
            try {
                organization = Organization.slug(company);
            } catch (InvalidField e) {
                issues.error(n, "COMP_LEGAL_NAME", e.getMessage());
            }
        }
        LocalDate signed = facts.shared(c.get(line, SIGNATURE_DATE), date(line, c, SIGNATURE_DATE,
                "IPRD_SIGNATURE_DATE", issues));
        LocalDate filed = date(line, c, APP_DATE, "PBPA_APP_DATE", issues);
        List<String> standards = new ArrayList<>();
        String version = null;
        String tgppNumber = c.get(line, TGPP_NUMBER);
        String wiNumber = c.get(line, WI_NUMBER);
        if (tgppNumber != null) {
            String type = or(c.get(line, TGPP_TYPE), "TS");
            for (String number : tgppNumber.split("\\|")) {
                if (!number.isBlank()) {
                    standards.add(facts.shared(tgpp(type, number.strip())));
                }
            }
            version = facts.shared(c.get(line, TGPP_VERSION));
        } else if (wiNumber != null) {
            String type = or(c.get(line, WI_TYPE), "TS");
            for (String number : wiNumber.split("\\|")) {
                if (!number.isBlank()) {
                    standards.add(facts.shared(etsi(type, number.strip())));
                }
            }
            version = facts.shared(c.get(line, WI_VERSION));
        }
        if (standards.isEmpty()) {
            issues.error(n, "TGPP_NUMBER", "no standard: both TGPP_NUMBER and WOIT_ETSI_DELIVERABLE_NUMBER are blank");
        }
        if (issues.errorCount() > errorsBefore) {
            return;
        }

        // the project the standards belong to
        String project = null;
        String projectCell = c.get(line, PROJECT);
        if (projectCell != null) {
            String[] parts = projectCell.split("\\s*\\|\\s*", 2);
            project = parts[0].strip();
            if (project.isEmpty()) {
                project = null;
            } else {
                String title = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
                facts.projects.merge(project, title == null ? "" : title, (a, b) -> a.isEmpty() ? b : a);
            }
        }
        for (String id : standards) {
            Standard known = facts.standards.get(id);
            TreeSet<String> parents = new TreeSet<>(known == null ? List.of() : known.partOf());
            if (project != null && !project.equals(id)) {
                parents.add(project);
            }
            facts.standards.put(id, new Standard(id, id.startsWith("3GPP ") ? "3GPP" : "ETSI", null,
                    List.copyOf(parents)));
        }

        // the patent: one per application (per first publication when the application number is unknown)
        String key = application != null ? jurisdiction + ":" + application : jurisdiction + ":" + publications.get(0);
        PatentFacts p = facts.patents.get(key);
        if (p == null) {
            p = new PatentFacts(n, jurisdiction);
            p.application = application;
            p.title = c.get(line, TITLE);
            facts.patents.put(key, p);
        }
        p.publications.addAll(publications);
        if (p.title == null) {
            p.title = c.get(line, TITLE);
        }
        company = facts.shared(company);
        organization = facts.shared(organization);
        if (filed != null) {
            if (p.filed != null && !p.filed.equals(filed)) {
                LocalDate later = filed.isAfter(p.filed) ? filed : p.filed;
                issues.warn(n, "PBPA_APP_DATE", "application " + key + " was filed " + p.filed + " on line "
                        + p.filedLine + " and " + filed + " on line " + n + "; the later date, " + later
                        + ", is kept");
            }
            if (p.filed == null || filed.isAfter(p.filed)) {
                p.filed = filed;
                p.filedLine = n;
            }
        }
        String patf = c.get(line, PATF_ID);
        String dipg = c.get(line, DIPG_ID);
        String family = patf != null ? patf : dipg != null ? "DIPG-" + dipg : null;
        if (family != null) {
            if (p.family == null) {
                p.family = family;
                p.familyLine = n;
            } else if (!p.family.equals(family) && patf != null && p.family.startsWith("DIPG-")) {
                p.family = family;     // ETSI's family id beats a declared group
                p.familyLine = n;
            } else if (!p.family.equals(family) && !family.startsWith("DIPG-")) {
                issues.warn(n, "DIPG_PATF_ID", "application " + key + " is in family " + p.family + " on line "
                        + p.familyLine + " and in " + family + " here; " + p.family + " is kept");
            }
        }
        facts.organizations.putIfAbsent(organization, company);
        if (!p.owners.contains(organization)) {
            p.owners.add(organization);
        }

        for (String standard : standards) {
            DeclarationFacts d = p.declaration(standard, version);
            if (d == null) {
                d = new DeclarationFacts(standard, version);
                d.declarant = company;
                d.date = signed;
                d.dateLine = n;
                p.declarations.add(d);
            } else if (signed != null && !signed.equals(d.date)) {
                if (d.date != null) {
                    LocalDate later = signed.isAfter(d.date) ? signed : d.date;
                    issues.warn(n, "IPRD_SIGNATURE_DATE", "the declaration of " + key + " to " + standard
                            + (version == null ? "" : " " + version) + " is dated " + d.date + " on line "
                            + d.dateLine + " and " + signed + " on line " + n + "; the later date, " + later
                            + ", is kept");
                }
                if (d.date == null || signed.isAfter(d.date)) {
                    d.date = signed;
                    d.dateLine = n;
                    d.declarant = company;
                }
            }
        }
    }

    /** A number cell normalised, or null when blank or ETSI's "Pending". */
    private static String number(String cell) {
        if (cell == null || cell.isBlank() || cell.strip().equalsIgnoreCase("pending")) {
            return null;
        }
        return Patent.normalise("number", cell);
    }

    private static LocalDate date(CsvInput.Line line, Columns c, String column, String field, Issues issues) {
        String cell = c.get(line, column);
        if (cell == null) {
            return null;
        }
        Matcher m = DATE.matcher(cell);
        try {
            if (m.matches()) {
                LocalDate d = LocalDate.parse(m.group(1));
                if (d.equals(PLACEHOLDER)) {
                    issues.warn(line.number(), field, "1900-01-01 is ETSI's placeholder for an unknown date; "
                            + "no date is stored");
                    return null;
                }
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        issues.error(line.number(), field, "'" + cell + "' is not a date written YYYY-MM-DD[ HH:MM:SS]");
        return null;
    }

    /** {@code 3GPP TS 36.300} from the type and number columns of the 3GPP part. */
    static String tgpp(String type, String number) {
        String t = type.strip();
        return (t.toUpperCase(Locale.ROOT).startsWith("3GPP") ? t : "3GPP " + t) + " " + number;
    }

    /** ETSI deliverable {@code TS 136 300} → {@code 3GPP TS 36.300}; others {@code ETSI TS 102 221}. */
    static String etsi(String type, String number) {
        String t = type.strip().toUpperCase(Locale.ROOT).replaceFirst("^ETSI\\s+", "");
        Matcher m = ETSI_3GPP.matcher(number);
        if (m.matches() && (t.equals("TS") || t.equals("TR"))) {
            int series = Integer.parseInt(m.group(1));
            if (series >= 21 && series <= 55) {
                return "3GPP " + t + " " + m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : m.group(3));
            }
        }
        return "ETSI " + t + " " + number;
    }

    private static StagedGraph stage(Facts facts, Issues issues) {
        StagedGraph g = new StagedGraph();
        var orgs = g.nodes(NodeKinds.ORGANIZATION, Merges::keepStored);
        var families = g.nodes(NodeKinds.FAMILY, Merges::keepStored);
        var standards = g.nodes(NodeKinds.STANDARD, Merges::standard);
        var patents = g.nodes(NodeKinds.PATENT, Merges::patent);
        var ownerships = g.edges(EdgeKinds.OWNERSHIPS, Merges::ownership);
        var declarations = g.edges(EdgeKinds.DECLARATIONS, Merges::declaration);

        facts.organizations.forEach((id, name) -> orgs.put(new Organization(id, name, null, null)));
        facts.projects.forEach((id, title) -> {
            if (!facts.standards.containsKey(id)) {
                standards.put(new Standard(id, null, title.isEmpty() ? null : title, List.of()));
            }
        });
        facts.standards.values().forEach(standards::put);

        // each application's facts are dropped once staged, so the file's facts and the staged graph are not both
        // held whole
        for (var it = facts.patents.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, PatentFacts> e = it.next();
            it.remove();
            PatentFacts p = e.getValue();
            String grant = null;
            boolean utilityModel = false;
            for (String pub : p.publications) {
                String kind = kind(pub);
                if (kind != null && (kind.startsWith("B") || kind.startsWith("C") || kind.startsWith("U")
                        || kind.startsWith("Y"))) {
                    grant = grant == null ? pub : grant;
                }
                utilityModel |= kind != null && (kind.startsWith("U") || kind.startsWith("Y"));
            }
            String id = grant != null ? grant : !p.publications.isEmpty() ? p.publications.iterator().next()
                    : p.application;
            Patent previous = patents.get(id);
            List<String> aliases = new ArrayList<>(p.publications);
            if (previous != null) {
                issues.warn(p.line, "PUBL_NUMBER", "application " + e.getKey() + " has the same publication " + id
                        + " as another application; they are one patent");
                aliases.addAll(previous.aliases());
            }
            if (p.family != null) {
                families.put(new Family(p.family));
            }
            patents.put(new Patent(id, p.jurisdiction, utilityModel ? PatentType.UTILITY_MODEL : null, p.title,
                    p.filed, null, null, grant != null ? PatentStatus.GRANTED : PatentStatus.PENDING,
                    p.family != null ? p.family : previous == null ? null : previous.family(), aliases));
            p.owners.forEach(o -> ownerships.put(new Ownership(o, id, null)));
            for (DeclarationFacts d : p.declarations) {
                Declaration declaration = new Declaration(id, d.standard, d.declarant, d.date, d.version,
                        Assessment.DECLARED, null, null, null);
                // two applications that are one patent, declared to one version: the later date wins, as for the
                // rows of one application
                Declaration staged = declarations.get(declaration);
                if (staged == null || d.date != null && (staged.date() == null || d.date.isAfter(staged.date()))) {
                    declarations.put(declaration);
                }
            }
        }
        return g;
    }

    /** The kind code a normalised publication number ends with ({@code JP5781016B2} → {@code B2}), or null. */
    static String kind(String publication) {
        Matcher m = KIND.matcher(publication);
        return m.matches() ? m.group(1) : null;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
