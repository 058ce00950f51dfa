package org.sepgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic ETSI ISLD export (issue 12 item 4) with the real columns and the shapes of the shared sample
 * ({@code import/src/test/resources/etsi-isld-sample.csv}): {@code ;}-separated with a BOM, dates as
 * {@code YYYY-MM-DD HH:MM:SS}, publications as {@code "JP2013251859 A | JP5781016 B2"}, countries as
 * {@code "JP JAPAN"}, projects as {@code "3GPP-Release-12 | GSM Phase 2+ …"}. One family per declared invention, its
 * applications in several countries (about 5.4 per family, as ETSI's 555k patents in 103k families), each declared
 * to a few specifications in one or two versions, some rows repeated by a later declaration (as ETSI's are), one
 * family in ten through the ETSI deliverable columns ({@code TS 136 213}) instead of the 3GPP ones, and ETSI's
 * {@code 1900-01-01} placeholder on a few rows.
 *
 * <p>What the file states is counted here while writing it, by its own bookkeeping (not by the importer's rules):
 * the benchmark compares the store's totals after the import with {@link Expected}.
 */
final class IsldExport {
    static final String HEADER = "IPRD_ID;IPRD_REFERENCE;IPRD_SIGNATURE_DATE;Reflected_Date;COMP_LEGAL_NAME;"
            + "DECL_IS_PROP_FLAG;LICD_DEC_PREP_TO_GRANT_FLAG;LICD_REC_CONDI_FLAG;DIPG_ID;DIPG_DISPLAY_NUMBER;"
            + "DIPG_EXTERNAL_ID;Standard;Ess_To_Standard;WI_Type;WOIT_ETSI_DELIVERABLE_NUMBER;WOIT_REFERENCE;"
            + "WOIT_VERSION;3GPP_Type;TGPP_NUMBER;TGPV_VERSION;Patent_Type;PATT_APPLICATION_NUMBER;PUBL_NUMBER;"
            + "PBPA_TITLEEN;PBPA_PRIORITY_NUMBERS;Country_Of_Registration;PBPA_APP_DATE;ETPR_ID;ETPR_ACRONYM;"
            + "Ess_To_Project;Illustrative_Part;DIPG_PATF_ID;Original_Application_Number;"
            + "Original_Publication_Number;Explicitely_Disclosed;Normalized_Patent;2G;3G;4G;5G";

    /** Countries of registration as ETSI writes them; WO never has a grant. */
    private static final String[][] COUNTRIES = {{"JP", "JP JAPAN"}, {"EP", "EP EUROPEAN PATENT OFFICE"},
            {"US", "US UNITED STATES OF AMERICA"}, {"CN", "CN CHINA"}, {"KR", "KR KOREA, REPUBLIC OF"},
            {"WO", "WO Patent Cooperation Treaty"}, {"DE", "DE GERMANY"}, {"GB", "GB UNITED KINGDOM"},
            {"IN", "IN INDIA"}, {"TW", "TW TAIWAN"}};
    private static final int[] SERIES = {23, 24, 25, 26, 29, 33, 36, 37, 38};
    private static final String[] WORDS = {"terminal", "base station", "method", "apparatus", "uplink",
            "downlink", "control channel", "resource allocation", "beam", "handover", "carrier aggregation",
            "reference signal", "feedback", "scheduling", "random access", "codebook", "power control"};

    /** What the file states, counted while writing it. */
    record Expected(long rows, long organizations, long patents, long families, long standards, long declarations,
                    long ownerships, long placeholders) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", rows);
            m.put("organizations", organizations);
            m.put("patents", patents);
            m.put("families", families);
            m.put("standards", standards);
            m.put("declarations", declarations);
            m.put("ownerships", ownerships);
            return m;
        }
    }

    private IsldExport() {}

    /** Writes at least {@code rows} data rows (a family is never split) to {@code file}. */
    static Expected write(Path file, long rows, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> companies = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            companies.add(switch (i % 4) {
                case 0 -> "COMPANY %03d CORPORATION".formatted(i);
                case 1 -> "Company %03d Co., Ltd.".formatted(i);
                case 2 -> "COMPANY %03d TELECOM AB".formatted(i);
                default -> "Company %03d Inc.".formatted(i);
            });
        }
        // 2,000 specifications, as 3GPP numbers (series, number)
        List<int[]> specs = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        while (specs.size() < 2000) {
            int series = SERIES[r.nextInt(SERIES.length)];
            int number = r.nextInt(1000);
            if (seen.add(series * 1000 + number)) {
                specs.add(new int[] {series, number});
            }
        }
        Set<String> usedCompanies = new HashSet<>();
        Set<String> usedStandards = new HashSet<>();
        long written = 0;
        long patents = 0;
        long families = 0;
        long declarations = 0;
        long placeholders = 0;
        long applicationCounter = 1_000_000;
        long declarationCounter = 100;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 20)) {
            out.write('\uFEFF');
            out.write(HEADER);
            out.write("\r\n");
            while (written < rows) {
                long family = 500_000 + families++;
                // a few big declarants, many small ones
                String company = companies.get((int) Math.min(companies.size() - 1,
                        Math.abs(r.nextGaussian()) * 80));
                usedCompanies.add(company);
                int release = 8 + r.nextInt(11);
                String project = "3GPP-Release-" + release + " | GSM Phase 2+ and UMTS and LTE Release " + release;
                usedStandards.add("3GPP-Release-" + release);
                boolean etsiColumns = r.nextInt(10) == 0;
                String title = title(r);
                // the specifications and versions declared for this family
                int k = 3 + r.nextInt(5);
                List<String[]> declared = new ArrayList<>(); // {3GPP number, version}
                Set<String> distinct = new HashSet<>();
                while (declared.size() < k) {
                    int[] spec = specs.get(r.nextInt(specs.size()));
                    String number = "%d.%03d".formatted(spec[0], spec[1]);
                    int versions = 1 + r.nextInt(2);
                    for (int v = 0; v < versions && declared.size() < k + 2; v++) {
                        String version = (release + v) + "." + r.nextInt(10) + ".0";
                        if (distinct.add(number + " " + version)) {
                            declared.add(new String[] {number, version});
                        }
                    }
                }
                for (String[] d : declared) {
                    usedStandards.add("3GPP TS " + d[0]);
                }
                int applications = 3 + r.nextInt(6); // 3..8, about 5.5
                List<String[]> countries = new ArrayList<>(List.of(COUNTRIES));
                java.util.Collections.shuffle(countries, r);
                long declaration = declarationCounter++;
                String signed = "20%02d-%02d-%02d %02d:%02d:%02d".formatted(10 + r.nextInt(15), 1 + r.nextInt(12),
                        1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60));
                for (int a = 0; a < applications; a++) {
                    String[] country = countries.get(a);
                    String cc = country[0];
                    long app = applicationCounter++;
                    String application = cc + app;
                    String publications = cc + (2_000_000_000L + app) + " A"
                            + (!cc.equals("WO") && r.nextInt(10) < 6 ? " | " + cc + (app * 3) + " B2" : "");
                    String filed = "20%02d-%02d-%02d 00:00:00".formatted(8 + r.nextInt(14), 1 + r.nextInt(12),
                            1 + r.nextInt(28));
                    patents++;
                    for (String[] d : declared) {
                        declarations++;
                        boolean placeholder = r.nextInt(1000) == 0;
                        placeholders += placeholder ? 1 : 0;
                        out.write(row(declaration, placeholder ? "1900-01-01 00:00:00" : signed, company, family,
                                etsiColumns, d, a == 0 ? "Basis patent" : "Family member", application,
                                publications, title, country[1], filed, project));
                        written++;
                        // a later declaration repeating this one (ETSI's export lists each declaration's rows)
                        if (r.nextInt(5) == 0) {
                            out.write(row(declaration + 1_000_000, "2025-01-15 09:00:00", company, family,
                                    etsiColumns, d, "Family member", application, publications, title, country[1],
                                    filed, project));
                            written++;
                        }
                    }
                }
            }
        }
        return new Expected(written, usedCompanies.size(), patents, families, usedStandards.size(), declarations,
                patents, placeholders);
    }

    private static String row(long declaration, String signed, String company, long family, boolean etsiColumns,
                              String[] declared, String patentType, String application, String publications,
                              String title, String country, String filed, String project) {
        String[] spec = declared[0].split("\\.");
        String wiNumber = "1" + spec[0] + " " + spec[1];
        String[] cells = {
                String.valueOf(declaration), "ISLD-" + declaration, signed, signed, company, "1", "1", "0",
                String.valueOf(family), String.valueOf(family), "", etsiColumns ? "TS " + wiNumber : "TS " + declared[0],
                "1", etsiColumns ? "TS" : "", etsiColumns ? wiNumber : "", "", etsiColumns ? declared[1] : "",
                etsiColumns ? "" : "TS", etsiColumns ? "" : declared[0], etsiColumns ? "" : declared[1], patentType,
                application, publications, quoted(title), "", country, filed, "", project, "", "",
                String.valueOf(family), "", "", "1", "", "0", "0", "1", "1"};
        return String.join(";", cells) + "\r\n";
    }

    private static String title(Random r) {
        StringBuilder t = new StringBuilder();
        int words = 3 + r.nextInt(5);
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "" : i == words - 1 ? " and " : ", ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        if (r.nextInt(50) == 0) {
            t.append("; \"improved\" version");
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** A cell quoted when it holds the separator or a quote, as CSV writers do. */
    private static String quoted(String cell) {
        return cell.contains(";") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
