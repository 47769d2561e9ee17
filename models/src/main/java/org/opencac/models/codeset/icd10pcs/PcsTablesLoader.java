package org.opencac.models.codeset.icd10pcs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencac.models.codeset.CodeSetVersion;
import org.opencac.models.codeset.CodeSystem;
import org.opencac.models.io.Resources;

/**
 * Reads the CMS ICD-10-PCS tables XML ({@code ICD10PCS.tabular}: {@code pcsTable} with axes 1-3 and
 * {@code pcsRow} elements holding axes 4-7).
 */
public final class PcsTablesLoader {
    public static final String BUNDLED_TABLES = "data/icd10pcs/icd10pcs_tables_2026.xml.xz";

    private PcsTablesLoader() {
    }

    public static PcsTables loadBundled() {
        try (InputStream in = Resources.bundled(BUNDLED_TABLES)) {
            return read(in, BUNDLED_TABLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a tables XML; the release is "FY" + its {@code <version>}. */
    public static PcsTables read(InputStream in, String name) {
        try {
            XMLStreamReader x = Resources.xmlReader(in);
            String version = null;
            List<PcsTable> tables = new ArrayList<>();
            // state of the table being read
            String[] head = new String[3];
            String[] headLabel = new String[3];
            String definition = "";
            String[] titles = new String[4];
            List<PcsRow> rows = new ArrayList<>();
            List<List<PcsValue>> rowAxes = null;
            List<PcsValue> axisValues = null;
            int axisPos = 0;
            boolean inRow = false;
            String axisTitle = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "version" -> version = x.getElementText().trim();
                        case "pcsTable" -> {
                            head = new String[3];
                            headLabel = new String[3];
                            definition = "";
                            titles = new String[4];
                            rows = new ArrayList<>();
                        }
                        case "pcsRow" -> {
                            inRow = true;
                            rowAxes = new ArrayList<>();
                        }
                        case "axis" -> {
                            axisPos = Integer.parseInt(x.getAttributeValue(null, "pos"));
                            axisValues = new ArrayList<>();
                            axisTitle = null;
                        }
                        case "title" -> axisTitle = x.getElementText().trim();
                        case "definition" -> definition = x.getElementText().trim();
                        case "label" -> {
                            String code = x.getAttributeValue(null, "code");
                            String label = x.getElementText().trim();
                            if (!inRow && axisPos >= 1 && axisPos <= 3) {
                                head[axisPos - 1] = code;
                                headLabel[axisPos - 1] = label;
                            } else if (axisValues != null) {
                                axisValues.add(new PcsValue(code.charAt(0), label));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "axis" -> {
                            if (inRow) {
                                rowAxes.add(axisValues);
                                titles[axisPos - 4] = axisTitle;
                            }
                            axisValues = null;
                        }
                        case "pcsRow" -> {
                            inRow = false;
                            rows.add(new PcsRow(rowAxes));
                        }
                        case "pcsTable" -> tables.add(new PcsTable(head[0] + head[1] + head[2], headLabel[0],
                                headLabel[1], headLabel[2], definition, List.of(titles), rows));
                        default -> {
                        }
                    }
                }
            }
            if (version == null) {
                throw new IllegalArgumentException(name + ": no <version> element");
            }
            return new PcsTables(new CodeSetVersion(CodeSystem.ICD10PCS, "FY" + version), tables);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ": not a readable PCS tables XML: " + e.getMessage(), e);
        }
    }
}
