package org.opencac.engine.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.opencac.engine.Document;
import org.opencac.engine.Stage;
import org.opencac.engine.note.Span;

/**
 * Finds section headers ("FAMILY HISTORY:", "Assessment and Plan") at the start of lines and splits the
 * note into sections. The header literals are data: {@code section_headers.json}.
 */
public final class SectionDetector implements Stage {
    public static final String RESOURCE = "/org/opencac/engine/section/section_headers.json";

    /** The characters a header may have; a header ends at a colon on its line, or is the whole line. */
    private static final Pattern HEADER_CHARS = Pattern.compile("[A-Za-z][A-Za-z0-9 /&'()\\-]*");
    private static final int MAX_HEADER = 61;

    private final Map<String, String> categoryByHeader;

    public SectionDetector(List<SectionRule> rules) {
        Map<String, String> map = new HashMap<>();
        for (SectionRule r : rules) {
            for (String h : r.headers()) {
                String prior = map.putIfAbsent(h, r.category());
                if (prior != null && !prior.equals(r.category())) {
                    throw new IllegalArgumentException("section header '" + h + "' is in two categories: "
                            + prior + " and " + r.category() + " (rule " + r.id() + ")");
                }
            }
        }
        this.categoryByHeader = Map.copyOf(map);
    }

    /** Loads the bundled rules. */
    public static SectionDetector standard() {
        try (InputStream in = SectionDetector.class.getResourceAsStream(RESOURCE)) {
            return new SectionDetector(readRules(in, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SectionRule> readRules(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IllegalStateException("missing " + name);
        }
        JsonNode root = new ObjectMapper().readTree(in);
        List<SectionRule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            List<String> headers = new ArrayList<>();
            r.path("headers").forEach(h -> headers.add(h.asText()));
            try {
                rules.add(new SectionRule(r.path("id").asText(null), r.path("category").asText(null), headers));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    @Override
    public Document process(Document doc) {
        String text = doc.text();
        List<int[]> headers = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        findHeaders(text, headers, categories);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(headers.get(a)[0], headers.get(b)[0]));
        List<int[]> kept = new ArrayList<>();
        List<String> keptCategories = new ArrayList<>();
        int cursor = -1;
        for (int i : order) {
            if (headers.get(i)[0] > cursor) {
                kept.add(headers.get(i));
                keptCategories.add(categories.get(i));
                cursor = headers.get(i)[1];
            }
        }
        List<Section> sections = new ArrayList<>();
        if (kept.isEmpty() || kept.get(0)[0] > 0) {
            int end = kept.isEmpty() ? text.length() : kept.get(0)[0];
            sections.add(new Section(Section.UNKNOWN, new Span(0, 0), new Span(0, end)));
        }
        for (int k = 0; k < kept.size(); k++) {
            int end = k + 1 < kept.size() ? kept.get(k + 1)[0] : text.length();
            int[] h = kept.get(k);
            sections.add(new Section(keptCategories.get(k), new Span(h[0], h[1]), new Span(h[0], end)));
        }
        return doc.withSections(sections);
    }

    /**
     * Finds headers line by line: text before a colon near the start of a line ("HPI:"), or a whole line
     * in capitals ("ASSESSMENT AND PLAN"), whose lowercase form is a known header literal.
     */
    private void findHeaders(String text, List<int[]> spans, List<String> categories) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int a = lineStart;
            while (a < lineEnd && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
                a++;
            }
            if (a < lineEnd && Character.isLetter(text.charAt(a))) {
                int colon = indexOf(text, ':', a, Math.min(lineEnd, a + MAX_HEADER + 1)); // never past the line
                if (colon > a && colon < lineEnd && colon - a <= MAX_HEADER) {
                    addIfHeader(text, a, colon, colon + 1, false, spans, categories);
                } else {
                    int b = lineEnd;
                    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                        b--;
                    }
                    if (b - a <= MAX_HEADER) {
                        addIfHeader(text, a, b, b, true, spans, categories);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** The first {@code c} in [from, to), or -1. */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private void addIfHeader(String text, int start, int keyEnd, int headerEnd, boolean wholeLine, List<int[]> spans,
                             List<String> categories) {
        String raw = text.substring(start, keyEnd).trim();
        if (raw.isEmpty() || !HEADER_CHARS.matcher(raw).matches()) {
            return;
        }
        String key = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String category = categoryByHeader.get(key);
        if (category == null || (wholeLine && !(raw.equals(raw.toUpperCase(Locale.ROOT)) && key.length() > 2))) {
            return;
        }
        spans.add(new int[] {start, headerEnd});
        categories.add(category);
    }
}
