package org.sepgraph.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Dataset} into sepgraph bundles (DESIGN.md "Vocabulary"), split so that each bundle is one
 * reasonably sized import (one transaction) and only names ids already in the store or in itself: first every node
 * but patents and licences with the small relationships, then patents with their ownerships, declarations, pool
 * contents, and licences last. Each chunk is written on demand, so a large tier never sits in memory as JSON.
 */
public final class BundleWriter {
    /** A bundle to import: what it holds, and how to write it. */
    public record Chunk(String name, int patents, Writer writer) {
        public byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            write(out);
            return out.toByteArray();
        }

        /** Streams the bundle to a file (the whole large tier does not fit a byte array comfortably). */
        public void writeTo(java.nio.file.Path file) {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file),
                    1 << 16)) {
                write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void write(java.io.OutputStream out) {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("format", "sepgraph-bundle");
                g.writeNumberField("version", 1);
                writer.write(g);
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Dataset d;
    private final int rowsPerChunk;

    public BundleWriter(Dataset d, int rowsPerChunk) {
        this.d = d;
        this.rowsPerChunk = rowsPerChunk;
    }

    public List<Chunk> chunks() {
        List<Chunk> out = new ArrayList<>();
        out.add(new Chunk("organisations, families, standards, pools, clusters", 0, this::base));
        // licensors by ranges of pools of at most rowsPerChunk edges (a pool has ~1,100 at large)
        for (int from = 0; from < d.pools(); ) {
            int a = from;
            int b = a;
            long edges = 0;
            while (b < d.pools() && (b == a || edges + d.poolLicensors[b].length <= rowsPerChunk)) {
                edges += d.poolLicensors[b++].length;
            }
            int end = b;
            out.add(new Chunk("licensors of pools " + a + ".." + (end - 1), 0, g -> licensors(g, a, end)));
            from = end;
        }
        for (int from = 0; from < d.patents(); from += rowsPerChunk) {
            int a = from;
            int b = Math.min(d.patents(), from + rowsPerChunk);
            out.add(new Chunk("patents " + a + ".." + (b - 1), b - a, g -> patents(g, a, b)));
        }
        for (int from = 0; from < d.declarations(); from += rowsPerChunk) {
            int a = from;
            int b = Math.min(d.declarations(), from + rowsPerChunk);
            out.add(new Chunk("declarations " + a + ".." + (b - 1), 0, g -> declarations(g, a, b)));
        }
        for (int from = 0; from < d.poolPatents(); from += rowsPerChunk) {
            int a = from;
            int b = Math.min(d.poolPatents(), from + rowsPerChunk);
            out.add(new Chunk("pool patents " + a + ".." + (b - 1), 0, g -> poolPatents(g, a, b)));
        }
        int licenseChunk = Math.max(1, rowsPerChunk / 4);
        for (int from = 0; from < d.licenses(); from += licenseChunk) {
            int a = from;
            int b = Math.min(d.licenses(), from + licenseChunk);
            out.add(new Chunk("licences " + a + ".." + (b - 1), 0, g -> licenses(g, a, b)));
        }
        return out;
    }

    /** Everything in one bundle (one import, one transaction): for tiers that fit comfortably in one request. */
    public Chunk whole() {
        return new Chunk("the whole graph", d.patents(), g -> {
            base(g);
            licensors(g, 0, d.pools());
            patents(g, 0, d.patents());
            declarations(g, 0, d.declarations());
            poolPatents(g, 0, d.poolPatents());
            licenses(g, 0, d.licenses());
        });
    }

    private void base(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("organizations");
        for (int i = 0; i < d.organizations(); i++) {
            g.writeStartObject();
            g.writeStringField("id", d.orgId[i]);
            g.writeStringField("name", d.orgName[i]);
            g.writeStringField("kind", d.orgKind[i]);
            g.writeStringField("country", d.orgCountry[i]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("affiliations");
        for (int i = 0; i < d.affFrom.length; i++) {
            g.writeStartObject();
            g.writeStringField("organization", d.orgId[d.affFrom[i]]);
            g.writeStringField("affiliateOf", d.orgId[d.affTo[i]]);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("families");
        for (int f = 0; f < d.familyCount; f++) {
            g.writeStartObject();
            g.writeStringField("id", Dataset.familyId(f));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("standards");
        for (int s = 0; s < d.standards(); s++) {
            g.writeStartObject();
            g.writeStringField("id", d.standardId[s]);
            g.writeStringField("body", "BENCH");
            g.writeStringField("title", "Specification " + d.standardId[s]);
            if (d.partOf[s].length > 0) {
                g.writeArrayFieldStart("partOf");
                for (int p : d.partOf[s]) {
                    g.writeString(d.standardId[p]);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("pools");
        for (int i = 0; i < d.pools(); i++) {
            g.writeStartObject();
            g.writeStringField("id", d.poolId[i]);
            g.writeStringField("name", "Pool " + i);
            g.writeStringField("administrator", "Administrator " + (i % 7));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clusters");
        for (String c : d.clusterId) {
            g.writeStartObject();
            g.writeStringField("id", c);
            g.writeStringField("name", "Cluster " + c);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clusterPools");
        for (int c = 0; c < d.clusterId.length; c++) {
            for (int p : d.clusterPools[c]) {
                g.writeStartObject();
                g.writeStringField("cluster", d.clusterId[c]);
                g.writeStringField("pool", d.poolId[p]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("bindings");
        for (int i = 0; i < d.pools(); i++) {
            for (int s : d.poolBinds[i]) {
                g.writeStartObject();
                g.writeStringField("pool", d.poolId[i]);
                g.writeStringField("standard", d.standardId[s]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /** The licensors of pools {@code from} to {@code to - 1} (every owner of a pooled patent: 1.1M at large). */
    private void licensors(JsonGenerator g, int from, int to) throws IOException {
        g.writeArrayFieldStart("licensors");
        for (int i = from; i < to; i++) {
            for (int o : d.poolLicensors[i]) {
                g.writeStartObject();
                g.writeStringField("organization", d.orgId[o]);
                g.writeStringField("pool", d.poolId[i]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void patents(JsonGenerator g, int from, int to) throws IOException {
        g.writeArrayFieldStart("patents");
        for (int p = from; p < to; p++) {
            g.writeStartObject();
            g.writeStringField("id", d.patentId[p]);
            g.writeStringField("jurisdiction", d.jurisdiction[p]);
            g.writeStringField("filed", Dataset.date(d.filed[p]));
            if (d.expires[p] != Dataset.OPEN_END) {
                g.writeStringField("expires", Dataset.date(d.expires[p]));
            }
            g.writeStringField("status", Dataset.STATUS[d.status[p]]);
            if (d.family[p] >= 0) {
                g.writeStringField("family", Dataset.familyId(d.family[p]));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ownerships");
        for (int p = from; p < to; p++) {
            for (int o : d.owners[p]) {
                g.writeStartObject();
                g.writeStringField("organization", d.orgId[o]);
                g.writeStringField("patent", d.patentId[p]);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void declarations(JsonGenerator g, int from, int to) throws IOException {
        g.writeArrayFieldStart("declarations");
        for (int i = from; i < to; i++) {
            int p = d.declPatent[i];
            g.writeStartObject();
            g.writeStringField("patent", d.patentId[p]);
            g.writeStringField("standard", d.standardId[d.declStandard[i]]);
            if (d.owners[p].length > 0) {
                g.writeStringField("declarant", d.orgName[d.owners[p][0]]);
            }
            g.writeStringField("version", "1.0");
            g.writeStringField("assessment", Dataset.ASSESSMENT[d.declAssessment[i]]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void poolPatents(JsonGenerator g, int from, int to) throws IOException {
        g.writeArrayFieldStart("poolPatents");
        for (int i = from; i < to; i++) {
            g.writeStartObject();
            g.writeStringField("pool", d.poolId[d.ppPool[i]]);
            g.writeStringField("patent", d.patentId[d.ppPatent[i]]);
            if (d.ppSince[i] != Dataset.OPEN_START) {
                g.writeStringField("since", Dataset.date(d.ppSince[i]));
            }
            if (d.ppUntil[i] != Dataset.OPEN_END) {
                g.writeStringField("until", Dataset.date(d.ppUntil[i]));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void licenses(JsonGenerator g, int from, int to) throws IOException {
        g.writeArrayFieldStart("licenses");
        for (int i = from; i < to; i++) {
            g.writeStartObject();
            g.writeStringField("id", d.licId[i]);
            g.writeStringField("kind", d.licKind[i]);
            g.writeObjectFieldStart("grantor");
            g.writeStringField(d.licByPool[i] ? "pool" : "organization",
                    d.licByPool[i] ? d.poolId[d.licGrantor[i]] : d.orgId[d.licGrantor[i]]);
            g.writeEndObject();
            g.writeArrayFieldStart("grantees");
            for (int o : d.licGrantees[i]) {
                g.writeString(d.orgId[o]);
            }
            g.writeEndArray();
            if (d.licGranted[i] != Dataset.OPEN_START) {
                g.writeStringField("granted", Dataset.date(d.licGranted[i]));
            }
            if (d.licExpires[i] != Dataset.OPEN_END) {
                g.writeStringField("expires", Dataset.date(d.licExpires[i]));
            }
            if (d.licTerritories[i] != null) {
                g.writeArrayFieldStart("territories");
                for (String t : d.licTerritories[i]) {
                    g.writeString(t);
                }
                g.writeEndArray();
            }
            g.writeBooleanField("sublicensable", d.licSublicensable[i]);
            g.writeBooleanField("affiliates", d.licAffiliates[i]);
            g.writeObjectFieldStart("scope");
            ids(g, "patents", d.scopePatents[i], d.patentId);
            g.writeArrayFieldStart("families");
            for (int f : d.scopeFamilies[i]) {
                g.writeString(Dataset.familyId(f));
            }
            g.writeEndArray();
            ids(g, "pools", d.scopePools[i], d.poolId);
            ids(g, "portfolios", d.scopePortfolios[i], d.orgId);
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void ids(JsonGenerator g, String field, int[] indexes, String[] ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (int i : indexes) {
            g.writeString(ids[i]);
        }
        g.writeEndArray();
    }
}
