package org.opencac.models.codeset.icd10cm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencac.models.io.Resources;

/**
 * Reads the publishers' ICD-10-CM index XML (root {@code ICD10CM.index}): the Alphabetic Index, the
 * Neoplasm table, the Table of Drugs and Chemicals and the External Cause index share this layout of
 * letters, main terms and nested terms with a title (and {@code nemod} nonessential modifiers), a code
 * ({@code subcat} read as a code), a manifestation code, table cells and {@code see}/{@code seeAlso}
 * cross-references ({@code seecat} read as "see category X").
 */
public final class IndexXmlLoader {

    /**
     * What one index file holds.
     *
     * @param version the file's version element, e.g. "2025"
     * @param entries every term in document order
     */
    public record IndexFile(String version, List<IndexEntry> entries) {
    }

    /** A bundled index file ({@link Resources#bundled}), e.g. "data/icd10cm/icd-10-cm-neoplasm-2025.xml.xz", read. */
    public static IndexFile bundled(String resource) {
        try (InputStream in = Resources.bundled(resource)) {
            return new IndexXmlLoader().load(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IndexFile load(InputStream in, String sourceName) {
        List<IndexEntry> out = new ArrayList<>();
        String version = "";
        try {
            XMLStreamReader r = Resources.xmlReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("version")) {
                        version = r.getElementText().trim();
                    } else if (r.getLocalName().equals("mainTerm")) {
                        readTerm(r, "mainTerm", List.of(), out);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(sourceName + ": not a readable index XML: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": no index terms found (root ICD10CM.index expected)");
        }
        return new IndexFile(version, out);
    }

    private void readTerm(XMLStreamReader r, String element, List<String> parentPath, List<IndexEntry> out)
            throws XMLStreamException {
        List<String> path = new ArrayList<>(parentPath);
        List<String> modifiers = new ArrayList<>();
        Map<Integer, String> cells = new HashMap<>();
        Refs refs = new Refs();
        String code = null;
        int entryPosition = -1;
        for (String el = Resources.nextChild(r, element); el != null; el = Resources.nextChild(r, element)) {
            switch (el) {
                case "title" -> {
                    StringBuilder title = new StringBuilder();
                    readTitle(r, title, modifiers, refs);
                    path.add(title.toString().replaceAll("\\s+", " ").trim());
                    entryPosition = out.size();
                    out.add(null);
                }
                case "code", "subcat" -> code = r.getElementText().trim();
                case "seecat" -> refs.see.add("category " + r.getElementText().trim());
                case "manif" -> refs.manif = r.getElementText().trim();
                case "see" -> refs.see.add(r.getElementText().replaceAll("\\s+", " ").trim());
                case "seeAlso" -> refs.seeAlso.add(r.getElementText().replaceAll("\\s+", " ").trim());
                case "cell" -> {
                    int col = Integer.parseInt(r.getAttributeValue(null, "col"));
                    String v = r.getElementText().trim();
                    if (!v.isEmpty() && !v.startsWith("-")) {
                        cells.put(col, v);
                    }
                }
                case "term" -> {
                    fill(out, entryPosition, path, modifiers, code, cells, refs);
                    readTerm(r, "term", path, out);
                }
                default -> { }
            }
        }
        fill(out, entryPosition, path, modifiers, code, cells, refs);
    }

    /** "see X" or "see also X" (a comma after "also" is a misprint) written among a title's modifiers. */
    private static final java.util.regex.Pattern SEE_IN_MODIFIER =
            java.util.regex.Pattern.compile("(?i)see (also,? )?([A-Z].*)");

    /** Manifestation code and cross-references of the term being read. */
    private static final class Refs {
        private String manif;
        private final List<String> see = new ArrayList<>();
        private final List<String> seeAlso = new ArrayList<>();
    }

    private static void fill(List<IndexEntry> out, int pos, List<String> path, List<String> modifiers, String code,
                             Map<Integer, String> cells, Refs refs) {
        if (pos >= 0) {
            out.set(pos, new IndexEntry(path, modifiers, code, cells, refs.manif, refs.see, refs.seeAlso));
        }
    }

    /**
     * A title's words and its nonessential modifiers. A cross-reference printed inside the modifiers ("basal cell
     * (pigmented) (see also Neoplasm, skin, malignant)") is read as the term's reference, not as a modifier.
     */
    private static void readTitle(XMLStreamReader r, StringBuilder title, List<String> modifiers, Refs refs)
            throws XMLStreamException {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("title")) {
                return;
            }
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                title.append(r.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("nemod")) {
                String nemod = r.getElementText();
                for (String m : nemod.split("\\)\\s*\\(")) {
                    String clean = m.replace("(", "").replace(")", "").replaceAll("\\s+", " ").trim();
                    java.util.regex.Matcher see = SEE_IN_MODIFIER.matcher(clean);
                    if (see.matches()) {
                        (see.group(1) != null ? refs.seeAlso : refs.see).add(see.group(2).trim());
                    } else if (!clean.isEmpty()) {
                        modifiers.add(clean);
                    }
                }
                title.append(' ');
            }
        }
    }
}
