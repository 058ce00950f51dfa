package org.sepgraph.imports.staging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A streaming CSV source for the CSV formats: UTF-8 with or without a BOM, CRLF or LF, the separator detected from
 * the first line among those allowed, quoted cells (with commas, quotes or line breaks) as RFC 4180 says, and the
 * file line on which each record starts.
 */
public final class CsvInput implements AutoCloseable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final LineCounter lines;

    private CsvInput(CSVParser parser, LineCounter lines) {
        this.parser = parser;
        this.records = parser.iterator();
        this.lines = lines;
    }

    /** Opens {@code in} (not closed by {@link #close}), choosing the separator the first line holds most of. */
    public static CsvInput open(InputStream in, char... separators) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.mark(1 << 16);
            int first = reader.read();
            if (first != '\uFEFF') {
                reader.reset();
                reader.mark(1 << 16);
            } else {
                reader.mark(1 << 16);
            }
            char[] head = new char[(1 << 16) - 1];
            int n = Math.max(0, reader.read(head, 0, head.length));
            reader.reset();
            String firstLine = new String(head, 0, n).split("\r?\n", 2)[0];
            char separator = separators[0];
            long best = -1;
            for (char s : separators) {
                long count = firstLine.chars().filter(c -> c == s).count();
                if (count > best) {
                    best = count;
                    separator = s;
                }
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
            LineCounter counter = new LineCounter(reader);
            return new CsvInput(CSVParser.builder().setReader(counter).setFormat(format).get(), counter);
        } catch (IOException e) {
            throw new UncheckedIOException("the CSV input could not be read", e);
        }
    }

    /** One record and the file line it starts on (1-based). */
    public record Line(long number, CSVRecord record) {
        /** The cell at {@code index}, stripped; null when the record is shorter or the cell blank. */
        public String cell(int index) {
            if (index < 0 || index >= record.size()) {
                return null;
            }
            String v = record.get(index).strip();
            return v.isEmpty() ? null : v;
        }
    }

    /** The next record, or null at the end of the input. */
    public Line next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            return new Line(lines.lineAt(record.getCharacterPosition()), record);
        } catch (UncheckedIOException e) {
            throw new CsvBroken(lines.lineAt(lines.position()), e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage());
        }
    }

    /**
     * Counts line feeds as the parser reads, so that a record's character position gives its file line as an
     * editor (and {@code wc -l}) counts it: a lone CR inside a cell, which the parser's own counter takes for a
     * line break, is not one. Holds only the line feeds of the parser's read-ahead, so memory stays flat.
     */
    private static final class LineCounter extends java.io.FilterReader {
        private final java.util.ArrayDeque<Long> feeds = new java.util.ArrayDeque<>();
        private long position;
        private long passed;

        LineCounter(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                if (c == '\n') {
                    feeds.add(position);
                }
                position++;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                if (buffer[offset + i] == '\n') {
                    feeds.add(position + i);
                }
            }
            if (n > 0) {
                position += n;
            }
            return n;
        }

        long position() {
            return position;
        }

        /** The 1-based line of the character at {@code at}; positions must be asked in increasing order. */
        long lineAt(long at) {
            while (!feeds.isEmpty() && feeds.peekFirst() < at) {
                feeds.pollFirst();
                passed++;
            }
            return passed + 1;
        }
    }

    /** The CSV itself cannot be parsed past this line (an unterminated quote, a stray character). */
    public static final class CsvBroken extends RuntimeException {
        private final long line;

        public CsvBroken(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    @Override
    public void close() {
        // the caller owns the stream; the parser holds nothing else
    }

    /** Header names in a comparable form: stripped, lower case, BOM and inner runs of spaces folded. */
    public static String headerKey(String name) {
        return name.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Column index of every header cell, by {@link #headerKey}; the first of duplicate names wins. */
    public static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(headerKey(header.get(i)), i);
        }
        return columns;
    }

    /** Index of the first header cell whose key matches, or -1. */
    public static int find(CSVRecord header, Predicate<String> matches) {
        for (int i = 0; i < header.size(); i++) {
            if (matches.test(headerKey(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** The header keys of a record, for messages. */
    public static List<String> keys(CSVRecord header) {
        return header.stream().map(CsvInput::headerKey).toList();
    }
}
