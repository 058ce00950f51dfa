package org.sepgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sepgraph.graph.model.Page;
import org.sepgraph.graph.store.GraphStore;
import org.sepgraph.graph.store.TestStore;
import org.sepgraph.imports.ImportFormat;
import org.sepgraph.imports.Imports;
import org.sepgraph.imports.run.ImportOptions;
import org.sepgraph.queries.coverage.CoverageSeriesRequest;
import org.sepgraph.queries.engine.Engine;
import org.sepgraph.queries.engine.Snapshot;
import org.sepgraph.queries.landscape.DeclarantCount;
import org.sepgraph.queries.landscape.Declarants;
import org.sepgraph.queries.landscape.DeclarantsQuestion;
import org.sepgraph.queries.landscape.DeclarantsRequest;
import org.sepgraph.queries.landscape.JurisdictionCount;
import org.sepgraph.queries.landscape.Landscape;
import org.sepgraph.queries.landscape.LandscapeQuestion;
import org.sepgraph.queries.landscape.LandscapeRequest;
import org.sepgraph.queries.landscape.YearCount;
import org.sepgraph.queries.reach.ReachSeriesRequest;

/**
 * The landscape questions on the real sources against counts made here, from the files themselves with Commons CSV
 * and the rules of DESIGN.md applied directly (neither the importer nor the engine computes an expected number):
 * the HEVC Advance list's expiries per year and jurisdictions (issue 14), the ETSI sample's declarants; and coverage
 * and reach series on them equal to the single answers, point by point.
 */
class LandscapeSourcesTest {
    static final String HEVC = "ITU-T H.265";
    static final Page.Request ALL = Page.Request.of(0, 1000);

    private static Snapshot snapshot;

    @BeforeAll
    static void importBoth() throws IOException {
        GraphStore store = TestStore.clean();
        try (InputStream in = Files.newInputStream(EquivalenceTest.shared(
                "data/hevc-advance-patent-list-2022-02-04.csv"))) {
            new Imports(store).run(ImportFormat.ACCESS_ADVANCE, in, ImportOptions.of(Map.of("pool", "hevc-advance",
                    "standard", HEVC)));
        }
        try (InputStream in = Files.newInputStream(etsiSample())) {
            new Imports(store).run(ImportFormat.ETSI_ISLD, in, ImportOptions.defaults());
        }
        Engine engine = new Engine(store);
        engine.load();
        snapshot = engine.current();
    }

    static Path etsiSample() {
        return Path.of("../import/src/test/resources/etsi-isld-sample.csv");
    }

    // ---- the HEVC list, read here --------------------------------------------------------------------------------

    /** One patent of the list as the file states it: its country (first row's), its latest expiry (null: none). */
    private record Listed(String number, String country, LocalDate expires) {}

    /** Every patent of the list: rows after the header row, keyed by the number normalised (DESIGN.md identity). */
    static Map<String, Listed> hevcList() throws IOException {
        Map<String, Listed> out = new LinkedHashMap<>();
        try (CSVParser csv = CSVFormat.DEFAULT.parse(text(EquivalenceTest.shared(
                "data/hevc-advance-patent-list-2022-02-04.csv")))) {
            Map<String, Integer> column = null;
            for (CSVRecord r : csv) {
                if (column == null) {
                    if (r.stream().anyMatch(c -> c.strip().equals("Patent Number"))) {
                        column = new HashMap<>();
                        for (int i = 0; i < r.size(); i++) {
                            column.put(r.get(i).strip(), i);
                        }
                    }
                    continue; // the disclaimer above the header
                }
                String number = r.get(column.get("Patent Number")).toUpperCase(Locale.ROOT).replaceAll("[\\s,.]", "");
                String country = r.get(column.get("Country")).strip();
                String cell = r.get(column.get("Est. Exp. Date")).strip();
                LocalDate expires = cell.isEmpty() ? null : LocalDate.parse(cell, DateTimeFormatter.BASIC_ISO_DATE);
                Listed known = out.get(number);
                if (known == null) {
                    out.put(number, new Listed(number, country, expires));
                } else if (expires != null && (known.expires() == null || expires.isAfter(known.expires()))) {
                    out.put(number, new Listed(number, known.country(), expires)); // the later date wins
                }
            }
        }
        return out;
    }

    /** The family a listed patent counts in: a validation XX-EPn is in EPn's, anything else alone (PATENT: alone). */
    private static String family(String number, Unit unit) {
        Matcher m = Pattern.compile("^[A-Z]{2}-(EP.+)$").matcher(number);
        return unit == Unit.FAMILY && m.matches() ? "F:" + m.group(1) : "P:" + number;
    }

    /** What the landscape must say about the list on a date, counted from the file. */
    private record Expected(long essential, long unknown, List<YearCount> expiries,
                            List<JurisdictionCount> byCountry) {}

    private static Expected expected(Map<String, Listed> list, LocalDate asOf, Unit unit) {
        // E: every listed patent is granted and confirmed essential; in force unless it expired before asOf
        Map<String, List<Listed>> members = new TreeMap<>();
        for (Listed p : list.values()) {
            if (p.expires() == null || !p.expires().isBefore(asOf)) {
                members.computeIfAbsent(family(p.number(), unit), k -> new ArrayList<>()).add(p);
            }
        }
        TreeMap<Integer, Long> years = new TreeMap<>();
        Map<String, Long> countries = new HashMap<>();
        long unknown = 0;
        for (List<Listed> patents : members.values()) {
            boolean anyUnknown = patents.stream().anyMatch(p -> p.expires() == null);
            if (anyUnknown) {
                unknown++;
            } else {
                int year = patents.stream().map(Listed::expires).max(Comparator.naturalOrder()).get().getYear();
                years.merge(year, 1L, Long::sum);
            }
            patents.stream().map(Listed::country).distinct().forEach(c -> countries.merge(c, 1L, Long::sum));
        }
        List<YearCount> expiries = new ArrayList<>();
        for (int y = asOf.getYear(); !years.isEmpty() && y <= years.lastKey(); y++) {
            expiries.add(new YearCount(y, years.getOrDefault(y, 0L)));
        }
        List<JurisdictionCount> byCountry = new ArrayList<>();
        countries.forEach((c, n) -> byCountry.add(new JurisdictionCount(c, n)));
        byCountry.sort(Comparator.comparingLong(JurisdictionCount::count).reversed()
                .thenComparing(JurisdictionCount::jurisdiction));
        return new Expected(members.size(), unknown, expiries, byCountry);
    }

    @Test
    void hevcExpiriesAndJurisdictionsAreTheListsOwn() throws IOException {
        Map<String, Listed> list = hevcList();
        assertEquals(17_361, list.size());
        int checked = 0;
        for (LocalDate asOf : List.of(LocalDate.parse("2022-02-04"), LocalDate.parse("2030-01-01"))) {
            for (Unit unit : Unit.values()) {
                Expected want = expected(list, asOf, unit);
                Landscape got = LandscapeQuestion.landscape(snapshot, new LandscapeRequest(HEVC, asOf, null, unit,
                        ALL));
                String what = asOf + " " + unit;
                assertEquals(want.essential(), got.essential(), what + " essential");
                assertEquals(want.unknown(), got.unknownExpiry(), what + " unknownExpiry");
                assertEquals(want.expiries(), got.expiries(), what + " expiries");
                assertEquals(want.byCountry(), got.byJurisdiction(), what + " byJurisdiction");
                checked++;
            }
        }
        assertEquals(4, checked);
        // by patent the list's 437 patents without an expiry are all in E
        assertEquals(437, LandscapeQuestion.landscape(snapshot, new LandscapeRequest(HEVC,
                LocalDate.parse("2022-02-04"), null, Unit.PATENT, ALL)).unknownExpiryPatents());
    }

    // ---- the ETSI sample, read here ------------------------------------------------------------------------------

    /** One declaration (patent, standard, version) with the declarant of its latest signature, or the first. */
    private static final class Declaration {
        final String patent;
        final String standard;
        String company;
        LocalDate date;

        Declaration(String patent, String standard, String company, LocalDate date) {
            this.patent = patent;
            this.standard = standard;
            this.company = company;
            this.date = date;
        }
    }

    /** The sample as DESIGN.md reads an ISLD export. */
    private record Isld(List<Declaration> declarations, Map<String, String> families,
                        Map<String, Set<String>> projects) {}

    static Isld isld() throws IOException {
        String text = read(etsiSample());
        char delimiter = text.substring(0, text.indexOf('\n')).contains(";") ? ';' : ',';
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        Map<String, String> families = new HashMap<>();
        Map<String, Set<String>> projects = new HashMap<>();
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text))) {
            Map<String, String> names = new HashMap<>();
            csv.getHeaderNames().forEach(h -> names.put(h.strip().toLowerCase(Locale.ROOT), h));
            for (CSVRecord r : csv) {
                java.util.function.Function<String, String> cell = name -> {
                    String v = r.get(names.get(name));
                    return v == null || v.isBlank() ? null : v.strip();
                };
                String company = cell.apply("comp_legal_name");
                String signed = cell.apply("iprd_signature_date");
                LocalDate date = signed == null ? null : LocalDate.parse(signed.substring(0, 10));
                if (LocalDate.of(1900, 1, 1).equals(date)) {
                    date = null; // ETSI's placeholder for an unknown date
                }
                String country = cell.apply("country_of_registration").split(" ")[0];
                String application = number(cell.apply("patt_application_number"));
                List<String> publications = new ArrayList<>();
                String cellOfPublications = cell.apply("publ_number");
                for (String pub : cellOfPublications == null ? new String[0] : cellOfPublications.split("\\|")) {
                    String n = number(pub);
                    if (n != null) {
                        publications.add(n);
                    }
                }
                // the patent is the application (by country), else its first publication
                String patent = country + ":" + (application != null ? application : publications.get(0));
                String patf = cell.apply("dipg_patf_id");
                String group = cell.apply("dipg_id");
                String family = patf != null ? patf : group != null ? "DIPG-" + group : null;
                if (family != null && (!families.containsKey(patent)
                        || families.get(patent).startsWith("DIPG-") && patf != null)) {
                    families.put(patent, family); // ETSI's family id, else the declared group
                }
                List<String> standards = new ArrayList<>();
                String version;
                if (cell.apply("tgpp_number") != null) {
                    for (String n : cell.apply("tgpp_number").split("\\|")) {
                        standards.add("3GPP " + cell.apply("3gpp_type") + " " + n.strip());
                    }
                    version = cell.apply("tgpv_version");
                } else {
                    String type = cell.apply("wi_type") == null ? "TS" : cell.apply("wi_type");
                    for (String n : cell.apply("woit_etsi_deliverable_number").split("\\|")) {
                        standards.add(etsi(type, n.strip()));
                    }
                    version = cell.apply("woit_version");
                }
                String project = cell.apply("etpr_acronym") == null ? null
                        : cell.apply("etpr_acronym").split("\\|")[0].strip();
                for (String standard : standards) {
                    if (project != null) {
                        projects.computeIfAbsent(project, k -> new TreeSet<>()).add(standard);
                    }
                    String key = patent + "|" + standard + "|" + (version == null ? "" : version);
                    Declaration d = declarations.get(key);
                    if (d == null) {
                        declarations.put(key, new Declaration(patent, standard, company, date));
                    } else if (date != null && (d.date == null || date.isAfter(d.date))) {
                        d.company = company; // the later signature wins, with its declarant
                        d.date = date;
                    }
                }
            }
        }
        return new Isld(List.copyOf(declarations.values()), families, projects);
    }

    /** A number cell normalised (DESIGN.md identity), or null when blank or "Pending". */
    private static String number(String cell) {
        if (cell == null || cell.isBlank() || cell.strip().equalsIgnoreCase("pending")) {
            return null;
        }
        return cell.toUpperCase(Locale.ROOT).replaceAll("[\\s,.]", "");
    }

    /** ETSI's transposition of a 3GPP spec: {@code TS 138 331} is {@code 3GPP TS 38.331}. */
    private static String etsi(String type, String number) {
        Matcher m = Pattern.compile("^1(\\d{2}) ?(\\d{3})(-\\d+)?$").matcher(number);
        if (m.matches() && (type.equals("TS") || type.equals("TR")) && Integer.parseInt(m.group(1)) >= 21
                && Integer.parseInt(m.group(1)) <= 55) {
            return "3GPP " + type + " " + m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : m.group(3));
        }
        return "ETSI " + type + " " + number;
    }

    /** DESIGN.md's id rule for an organisation named by an import. */
    private static String slug(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** "organisation declarations patents families" per declarant, ranked, counted from the sample. */
    private static List<String> expectedDeclarants(Isld isld, String standard, LocalDate asOf) {
        Set<String> parts = new HashSet<>(isld.projects().getOrDefault(standard, Set.of()));
        parts.add(standard);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Set<String>> patents = new HashMap<>();
        Map<String, Set<String>> families = new HashMap<>();
        for (Declaration d : isld.declarations()) {
            if (!parts.contains(d.standard) || (d.date != null && d.date.isAfter(asOf))) {
                continue;
            }
            String org = slug(d.company);
            counts.computeIfAbsent(org, k -> new long[1])[0]++;
            patents.computeIfAbsent(org, k -> new HashSet<>()).add(d.patent);
            families.computeIfAbsent(org, k -> new HashSet<>())
                    .add(isld.families().getOrDefault(d.patent, "patent " + d.patent));
        }
        List<String> orgs = new ArrayList<>(counts.keySet());
        orgs.sort(Comparator.comparingLong((String o) -> counts.get(o)[0]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return orgs.stream().map(o -> o + " " + counts.get(o)[0] + " " + patents.get(o).size() + " "
                + families.get(o).size()).toList();
    }

    @Test
    void etsiDeclarantsAreTheSamplesOwn() throws IOException {
        Isld isld = isld();
        List<String> standards = new ArrayList<>();
        for (int i = 0; i < snapshot.standards().size(); i++) {
            String id = snapshot.standards().id(i);
            if (!id.startsWith(HEVC)) {
                standards.add(id);
            }
        }
        assertTrue(standards.size() > 10, standards.toString());
        int nonEmpty = 0;
        for (String standard : standards) {
            for (LocalDate asOf : List.of(LocalDate.parse("2015-01-01"), LocalDate.parse("2030-01-01"))) {
                Declarants got = DeclarantsQuestion.declarants(snapshot, new DeclarantsRequest(standard, asOf,
                        null, false, ALL));
                List<String> want = expectedDeclarants(isld, standard, asOf);
                assertEquals(want, got.items().items().stream().map(c -> c.organization() + " " + c.declarations()
                        + " " + c.patents() + " " + c.families()).toList(), standard + " on " + asOf);
                for (DeclarantCount c : got.items().items()) {
                    assertTrue(c.known(), c.organization());
                    assertEquals(c.declarations(), c.declared(), "the export holds declarations only");
                }
                nonEmpty += want.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 10, nonEmpty + " answers with declarants");
        // the release with two companies declaring one EP patent to 36.213 v12.3.0: the later one (DOCOMO) counts
        Declarants release12 = DeclarantsQuestion.declarants(snapshot,
                DeclarantsRequest.of("3GPP-Release-12", LocalDate.parse("2030-01-01")));
        assertTrue(release12.items().items().stream().anyMatch(c -> c.organization().equals("ntt-docomo-inc")));
    }

    // ---- series on the real data ---------------------------------------------------------------------------------

    @Test
    void seriesOnTheRealDataEqualTheSingleAnswers() {
        DateSeries years = DateSeries.parse("2021-01-01", "2040-01-01", "P1Y");
        for (Unit unit : Unit.values()) {
            SeriesTest.sameCoverage(snapshot, new CoverageSeriesRequest(HEVC, years, null, null, unit));
        }
        SeriesTest.sameCoverage(snapshot, new CoverageSeriesRequest(HEVC,
                DateSeries.parse("2022-01-01", "2034-01-01", "P6M"), Set.of("US", "CN", "JP"), "samsung", null));
        SeriesTest.sameCoverage(snapshot, new CoverageSeriesRequest("3GPP-Release-15",
                DateSeries.parse("2015-01-01", "2040-01-01", "P1Y"), null, null, Unit.PATENT));
        SeriesTest.sameReach(snapshot, new ReachSeriesRequest("samsung",
                DateSeries.parse("2022-01-01", "2034-01-01", "P3M"), null, null, null));
    }

    private static Reader text(Path file) throws IOException {
        return new StringReader(read(file));
    }

    /** The file's text without a byte order mark. */
    private static String read(Path file) throws IOException {
        return stripBom(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
