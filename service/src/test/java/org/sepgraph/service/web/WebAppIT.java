package org.sepgraph.service.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sepgraph.service.web.PackagedService.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in a real browser (headless Debian Chromium) against the packaged service with the demo
 * alliance. Every figure a page shows is compared with what the API answers in the same run; every page must load
 * without SEVERE console entries; each page leaves a 1400×900 screenshot in target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAppIT {
    static final String AS_OF = "2026-11-28";

    PackagedService service;
    Browser browser;
    /** SEVERE console entries a test expects (a 404 it provokes on purpose); every other one fails the test. */
    final List<String> expectedSevere = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        Browser.requireInstalled(); // fails here, before the service starts, when there is no browser
        service = PackagedService.start();
        browser = new Browser(service.base());
        browser.key = PackagedService.ADMIN_KEY;
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (service != null) {
                service.close();
            }
        }
    }

    @AfterEach
    void noSevereConsoleEntries() {
        // Every form control of the page the test ends on has a label a screen reader announces.
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.js("""
                return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                  .map(e => e.outerHTML.slice(0, 120));""");
        assertEquals(List.of(), unlabelled, "form controls without a label");
        List<String> severe = browser.severeConsoleEntries().stream()
                .filter(m -> expectedSevere.stream().noneMatch(m::contains))
                .collect(Collectors.toList());
        expectedSevere.clear();
        assertEquals(List.of(), severe, "SEVERE browser console entries");
    }

    // ---------------------------------------------------------------- the overview and search

    @Test
    void homeChartsShowEachStandardsCoverageAndEachPool() throws IOException {
        browser.open("/?asOf=" + AS_OF, "home");
        browser.screenshot("home");
        JsonNode standards = service.get("/api/v1/standards?size=10").get("items");
        Map<String, JsonNode> coverage = new java.util.TreeMap<>();
        for (JsonNode s : standards) {
            coverage.put(s.get("id").asText(), service.get("/api/v1/standards/" + enc(s.get("id").asText())
                    + "/coverage?size=1&asOf=" + AS_OF));
        }
        List<List<String>> rows = browser.rows("[data-table='standards-coverage']");
        assertEquals(coverage.size(), rows.size());
        List<String> categories = browser.chartCategories("standards-coverage");
        List<List<Object>> values = browser.chartValues("standards-coverage");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode c = coverage.get(rows.get(i).get(0));
            assertEquals(List.of(rows.get(i).get(0), count(c, "essential"), count(c, "covered"), pct(c.get("ratio").asDouble())),
                    rows.get(i));
            assertEquals(rows.get(i).get(0), categories.get(i));
            assertEquals(c.get("essential").asLong(), ((Number) values.get(0).get(i)).longValue());
            assertEquals(c.get("covered").asLong(), ((Number) values.get(1).get(i)).longValue());
        }
        // Ranked by essential, largest first.
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(coverage.get(rows.get(i - 1).get(0)).get("essential").asLong()
                    >= coverage.get(rows.get(i).get(0)).get("essential").asLong());
        }
        List<List<String>> pools = browser.rows("[data-table='pools-size']");
        assertEquals(service.get("/api/v1/pools").get("total").asInt(), pools.size());
        for (List<String> pool : pools) {
            String id = service.get("/api/v1/pools?q=" + enc(pool.get(0))).get("items").get(0).get("id").asText();
            assertEquals(count(service.get("/api/v1/pool-patents?size=1&pool=" + enc(id)), "total"), pool.get(1));
            assertEquals(String.valueOf(service.get("/api/v1/pools/" + enc(id) + "/binding?asOf=" + AS_OF).get("redFlags").size()),
                    pool.get(2));
        }
    }

    @Test
    void searchFindsAPatentByItsNumberAndGroupsResultsByKind() throws IOException {
        browser.open("/?asOf=" + AS_OF, "home");
        WebElement q = browser.find("#search-q");
        q.sendKeys("US10000433B2", Keys.ENTER);
        browser.awaitPage("home");
        assertTrue(browser.driver.getCurrentUrl().contains("q=US10000433B2"), browser.driver.getCurrentUrl());
        assertTrue(browser.driver.getCurrentUrl().contains("asOf=" + AS_OF), "the search keeps asOf");
        browser.screenshot("search");
        List<List<String>> patents = browser.rows("section[data-kind='patent']");
        assertEquals(List.of("US10000433B2"), patents.stream().map(r -> r.get(0)).toList());
        // A part of a number finds every patent whose number holds it, as the API does.
        browser.open("/?q=3000433", "home");
        JsonNode api = service.get("/api/v1/patents?q=3000433&size=10");
        List<String> expected = new ArrayList<>();
        api.get("items").forEach(p -> expected.add(p.get("id").asText()));
        assertEquals(expected, browser.rows("section[data-kind='patent']").stream().map(r -> r.get(0)).toList());
        assertEquals(api.get("total").asText(), browser.find("section[data-kind='patent']").getAttribute("data-total"));
        // The result links to the patent's page, keeping the address's context.
        browser.open("/?q=US10000433B2&asOf=" + AS_OF, "home");
        browser.find("section[data-kind='patent'] tbody a").click();
        browser.awaitPage("patent");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/patents/US10000433B2?asOf=" + AS_OF), browser.driver.getCurrentUrl());
    }

    // ---------------------------------------------------------------- a standard

    @Test
    void standardPageShowsTheApisCoverageAndBinding() throws IOException {
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.screenshot("standard-avs3");
        browser.thumbnail("standard-avs3", 700);
        browser.screenshotAt("standard-avs3-by-pool-and-licence", "[data-figure='coverage-split']");
        browser.screenshotAt("standard-avs3-binding", "[data-part='binding']");
        JsonNode c = service.get("/api/v1/standards/AVS3/coverage?size=10&asOf=" + AS_OF);
        assertEquals(List.of(count(c, "essential"), count(c, "covered"), count(c, "uncovered"), pct(c.get("ratio").asDouble()),
                count(c, "unknownExpiry")), figures("[data-part='coverage']"));

        List<List<String>> expected = new ArrayList<>();
        List<Long> expectedValues = new ArrayList<>();
        for (JsonNode p : c.get("byPool")) {
            expected.add(List.of(p.get("pool").asText(), "pool", count(p, "covered"), share(p.get("covered").asLong(), c)));
            expectedValues.add(p.get("covered").asLong());
        }
        for (JsonNode l : c.get("byLicense")) {
            expected.add(List.of(l.get("license").asText(), "licence", count(l, "covered"), share(l.get("covered").asLong(), c)));
            expectedValues.add(l.get("covered").asLong());
        }
        assertEquals(expected, browser.rows("[data-table='coverage-by']"));
        assertEquals(expectedValues, longs(browser.chartValues("coverage-by").get(0)));
        assertEquals(List.of(c.get("covered").asLong(), c.get("uncovered").asLong()),
                longs(browser.chartValues("coverage-split").get(0)));

        List<List<String>> holdouts = new ArrayList<>();
        c.get("holdouts").forEach(x -> holdouts.add(List.of(x.get("holder").asText(), count(x, "count"))));
        assertEquals(holdouts, browser.rows("[data-part='holdouts']"));
        assertEquals(ids(c.get("uncoveredItems").get("items"), "id"), firstColumn("[data-part='uncovered']"));
        assertEquals(ids(c.get("coveredItems").get("items"), "id"), firstColumn("[data-part='covered']"));

        JsonNode b = service.get("/api/v1/standards/AVS3/binding?asOf=" + AS_OF);
        List<List<String>> pools = new ArrayList<>();
        for (JsonNode p : b.get("pools")) {
            pools.add(List.of(p.get("pool").asText(), p.get("binds").asBoolean() ? "yes" : "no", count(p, "covered"),
                    String.format(Locale.ROOT, "%s %%", trim(Math.round(p.get("share").asDouble() * 1000) / 10.0)),
                    licensors(texts(p.get("licensors")))));
        }
        assertEquals(pools, browser.rows("[data-table='binding-shares']"));
        List<List<String>> overlaps = new ArrayList<>();
        b.get("overlaps").forEach(o -> overlaps.add(List.of(o.get("a").asText(), o.get("b").asText(), count(o, "shared"),
                count(o, "sharedPatents"))));
        assertEquals(overlaps, browser.rows("[data-part='overlaps']"));
    }

    /**
     * "How did AVS3's coverage change since 2020?": the standard page draws the series from 2020-01-01 to the page's asOf
     * by quarter at once, as lines (essential, covered, each pool), with every point in the table beside it; another
     * step draws the API's answer for that step.
     */
    @Test
    void coverageOverTimeIsTheSeriesSince2020() throws IOException {
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.screenshotAt("standard-avs3-over-time", "[data-part='over-time']");
        assertSeries(service.get("/api/v1/standards/AVS3/coverage/series?from=2020-01-01&to=" + AS_OF + "&step=P3M"));
        new Select(browser.find("#ot-step")).selectByValue("P1Y");
        browser.find("[data-part='over-time'] button[type='submit']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> browser.rows("[data-table='coverage-series']").size() == 7);
        browser.awaitPage("standard");
        JsonNode yearly = service.get("/api/v1/standards/AVS3/coverage/series?from=2020-01-01&to=" + AS_OF + "&step=P1Y");
        assertSeries(yearly);
        // Each point is the coverage question on its date (checked on two dates the demo tells apart).
        for (int i : new int[] {0, 6}) {
            JsonNode point = yearly.get("points").get(i);
            JsonNode c = service.get("/api/v1/standards/AVS3/coverage?size=1&asOf=" + point.get("asOf").asText());
            assertEquals(c.get("covered").asLong(), point.get("covered").asLong());
        }
        List<List<String>> rows = browser.rows("[data-table='coverage-series']");
        assertNotEquals(rows.get(0).subList(1, 4), rows.get(6).subList(1, 4), "2020 and 2026 differ in the demo: " + rows);
    }

    private void assertSeries(JsonNode series) {
        JsonNode points = series.get("points");
        java.util.TreeSet<String> pools = new java.util.TreeSet<>();
        points.forEach(p -> p.get("byPool").forEach(b -> pools.add(b.get("pool").asText())));
        List<List<String>> expected = new ArrayList<>();
        List<Long> essential = new ArrayList<>();
        List<Long> covered = new ArrayList<>();
        for (JsonNode p : points) {
            List<String> row = new ArrayList<>(List.of(p.get("asOf").asText(), count(p, "essential"), count(p, "covered"),
                    pct(p.get("ratio").asDouble())));
            for (String pool : pools) {
                String held = "—";
                for (JsonNode b : p.get("byPool")) {
                    if (b.get("pool").asText().equals(pool)) {
                        held = count(b, "covered");
                    }
                }
                row.add(held);
            }
            expected.add(row);
            essential.add(p.get("essential").asLong());
            covered.add(p.get("covered").asLong());
        }
        assertEquals(expected, browser.rows("[data-table='coverage-series']"));
        List<List<Object>> values = browser.chartValues("coverage-series");
        assertEquals(2 + pools.size(), values.size(), "essential, covered and one line per pool");
        assertEquals(essential, longs(values.get(0)));
        assertEquals(covered, longs(values.get(1)));
        assertEquals("line", browser.js("return echarts.getInstanceByDom(document.querySelector('[data-chart=\"coverage-series\"]')).getOption().series[0].type"));
    }

    /** The landscape (holders, expiry cliff, jurisdictions, outside pools and alliances) and the declarants, as the API answers them. */
    @Test
    void standardLandscapeAndDeclarantsAreTheApisAnswers() throws IOException {
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.screenshotAt("standard-avs3-landscape", "[data-part='landscape']");
        browser.screenshotAt("standard-avs3-expiries", "[data-part='expiries']");
        browser.screenshotAt("standard-avs3-declarants", "[data-part='declarants']");
        JsonNode l = service.get("/api/v1/standards/AVS3/landscape?size=10&asOf=" + AS_OF);
        assertEquals(List.of(count(l, "essential"), count(l.get("holders"), "total"), count(l.get("outsidePools"), "total"),
                count(l.get("outsideAlliances"), "total"), count(l, "unknownExpiry")), figures("[data-part='landscape']"));
        List<List<String>> holders = new ArrayList<>();
        List<Long> holderCounts = new ArrayList<>();
        for (JsonNode x : l.get("holders").get("items")) {
            holders.add(List.of(x.get("organization").asText(), count(x, "count"), pct(x.get("share").asDouble()),
                    orDash(texts(x.get("pools"))), orDash(texts(x.get("alliances"))), count(x, "exposed")));
            holderCounts.add(x.get("count").asLong());
        }
        assertEquals(holders, browser.rows("[data-table='landscape-holders']"));
        assertEquals(holderCounts, longs(browser.chartValues("landscape-holders").get(0)));
        List<List<String>> years = new ArrayList<>();
        List<Long> yearCounts = new ArrayList<>();
        l.get("expiries").forEach(y -> {
            years.add(List.of(y.get("year").asText(), count(y, "count")));
            yearCounts.add(y.get("count").asLong());
        });
        assertEquals(years, browser.rows("[data-table='landscape-expiries']"));
        assertEquals(yearCounts, longs(browser.chartValues("landscape-expiries").get(0)));
        List<List<String>> jurisdictions = new ArrayList<>();
        l.get("byJurisdiction").forEach(j -> jurisdictions.add(List.of(j.get("jurisdiction").asText(), count(j, "count"))));
        assertEquals(jurisdictions, browser.rows("[data-table='landscape-jurisdictions']"));
        assertEquals(ids(l.get("outsidePools").get("items"), "id"), firstColumn("[data-part='outside-pools']"));
        assertEquals(ids(l.get("outsideAlliances").get("items"), "id"), firstColumn("[data-part='outside-alliances']"));

        JsonNode d = service.get("/api/v1/standards/AVS3/declarants?size=10&asOf=" + AS_OF);
        List<List<String>> declarants = new ArrayList<>();
        List<Long> confirmed = new ArrayList<>();
        List<Long> rejected = new ArrayList<>();
        for (JsonNode x : d.get("items").get("items")) {
            declarants.add(List.of(x.get("organization").asText(), count(x, "declarations"), count(x, "confirmed"), count(x, "rejected"),
                    count(x, "declared"), x.hasNonNull("essentialRatio") ? pct(x.get("essentialRatio").asDouble()) : "—",
                    count(x, "patents"), count(x, "families")));
            confirmed.add(x.get("confirmed").asLong());
            rejected.add(x.get("rejected").asLong());
        }
        assertEquals(declarants, browser.rows("[data-table='declarants']"));
        List<List<Object>> bars = browser.chartValues("declarants");
        assertEquals(confirmed, longs(bars.get(0)));
        assertEquals(rejected, longs(bars.get(2)));
        assertEquals(List.of(count(d, "declarations"), count(d, "confirmed"), count(d, "rejected"), count(d, "declared"),
                pct(d.get("essentialRatio").asDouble())), figures("[data-part='declarants']"));
    }

    @Test
    void asOfTerritoryLicenseeAndUnitStayInTheAddressAndChangeTheAnswer() throws IOException {
        browser.open("/standards/AVS3", "standard");
        WebElement asOf = browser.find("#ctx-asof");
        browser.js("arguments[0].value = arguments[1]", asOf, AS_OF);
        WebElement territory = browser.find("#ctx-territory");
        territory.clear();
        territory.sendKeys("cn, kr");
        browser.find("#context-form button[type='submit']").click();
        browser.awaitPage("standard");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/standards/AVS3?asOf=" + AS_OF + "&territory=CN%2CKR"),
                browser.driver.getCurrentUrl());
        JsonNode c = service.get("/api/v1/standards/AVS3/coverage?size=1&asOf=" + AS_OF + "&territory=CN,KR");
        assertEquals(count(c, "essential"), figures("[data-part='coverage']").get(0));
        assertNotEquals(count(service.get("/api/v1/standards/AVS3/coverage?size=1&asOf=" + AS_OF), "essential"),
                count(c, "essential"), "the demo's answer differs by territory, so the check means something");

        WebElement licensee = browser.find("#opt-licensee");
        licensee.sendKeys("kestrel");
        new Select(browser.find("#opt-unit")).selectByValue("PATENT");
        browser.find("form.options button[type='submit']").click();
        browser.awaitPage("standard");
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.contains("asOf=" + AS_OF) && url.contains("territory=CN%2CKR") && url.contains("unit=PATENT")
                && url.contains("licensee=kestrel"), url);
        JsonNode k = service.get("/api/v1/standards/AVS3/coverage?size=1&asOf=" + AS_OF
                + "&territory=CN,KR&unit=PATENT&licensee=kestrel");
        assertEquals(List.of(count(k, "essential"), count(k, "covered"), count(k, "uncovered"), pct(k.get("ratio").asDouble()),
                count(k, "unknownExpiry")), figures("[data-part='coverage']"));
        browser.screenshot("standard-avs3-licensee");

        // A link keeps the context (history.pushState, no reload); Back returns to the standard.
        browser.js("window.__sameDocument = true");
        browser.find("[data-table='binding-shares'] tbody a").click();
        browser.awaitPage("pool");
        assertTrue(browser.driver.getCurrentUrl().contains("/pools/avs3-pool?asOf=" + AS_OF + "&territory=CN%2CKR"),
                browser.driver.getCurrentUrl());
        assertEquals(Boolean.TRUE, browser.js("return window.__sameDocument === true"), "navigated without a reload");
        browser.driver.navigate().back();
        browser.awaitPage("standard");
        assertTrue(browser.driver.getCurrentUrl().contains("licensee=kestrel"));
    }

    @Test
    void aStandardIdWithSpacesAndSlashesHasItsOwnAddress() throws IOException {
        String id = "ITU-T H.265/Main 10";
        service.post("/api/v1/standards", "application/json",
                ("{\"id\":\"" + id + "\",\"body\":\"ITU-T\",\"title\":\"Main 10 profile\"}").getBytes(StandardCharsets.UTF_8));
        browser.open("/standards/" + enc(id), "standard");
        assertEquals(id, browser.find("main h1").getText());
        assertEquals("0", figures("[data-part='coverage']").get(0));
    }

    @Test
    void anUnknownIdSaysWhatWasNotFound() {
        expectedSevere.add("/api/v1/standards/NO-SUCH-STANDARD"); // the browser logs the API's 404 itself
        browser.open("/standards/NO-SUCH-STANDARD", "standard");
        WebElement error = browser.find("main .error");
        assertEquals("404", error.getAttribute("data-status"));
        assertTrue(error.getText().contains("Standard “NO-SUCH-STANDARD” not found"), error.getText());
        assertTrue(error.getText().contains("no standard 'NO-SUCH-STANDARD'"), error.getText());
    }

    @Test
    void aBadDateInTheAddressIsExplainedWithItsField() {
        expectedSevere.add("/api/v1/standards/AVS3/"); // the browser logs the API's 400s itself
        browser.open("/standards/AVS3?asOf=2026-13-45", "standard");
        PackagedService.Answer api = service.answer("/api/v1/standards/AVS3/coverage?asOf=2026-13-45");
        assertEquals(400, api.status());
        WebElement error = browser.find("main section .error");
        String text = error.getText();
        assertEquals("400", error.getAttribute("data-status"));
        assertTrue(text.contains(api.body().get("detail").asText()) && text.contains("Field: " + api.body().get("field").asText()),
                text);
    }

    // ---------------------------------------------------------------- a pool, an organisation, a patent, a licence

    @Test
    void poolPageShowsSharesContentsAndRedFlags() throws IOException {
        browser.open("/pools/avs3-pool?asOf=" + AS_OF, "pool");
        browser.screenshot("pool-avs3-pool");
        browser.screenshotAt("pool-avs3-pool-red-flags", "[data-part='red-flags']");
        JsonNode b = service.get("/api/v1/pools/avs3-pool/binding?asOf=" + AS_OF);
        List<List<String>> shares = new ArrayList<>();
        for (JsonNode s : b.get("standards")) {
            shares.add(List.of(s.get("standard").asText(), count(s, "essential"), count(s, "covered"),
                    trim(Math.round(s.get("share").asDouble() * 1000) / 10.0) + " %", count(s, "unknownExpiry")));
        }
        assertEquals(shares, browser.rows("[data-table='pool-shares']"));
        assertEquals(ids(b.get("redFlags"), "patent"), firstColumn("[data-part='red-flags']"));
        List<String> reasons = browser.rows("[data-part='red-flags'] table").stream().map(r -> r.get(1)).toList();
        for (int i = 0; i < reasons.size(); i++) {
            assertTrue(reasons.get(i).startsWith(b.get("redFlags").get(i).get("reason").asText()), reasons.get(i));
        }

        // Contents are paged by the API: the second page shows the API's second page.
        JsonNode page0 = service.get("/api/v1/pool-patents?pool=avs3-pool&page=0&size=15");
        assertEquals(ids(page0.get("items"), "patent"), firstColumn("[data-part='contents']"));
        assertEquals("1–15 of " + page0.get("total").asText(), browser.find("[data-part='contents'] .pager-status").getText());
        browser.find("[data-part='contents'] .pager-next").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                browser.find("[data-part='contents'] .pager-status").getText().startsWith("16–"));
        JsonNode page1 = service.get("/api/v1/pool-patents?pool=avs3-pool&page=1&size=15");
        assertEquals(ids(page1.get("items"), "patent"), firstColumn("[data-part='contents']"));
    }

    /** A pool's royalty terms as data, period by period, rate by rate, as the API answers them. */
    @Test
    void poolPageShowsItsRoyaltyTerms() throws IOException {
        browser.open("/pools/avs3-pool?asOf=" + AS_OF, "pool");
        browser.screenshotAt("pool-avs3-pool-terms", "[data-part='royalty-terms']");
        JsonNode terms = service.get("/api/v1/pools/avs3-pool").get("royaltyTerms");
        assertEquals(terms.size(), browser.findAll("[data-part='royalty-terms'] [data-terms]").size());
        for (int i = 0; i < terms.size(); i++) {
            JsonNode t = terms.get(i);
            String cur = t.get("currency").asText();
            String block = "[data-part='royalty-terms'] [data-terms='" + i + "']";
            String facts = browser.find(block + " .facts").getText();
            assertTrue(facts.contains("Currency\n" + cur), facts);
            assertTrue(facts.contains("Valid from\n" + t.path("from").asText("open")), facts);
            assertTrue(facts.contains("Valid until\n" + t.path("until").asText("open")), facts);
            assertTrue(facts.contains("Annual cap per licensee\n" + (t.hasNonNull("annualCap") ? cur + " " + money(t.get("annualCap")) : "none")), facts);
            assertTrue(facts.contains("Free units a year\n" + (t.hasNonNull("freeUnits") ? count(t, "freeUnits") : "none")), facts);
            List<List<String>> rates = new ArrayList<>();
            for (int r = 0; r < t.get("rates").size(); r++) {
                JsonNode rate = t.get("rates").get(r);
                List<String> territories = texts(rate.path("territories"));
                rates.add(List.of(String.valueOf(r + 1), rate.path("product").asText("any"),
                        territories.isEmpty() ? "anywhere" : String.join(", ", territories), cur + " " + money(rate.get("perUnit"))));
            }
            assertEquals(rates, browser.rows(block + " table"));
        }
    }

    /** The distribution calculator: the licensors' amounts and what stays unallocated are the API's answer to the same body. */
    @Test
    void poolDistributionCalculatorSharesAnIncomeAsTheApiDoes() throws IOException {
        browser.open("/pools/avs3-pool?asOf=" + AS_OF, "pool");
        setValue("#dist-from", "2025-01-01");
        setValue("#dist-to", "2025-12-31");
        browser.find("[data-part='distribution'] .add-country").click();
        List<WebElement> countries = browser.findAll("[data-rows='dist-income'] .country");
        List<WebElement> amounts = browser.findAll("[data-rows='dist-income'] .amount");
        assertEquals(3, countries.size());
        countries.get(2).sendKeys("jp");
        amounts.get(2).sendKeys("5000");
        browser.find("[data-part='distribution'] button[type='submit']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !browser.findAll("[data-part='distribution-answer']").isEmpty());
        browser.awaitPage("pool");
        browser.screenshotAt("pool-avs3-pool-distribution", "[data-part='distribution']");
        JsonNode d = service.postJson("/api/v1/pools/avs3-pool/distribution",
                "{\"from\": \"2025-01-01\", \"to\": \"2025-12-31\", \"unit\": \"FAMILY\", \"income\": {\"CN\": 1200000, \"US\": 800000, \"JP\": 5000}}");
        java.util.TreeSet<String> paid = new java.util.TreeSet<>();
        d.get("licensors").forEach(x -> x.get("amounts").fieldNames().forEachRemaining(paid::add));
        List<List<String>> expected = new ArrayList<>();
        List<Double> bars = new ArrayList<>();
        for (JsonNode x : d.get("licensors")) {
            List<String> row = new ArrayList<>(List.of(x.get("organization").asText(), money(x.get("amount")), pct(x.get("share").asDouble())));
            paid.forEach(c -> row.add(x.get("amounts").has(c) ? money(x.get("amounts").get(c)) : "—"));
            expected.add(row);
            bars.add(x.get("amount").asDouble());
        }
        assertEquals(expected, browser.rows("[data-table='distribution']"));
        assertEquals(bars, browser.chartValues("distribution").get(0).stream().map(v -> ((Number) v).doubleValue()).toList());
        List<List<String>> unallocated = browser.rows("[data-part='distribution-answer'] > .table-wrap");
        assertEquals(d.get("unallocated").size(), unallocated.size());
        assertEquals("JP", d.get("unallocated").get(0).get("country").asText(), "the demo pool holds nothing in Japan");
        for (int i = 0; i < unallocated.size(); i++) {
            assertEquals(d.get("unallocated").get(i).get("country").asText(), unallocated.get(i).get(0));
            assertEquals(money(d.get("unallocated").get(i).get("amount")), unallocated.get(i).get(1));
        }
    }

    /**
     * "What would Pinecone pay to license AVS3 in CN and US?": the plan form on Pinecone's page answers what the API
     * answers — as licensee (its pool licence already reaches what the pools hold: nothing more to pay, and what each
     * pool would have cost), and as a newcomer (the cheapest plan's pools, cost, per unit, coverage, frontier).
     */
    @Test
    void organizationPlanFormAnswersWhatPineconeWouldPay() throws IOException {
        browser.open("/organizations/pinecone?asOf=" + AS_OF, "organization");
        browser.find("#plan-standards").sendKeys("AVS3");
        browser.find("#plan-product").sendKeys("mobile");
        assertEquals(AS_OF, browser.find("#plan-asof").getAttribute("value"), "the page's asOf");
        submitPlan();
        browser.screenshotAt("organization-pinecone-plan", "[data-part='plan']");
        String body = "{\"standards\": [\"AVS3\"], \"asOf\": \"" + AS_OF + "\", \"product\": \"mobile\", \"units\": {\"CN\": 2000000, \"US\": 500000}";
        assertPlan(service.postJson("/api/v1/plans", body + ", \"licensee\": \"pinecone\"}"));
        List<List<String>> excluded = browser.rows("[data-list='excluded']");
        JsonNode asLicensee = service.postJson("/api/v1/plans", body + ", \"licensee\": \"pinecone\"}");
        assertEquals(ids(asLicensee.get("excluded"), "pool"), excluded.stream().map(r -> r.get(0)).toList());
        for (int i = 0; i < excluded.size(); i++) {
            assertEquals(money(asLicensee.get("excluded").get(i).get("annualCost")), excluded.get(i).get(2));
        }

        browser.find("#plan-licensee").click(); // a newcomer: nothing reached yet
        submitPlan();
        browser.screenshotAt("organization-pinecone-plan-newcomer", "[data-part='plan']");
        JsonNode newcomer = service.postJson("/api/v1/plans", body + "}");
        assertPlan(newcomer);
        assertTrue(newcomer.get("plans").get(0).get("annualCost").decimalValue().signum() > 0, "a newcomer pays something");
    }

    private void submitPlan() {
        browser.js("document.querySelector('[data-part=\"plan\"] .calc-answer').replaceChildren()");
        browser.find("[data-part='plan'] button[type='submit']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !browser.findAll("[data-part='plan-answer']").isEmpty());
        browser.awaitPage("organization");
    }

    private void assertPlan(JsonNode a) {
        JsonNode best = a.get("plans").get(0);
        String cur = a.path("currency").asText("");
        String prefix = cur.isEmpty() ? "" : cur + " ";
        String lead = browser.find("[data-part='plan-answer'] .lead").getText();
        List<String> pools = texts(best.get("pools"));
        assertTrue(pools.isEmpty() ? lead.startsWith("Nothing to pay") && best.get("annualCost").decimalValue().signum() == 0
                : lead.startsWith("Cheapest plan: license " + String.join(", ", pools) + " for " + prefix + money(best.get("annualCost")) + " a year"), lead);
        assertEquals(List.of(count(a, "essential"), count(best, "covered"), prefix + money(best.get("annualCost")),
                prefix + money(best.get("perUnit")), a.get("targetMet").asBoolean() ? "yes" : "no"), figures("[data-part='plan-answer']"));
        List<List<String>> costs = new ArrayList<>();
        best.get("costByPool").forEach(p -> p.get("countries").forEach(c -> costs.add(List.of(p.get("pool").asText(),
                c.get("country").asText(), count(c, "units"), money(c.get("perUnit")), count(c, "freeUnits"), money(c.get("amount"))))));
        List<List<String>> shown = browser.rows("[data-part='plan-answer'] > .table-wrap");
        assertEquals(costs, shown == null ? List.of() : shown);
        List<List<String>> holders = new ArrayList<>();
        best.get("uncoveredByHolder").forEach(u -> holders.add(List.of(u.get("holder").asText(), count(u, "count"),
                String.join(", ", texts(u.get("families"))))));
        assertEquals(holders, browser.rows("[data-list='uncovered-by-holder']"));
        List<List<String>> doublePaid = new ArrayList<>();
        best.get("doublePaid").forEach(x -> doublePaid.add(List.of(x.get("family").asText(), String.join(", ", texts(x.get("pools"))))));
        assertEquals(doublePaid, browser.rows("[data-list='double-paid']"));
        List<List<String>> frontier = new ArrayList<>();
        for (int i = 0; i < a.get("plans").size(); i++) {
            JsonNode p = a.get("plans").get(i);
            frontier.add(List.of(String.valueOf(i + 1), p.get("pools").isEmpty() ? "none" : String.join(", ", texts(p.get("pools"))),
                    count(p, "covered"), pct(p.get("share").asDouble()), money(p.get("annualCost")), money(p.get("perUnit"))));
        }
        assertEquals(frontier, browser.rows("[data-table='plan-frontier']"));
    }

    private void setValue(String css, String value) {
        browser.js("arguments[0].value = arguments[1]", browser.find(css), value);
    }

    @Test
    void organizationPageShowsReachByRouteAndOwnerAndTheChains() throws IOException {
        browser.open("/organizations/kestrel?asOf=" + AS_OF + "&unit=PATENT", "organization");
        browser.screenshot("organization-kestrel");
        browser.screenshotAt("organization-kestrel-reach", "[data-part='reach']");
        JsonNode r = service.get("/api/v1/organizations/kestrel/reach?size=10&unit=PATENT&asOf=" + AS_OF);
        List<Long> byRoute = new ArrayList<>();
        for (String route : List.of("OWNED", "LICENSED", "POOL", "SUBLICENSED")) {
            byRoute.add(r.get("byRoute").path(route).asLong(0));
        }
        assertEquals(byRoute, longs(browser.chartValues("reach-route").get(0)));
        assertEquals(byRoute.stream().map(n -> String.valueOf(n)).toList(),
                browser.rows("[data-table='reach-route']").stream().map(row -> row.get(2)).toList());
        List<List<String>> owners = new ArrayList<>();
        r.get("byOwner").forEach(o -> owners.add(List.of(o.get("owner").asText(), count(o, "count"))));
        assertEquals(owners, browser.rows("[data-table='reach-owner']"));
        assertEquals(owners.stream().map(o -> Long.parseLong(o.get(1))).toList(), longs(browser.chartValues("reach-owner").get(0)));
        assertEquals(count(r, "reached"), figures("[data-part='reach']").get(0));
        List<List<String>> reached = browser.rows("[data-part='reached']");
        JsonNode items = r.get("items").get("items");
        assertEquals(items.size(), reached.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            assertEquals(item.get("patent").asText(), reached.get(i).get(0));
            assertEquals(item.get("route").asText(), reached.get(i).get(2));
            assertEquals(item.get("licenses").size() == 0 ? "none (owned)" : String.join(", ", texts(item.get("licenses"))),
                    reached.get(i).get(3));
            assertEquals(item.get("root").asText(), reached.get(i).get(4));
        }
        assertEquals(ids(service.get("/api/v1/ownerships?organization=kestrel&size=10").get("items"), "patent"),
                firstColumn("[data-part='ownerships']"));
        JsonNode licences = service.get("/api/v1/organizations/kestrel/licenses?size=10");
        assertTrue(licences.get("total").asLong() > 0, "the demo's Kestrel is a party to licences");
        assertEquals(ids(licences.get("items"), "id"), firstColumn("[data-part='licences']"));
    }

    @Test
    void patentPageShowsFactsDeclarationsPoolsAndPractitioners() throws IOException {
        browser.open("/patents/US10000433B2?asOf=" + AS_OF, "patent");
        browser.screenshot("patent-US10000433B2");
        assertEquals("US10000433B2", browser.find("main h1").getText());
        JsonNode declarations = service.get("/api/v1/declarations?patent=US10000433B2&size=10");
        assertEquals(ids(declarations.get("items"), "standard"), firstColumn("[data-part='declarations']"));
        JsonNode pools = service.get("/api/v1/pool-patents?patent=US10000433B2&size=10");
        assertEquals(ids(pools.get("items"), "pool"), firstColumn("[data-part='pools']"));
        JsonNode practitioners = service.get("/api/v1/patents/US10000433B2/practitioners?size=10&asOf=" + AS_OF);
        assertEquals(ids(practitioners.get("items").get("items"), "organization"), firstColumn("[data-part='practitioners']"));
    }

    @Test
    void licensePageShowsPartiesScopeAndTerms() throws IOException {
        browser.open("/licenses/X-LUMINA-ORION?asOf=" + AS_OF, "license");
        browser.screenshot("license-X-LUMINA-ORION");
        JsonNode l = service.get("/api/v1/licenses/X-LUMINA-ORION");
        String text = browser.find("main").getText();
        assertTrue(text.contains("Granted by " + l.get("grantor").path("organization").asText()), text);
        for (JsonNode grantee : l.get("grantees")) {
            assertTrue(text.contains(grantee.asText()));
        }
        assertTrue(text.contains(l.get("royalty").asText()), text);
        assertTrue(text.contains("Sublicensable\n" + (l.get("sublicensable").asBoolean() ? "yes" : "no")), text);
        List<String> scope = new ArrayList<>();
        for (String part : List.of("patents", "families", "pools", "portfolios")) {
            l.get("scope").path(part).forEach(x -> scope.add(x.asText()));
        }
        assertEquals(scope, firstColumn("[data-part='scope']"));
    }

    // ---------------------------------------------------------------- the chain of rights

    @Test
    void pathPageDrawsTheReadmeChain() throws IOException {
        browser.open("/paths?from=kestrel&to=US10000433B2&asOf=" + AS_OF, "paths");
        browser.screenshot("path-kestrel-US10000433B2");
        browser.screenshotAt("path-kestrel-US10000433B2-graph", "[data-figure='path-graph']");
        browser.thumbnail("path-kestrel-US10000433B2-graph", 700);
        JsonNode chain = service.get("/api/v1/reach/path?from=kestrel&to=US10000433B2&asOf=" + AS_OF);
        assertEquals("SUBLICENSED", chain.get("route").asText());
        assertEquals(List.of("B-ORION-KESTREL", "X-LUMINA-ORION"), texts(chain.get("licenses")));
        assertEquals("lumina", chain.get("root").asText());

        @SuppressWarnings("unchecked")
        Map<String, Object> graph = (Map<String, Object>) browser.js("""
                const o = echarts.getInstanceByDom(document.querySelector('[data-chart="path-graph"]')).getOption();
                const s = o.series[0];
                return {nodes: s.data.map(n => n.kind + ':' + n.nodeId), edges: s.links.map(e => e.source + ' ' + e.via + ' ' + e.target)};""");
        List<String> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        JsonNode path = chain.get("path");
        for (int i = 0; i < path.size(); i++) {
            JsonNode n = path.get(i);
            nodes.add(n.get("kind").asText() + ":" + n.get("id").asText());
            if (i > 0) {
                JsonNode prev = path.get(i - 1);
                String a = prev.get("kind").asText() + ":" + prev.get("id").asText();
                String z = nodes.get(i);
                edges.add("IN".equals(n.get("direction").asText()) ? z + " " + n.get("via").asText() + " " + a
                        : a + " " + n.get("via").asText() + " " + z);
            }
        }
        assertEquals(nodes, graph.get("nodes"));
        // The edges ECharts actually laid out (a link naming no node is dropped silently).
        assertEquals((long) path.size() - 1, ((Number) browser.js(
                "return echarts.getInstanceByDom(document.querySelector('[data-chart=\"path-graph\"]'))"
                        + ".getModel().getSeriesByIndex(0).getGraph().edges.length")).longValue());
        assertEquals(edges, graph.get("edges"));
        assertEquals(List.of("License:B-ORION-KESTREL GRANTED_TO Organization:kestrel",
                "License:B-ORION-KESTREL GRANTED_BY Organization:orion",
                "License:X-LUMINA-ORION GRANTED_TO Organization:orion",
                "License:X-LUMINA-ORION GRANTED_BY Organization:lumina",
                "Organization:lumina OWNS Patent:US10000433B2"), graph.get("edges"));
        List<List<String>> list = browser.rows("[data-table='path-graph']");
        assertEquals(path.size(), list.size());
        for (int i = 0; i < path.size(); i++) {
            assertTrue(list.get(i).get(1).endsWith(path.get(i).get("id").asText()), list.get(i).toString());
        }
        String summary = browser.find("[data-part='chain-summary']").getText();
        assertTrue(summary.contains("SUBLICENSED") && summary.contains("B-ORION-KESTREL, X-LUMINA-ORION")
                && summary.contains("lumina"), summary);
    }

    @Test
    void pathPageSaysWhenNoChainExists() {
        expectedSevere.add("/api/v1/reach/path");
        browser.open("/paths?from=nordlys&to=US10000433B2&asOf=" + AS_OF, "paths");
        String error = browser.find("main .error").getText();
        assertTrue(error.contains("no chain of at most 3 licences lets 'nordlys' practise 'US10000433B2'"), error);
    }

    // ---------------------------------------------------------------- imports

    @Test
    void importThroughTheBrowserShowsItsReportAndTheAliasIsFound(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path bundle = dir.resolve("web-import.json");
        Files.writeString(bundle, """
                {"format": "sepgraph-bundle", "version": 1,
                 "organizations": [{"id": "acme-web", "name": "Acme Web Video", "kind": "STARTUP", "country": "CN"}],
                 "patents": [{"id": "CN119999001B", "jurisdiction": "CN", "title": "Web import test", "status": "GRANTED",
                              "aliases": ["CN119999001A"]}],
                 "ownerships": [{"organization": "acme-web", "patent": "CN119999001B", "share": 1.0}]}
                """);
        browser.open("/imports", "imports");
        new Select(browser.find("#imp-format")).selectByValue("bundle");
        assertFalse(browser.find("fieldset.aa-fields").isDisplayed(), "pool-list parameters only for access-advance");
        browser.find("#imp-file").sendKeys(bundle.toString());
        browser.find("form.import-form button[type='submit']").click();
        WebElement report = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-part='import-report']")).stream().findFirst().orElse(null));
        assertEquals("imported", report.getAttribute("data-outcome"));
        assertEquals("100", browser.find("#imp-progress").getAttribute("value"));
        browser.screenshot("import-form-done");
        browser.screenshotAt("import-report", "[data-part='import-report']");
        assertEquals(List.of(List.of("organizations", "1", "0", "0"), List.of("patents", "1", "0", "0"),
                List.of("ownerships", "1", "0", "0")), browser.rows("[data-part='import-report'] .paged"));
        // What the report says was created is in the store.
        assertEquals("Acme Web Video", service.get("/api/v1/organizations/acme-web").get("name").asText());
        // The import history shows this import first, as GET /api/v1/imports lists it.
        JsonNode last = service.get("/api/v1/imports?size=10").get("items");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.rows("[data-part='import-history']").size() == last.size());
        List<List<String>> history = browser.rows("[data-part='import-history']");
        for (int i = 0; i < last.size(); i++) {
            JsonNode e = last.get(i);
            assertEquals(List.of(e.get("format").asText(), e.path("file").asText("—"), e.get("status").asText()),
                    history.get(i).subList(1, 4));
            assertEquals(count(e, "version"), history.get(i).get(7));
        }
        assertEquals(List.of("bundle", "web-import.json", "IMPORTED"), history.get(0).subList(1, 4));
        browser.screenshotAt("import-history", "[data-part='import-history']");

        // Found by its other publication number through the header's search.
        browser.find("#search-q").sendKeys("CN119999001A", Keys.ENTER);
        browser.awaitPage("home");
        assertEquals(List.of("CN119999001B"), firstColumn("section[data-kind='patent']"));

        // The same file again: everything unchanged.
        browser.open("/imports", "imports");
        new Select(browser.find("#imp-format")).selectByValue("bundle");
        browser.find("#imp-file").sendKeys(bundle.toString());
        browser.find("form.import-form button[type='submit']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("[data-part='import-report']")).isEmpty());
        assertEquals(List.of(List.of("organizations", "0", "0", "1"), List.of("patents", "0", "0", "1"),
                List.of("ownerships", "0", "0", "1")), browser.rows("[data-part='import-report'] .paged"));
    }

    @Test
    void aRefusedImportShowsItsLineNumbers(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String bad = """
                {"format": "sepgraph-bundle", "version": 1,
                 "organizations": [{"id": "acme-bad", "name": "Acme", "kind": "NOT-A-KIND"}],
                 "ownerships": [{"organization": "acme-bad", "patent": "XX1"}]}
                """;
        Path file = dir.resolve("refused.json");
        Files.writeString(file, bad);
        expectedSevere.add("/api/v1/imports/bundle"); // the browser logs the 422 itself
        browser.open("/imports", "imports");
        new Select(browser.find("#imp-format")).selectByValue("bundle");
        browser.find("#imp-file").sendKeys(file.toString());
        browser.find("form.import-form button[type='submit']").click();
        WebElement report = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-part='import-report']")).stream().findFirst().orElse(null));
        assertEquals("refused", report.getAttribute("data-outcome"));
        browser.screenshotAt("import-refused", "[data-part='import-report']");
        // The API's answer to the same file (refused again: nothing is written either way).
        PackagedService.Answer answer = service.post("/api/v1/imports/bundle", "application/json", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, answer.status());
        List<List<String>> expected = new ArrayList<>();
        answer.body().get("errors").forEach(e -> expected.add(List.of(e.get("line").asText(),
                e.path("field").asText("—"), e.get("message").asText())));
        assertEquals(expected, browser.rows("[data-part='import-report'] .paged"));
        assertEquals(List.of("2", "3", "3"), expected.stream().map(e -> e.get(0)).toList());
    }

    @Test
    void accessAdvanceAsksForItsPoolAndStandard() throws IOException {
        browser.open("/imports", "imports");
        new Select(browser.find("#imp-format")).selectByValue("access-advance");
        assertTrue(browser.find("#imp-pool").isDisplayed());
        assertEquals("true", browser.find("#imp-pool").getAttribute("required"));
        assertEquals("true", browser.find("#imp-standard").getAttribute("required"));
        browser.screenshot("import-form");
    }

    @Test
    void theKeyboardReachesTheContentAndFocusIsVisible() {
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.find("body").sendKeys(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertEquals("solid", skip.getCssValue("outline-style"), "focus is visible");
        assertEquals("rgba(245, 158, 11, 1)", skip.getCssValue("outline-color"), "the application's focus ring");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.driver.switchTo().activeElement().getAttribute("id"));
        // The coverage options answer from the keyboard: choose with keys, Enter in the form submits it.
        browser.find("#opt-unit").sendKeys("patents");
        browser.find("#opt-licensee").sendKeys(Keys.ENTER);
        browser.awaitPage("standard");
        assertTrue(browser.driver.getCurrentUrl().contains("unit=PATENT"), browser.driver.getCurrentUrl());
        WebElement next = browser.find("[data-part='covered'] .pager-next");
        next.sendKeys(Keys.ENTER);
        assertEquals(next, browser.driver.switchTo().activeElement());
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                browser.find("[data-part='covered'] .pager-status").getText().startsWith("11–"));
    }

    // ---------------------------------------------------------------- hooks for what the back end adds

    /**
     * The pages show a section for every GET operation the API documents under their resource that they do not draw
     * themselves: the standard page draws the landscape, declarants and series as its own sections (no generic one
     * left), the organisation page still shows the reach series from its OpenAPI entry. The machinery is also checked
     * on an operation the page knows: the section built from binding's OpenAPI entry must show the API's answer.
     */
    @Test
    void anOperationTheApiDocumentsIsShownFromItsOpenApiEntry() {
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        assertEquals(List.of(), browser.findAll("[data-extra]").stream().map(e -> e.getAttribute("data-extra")).toList(),
                "every operation under a standard is drawn by the page itself");
        browser.open("/organizations/kestrel?asOf=" + AS_OF, "organization");
        assertTrue(browser.findAll("[data-extra]").stream().map(e -> e.getAttribute("data-extra")).toList().contains("reach/series"));
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.js("""
                return Promise.all([import('/app/extras.js'), fetch('/q/openapi?format=json').then(r => r.json())]).then(([m, doc]) => {
                  const resource = '/api/v1/standards/{id}';
                  const box = m.operationSection(resource + '/binding', doc.paths[resource + '/binding'], resource, 'AVS3',
                      {asOf: arguments[0], territory: []});
                  document.querySelector('main .view').append(box);
                });""", AS_OF);
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !browser.findAll("[data-extra='binding'] table").isEmpty()
                && browser.findAll("[data-extra='binding'] .loading, [data-extra='binding'] [aria-busy]").isEmpty());
        JsonNode b = service.get("/api/v1/standards/AVS3/binding?asOf=" + AS_OF);
        assertEquals(AS_OF, browser.find("[data-extra='binding'] input[name='asOf']").getAttribute("value"));
        String facts = browser.find("[data-extra='binding'] .facts").getText();
        assertTrue(facts.contains("Essential\n" + b.get("essential").asText()), facts);
        List<List<String>> pools = browser.rows("[data-extra='binding'] .paged");
        assertEquals(ids(b.get("pools"), "pool"), pools.stream().map(r -> r.get(0)).toList());
    }

    /**
     * The real HEVC Advance list (21,955 rows) through the browser, last because it adds ~17,000 patents: the report's
     * counts are what the store then holds, its warning names its line; the big standard and pool pages draw.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void theRealHevcListImportedThroughTheBrowser() throws IOException {
        Path hevc = shared("data/hevc-advance-patent-list-2022-02-04.csv");
        long patentsBefore = service.get("/api/v1/patents?size=1").get("total").asLong();
        browser.open("/imports", "imports");
        new Select(browser.find("#imp-format")).selectByValue("access-advance");
        browser.find("#imp-pool").sendKeys("hevc-advance");
        browser.find("#imp-standard").sendKeys("ITU-T H.265");
        browser.find("#imp-pool-name").sendKeys("HEVC Advance");
        browser.find("#imp-file").sendKeys(hevc.toRealPath().toString());
        browser.find("form.import-form button[type='submit']").click();
        WebElement report = new WebDriverWait(browser.driver, Duration.ofSeconds(240))
                .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("[data-part='import-report']")).stream().findFirst().orElse(null));
        assertEquals("imported", report.getAttribute("data-outcome"));
        browser.screenshotAt("import-hevc-report", "[data-part='import-report']");
        Map<String, List<String>> byKind = new java.util.HashMap<>();
        browser.rows("[data-part='import-report'] .paged").forEach(r -> byKind.put(r.get(0), r));
        assertEquals(patentsBefore + Long.parseLong(byKind.get("patents").get(1).replace(",", "")),
                service.get("/api/v1/patents?size=1").get("total").asLong());
        assertEquals(count(service.get("/api/v1/pool-patents?size=1&pool=hevc-advance"), "total"), byKind.get("poolPatents").get(1));
        assertEquals(count(service.get("/api/v1/licensors?size=1&pool=hevc-advance"), "total"), byKind.get("licensors").get(1));
        List<List<String>> warnings = browser.rows("[data-part='import-report'] [data-list='warnings']");
        assertTrue(warnings.stream().anyMatch(w -> w.get(0).equals("18662") && w.get(2).contains("US10194167")), warnings.toString());

        browser.open("/standards/" + enc("ITU-T H.265"), "standard");
        browser.screenshot("standard-h265");
        JsonNode c = service.get("/api/v1/standards/" + enc("ITU-T H.265") + "/coverage?size=1");
        assertEquals(List.of(count(c, "essential"), count(c, "covered"), count(c, "uncovered"), pct(c.get("ratio").asDouble()),
                count(c, "unknownExpiry")), figures("[data-part='coverage']"));
        browser.open("/pools/hevc-advance", "pool");
        browser.screenshot("pool-hevc-advance");
        assertEquals("1–15 of " + count(service.get("/api/v1/pool-patents?size=1&pool=hevc-advance"), "total"),
                browser.find("[data-part='contents'] .pager-status").getText());
    }

    static Path shared(String file) {
        for (Path base : List.of(Path.of("../../shared"), Path.of("../shared"), Path.of("/work/shared"))) {
            if (Files.isRegularFile(base.resolve(file))) {
                return base.resolve(file);
            }
        }
        throw new IllegalStateException("the shared folder with " + file + " is not beside this checkout");
    }

    // ---------------------------------------------------------------- API keys

    @Test
    void anEnteredKeyTravelsAsABearerHeaderAndNeverInTheAddress() {
        String reader = service.newKey("reader");
        browser.open("/standards/AVS3?asOf=" + AS_OF, "standard");
        browser.find("#key-status button").click();
        WebElement input = browser.find("#key-input");
        input.clear();
        input.sendKeys(reader);
        browser.find("#key-form button[value='save']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.find("#key-status").getText().contains("API key set"));
        // The key lasts the browser session: a reload draws the page with it (and no re-render races the click).
        browser.driver.navigate().refresh();
        browser.awaitPage("standard");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(d -> !browser.findAll("[data-table='binding-shares'] tbody a").isEmpty());
        // Record the headers of the page's next requests.
        browser.js("""
                window.__auth = [];
                const original = window.fetch;
                window.fetch = (input, init) => { window.__auth.push((init && init.headers && init.headers.Authorization) || ''); return original(input, init); };""");
        browser.find("[data-table='binding-shares'] tbody a").click();
        browser.awaitPage("pool");
        @SuppressWarnings("unchecked")
        List<String> auth = (List<String>) browser.js("return window.__auth");
        assertFalse(auth.isEmpty());
        assertTrue(auth.stream().allMatch(("Bearer " + reader)::equals), auth.toString());
        assertFalse(browser.driver.getCurrentUrl().contains(reader));
        assertEquals(reader, browser.js("return sessionStorage.getItem('sepgraph.apiKey')"));
        assertTrue(browser.find("#key-status").getText().contains("API key set"));
        expectedSevere.add("401"); // without a key, the page's requests are refused
        browser.find("#key-status button:last-child").click(); // Forget
        browser.awaitPage("pool");
        assertEquals(null, browser.js("return sessionStorage.getItem('sepgraph.apiKey')"));
        browser.js("sessionStorage.clear()");
    }

    /**
     * A new visitor without a key: the service answers 401, the page explains it in words and asks for a key once
     * per browser session, then retries with it; a key whose role may not do something gets the 403 in words.
     */
    @Test
    void a401AsksForAKeyOnceAndA403IsExplained(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String reader = service.newKey("reader");
        expectedSevere.add("401");
        expectedSevere.add("403");
        browser.key = null;
        try {
            browser.driver.get(service.base() + "/app/app.css");
            browser.js("sessionStorage.clear()"); // a new browser session: no key, not asked yet
            browser.driver.get(service.base() + "/?asOf=" + AS_OF);
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                    browser.js("return document.getElementById('key-dialog').open")));
            String error = browser.find("main .error").getText();
            assertTrue(error.contains("This service needs an API key"), error);
            browser.screenshot("api-key-asked");
            browser.find("#key-input").sendKeys(reader);
            browser.find("#key-form button[value='save']").click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.find("#key-status").getText().contains("API key set"));
            browser.awaitPage("home");
            assertTrue(browser.findAll("main .error").isEmpty(), "with the key the page is drawn");
            assertFalse(browser.driver.getCurrentUrl().contains(reader));

            // 403: a reader may not import; said in words, and no key dialog.
            Path bundle = dir.resolve("refused.json");
            Files.writeString(bundle, """
                    {"format": "sepgraph-bundle", "version": 1, "organizations": [{"id": "not-written", "name": "No"}]}""");
            browser.driver.get(service.base() + "/imports");
            browser.awaitPage("imports");
            new Select(browser.find("#imp-format")).selectByValue("bundle");
            browser.find("#imp-file").sendKeys(bundle.toString());
            browser.find("form.import-form button[type='submit']").click();
            WebElement denied = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(org.openqa.selenium.By.cssSelector("#imp-report .error")).stream().findFirst().orElse(null));
            assertTrue(denied.getText().contains("may not do this"), denied.getText());
            String history = browser.find("[data-part='import-history'] .error").getText();
            assertTrue(history.contains("Not allowed with this key") && history.contains("“reader” may not do this"), history);
            assertFalse((Boolean) browser.js("return document.getElementById('key-dialog').open"));
            assertEquals(404, service.answer("/api/v1/organizations/not-written").status(), "nothing was written");

            // Forget the key: the next 401 is explained, but the dialog is not forced open again in this session.
            browser.driver.get(service.base() + "/pools/avs3-pool");
            browser.awaitPage("pool");
            browser.find("#key-status button:last-child").click();
            browser.awaitPage("pool");
            assertTrue(browser.find("main .error").getText().contains("This service needs an API key"));
            assertFalse((Boolean) browser.js("return document.getElementById('key-dialog').open"), "asked once per session");
            browser.js("sessionStorage.clear()");
        } finally {
            browser.key = PackagedService.ADMIN_KEY;
        }
    }

    /** An admin makes a key on the keys page (its secret shown once, and it opens the API), lists it, revokes it. */
    @Test
    void keysPageMakesListsAndRevokesKeys() throws IOException {
        browser.open("/keys", "keys");
        assertEquals("admin", browser.find("[data-part='my-key'] [data-role]").getText());
        browser.find("#key-name").sendKeys("Kestrel team (web test)");
        new Select(browser.find("#key-role")).selectByValue("reader");
        browser.find("#key-org").sendKeys("kestrel");
        browser.find("[data-part='make-key'] button[type='submit']").click();
        WebElement secret = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.findAll("#new-secret").stream().findFirst().orElse(null));
        String key = secret.getAttribute("value");
        assertFalse(browser.driver.getCurrentUrl().contains(key), "never in the address");
        PackagedService.Answer me = service.answerWith(key, "/api/v1/keys/me");
        assertEquals(200, me.status());
        assertEquals("Kestrel team (web test)", me.body().get("name").asText());
        assertEquals("kestrel", me.body().get("organization").asText());
        browser.awaitPage("keys");
        browser.screenshot("keys");
        JsonNode keys = service.get("/api/v1/keys?size=20");
        List<List<String>> rows = browser.rows("[data-part='keys']");
        assertEquals(ids(keys.get("items"), "id"), rows.stream().map(r -> r.get(0)).toList());
        String id = me.body().get("id").asText();
        browser.find("button[aria-label^='Revoke key " + id + "']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> browser.find("[data-part='keys'] [role='status']").getText().contains("revoked"));
        assertEquals(401, service.answerWith(key, "/api/v1/keys/me").status(), "a revoked key opens nothing");
        browser.awaitPage("keys");
        assertFalse(browser.rows("[data-part='keys']").stream().anyMatch(r -> r.get(0).equals(id)));
    }

    /** A key that is not an admin's sees what its role may do, and that only an admin manages keys. */
    @Test
    void keysPageTellsAReaderWhatItsRoleMayDo() throws IOException {
        browser.key = service.newKey("reader");
        try {
            browser.open("/keys", "keys");
            assertEquals("reader", browser.find("[data-part='my-key'] [data-role]").getText());
            assertTrue(browser.find("[data-part='my-key']").getText().contains("This key may read everything"));
            assertTrue(browser.find("[data-part='manage']").getText().contains("Only an admin key may make, list and revoke keys"));
            assertTrue(browser.findAll("[data-part='make-key'], [data-part='keys']").isEmpty());
            browser.screenshot("keys-reader");
        } finally {
            browser.key = PackagedService.ADMIN_KEY;
        }
    }

    // ---------------------------------------------------------------- helpers

    private List<String> figures(String sectionCss) {
        return browser.findAll(sectionCss + " .figures .figure dd:not(.note)").stream().map(WebElement::getText).toList();
    }

    private List<String> firstColumn(String css) {
        List<List<String>> rows = browser.rows(css);
        assertTrue(rows != null, "no element " + css);
        return rows.stream().map(r -> r.get(0)).toList();
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get(field).asText()));
        return out;
    }

    /** The page lists six licensors, then how many more. */
    private static String licensors(List<String> ids) {
        return ids.size() <= 6 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 6)) + " and " + (ids.size() - 6) + " more";
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }

    /** Money as the page shows it: 600,000.00, 0.24, 0.20. */
    private static String money(JsonNode amount) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00####", java.text.DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(amount.decimalValue());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static String count(JsonNode node, String field) {
        return String.format(Locale.US, "%,d", node.get(field).asLong());
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }

    private static String share(long covered, JsonNode coverage) {
        long essential = coverage.get("essential").asLong();
        return pct(essential == 0 ? 0 : (double) covered / essential);
    }

    /** A number as JavaScript prints it: 84.6, 100, 0. */
    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
