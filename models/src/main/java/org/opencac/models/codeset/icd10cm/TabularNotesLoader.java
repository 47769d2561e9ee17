package org.opencac.models.codeset.icd10cm;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opencac.models.io.Resources;
import org.opencac.models.codeset.Chapter;
import org.opencac.models.codeset.CodeSet;
import org.opencac.models.codeset.InstructionalNote;
import org.opencac.models.codeset.NoteType;
import org.opencac.models.codeset.SeventhCharacter;

/**
 * Reads the ICD-10-CM Tabular List XML (root {@code ICD10CM.tabular}) with StAX: chapters, sections
 * (blocks), {@code diag} entries and their notes (includes, inclusionTerm, excludes1/2, codeFirst,
 * useAdditionalCode, codeAlso, sevenChrNote, sevenChrDef).
 */
public final class TabularNotesLoader {

    private static final Map<String, NoteType> NOTE_ELEMENTS = Map.of(
            "includes", NoteType.INCLUDES,
            "inclusionTerm", NoteType.INCLUSION_TERM,
            "excludes1", NoteType.EXCLUDES1,
            "excludes2", NoteType.EXCLUDES2,
            "codeFirst", NoteType.CODE_FIRST,
            "useAdditionalCode", NoteType.USE_ADDITIONAL_CODE,
            "codeAlso", NoteType.CODE_ALSO,
            "sevenChrNote", NoteType.SEVENTH_CHARACTER_NOTE);

    private final Map<String, List<InstructionalNote>> notesByCode = new HashMap<>();
    private final Map<String, List<SeventhCharacter>> seventhByCode = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final List<Chapter> chapters = new ArrayList<>();
    private String version = "";

    public TabularNotes load(InputStream in, String sourceName) {
        try {
            XMLStreamReader r = Resources.xmlReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "version" -> version = r.getElementText().trim();
                        case "chapter" -> chapters.add(readChapter(r));
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(sourceName + ": not a readable Tabular XML: " + e.getMessage(), e);
        }
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ": no chapters found (root ICD10CM.tabular expected)");
        }
        return new TabularNotes(version, List.copyOf(chapters), Map.copyOf(notesByCode), Map.copyOf(seventhByCode),
                Map.copyOf(titles), new HashSet<>(titles.keySet()));
    }

    private Chapter readChapter(XMLStreamReader r) throws XMLStreamException {
        String number = "";
        String title = "";
        List<InstructionalNote> notes = new ArrayList<>();
        List<Chapter.Block> blocks = new ArrayList<>();
        for (String el = Resources.nextChild(r, "chapter"); el != null; el = Resources.nextChild(r, "chapter")) {
            switch (el) {
                case "name" -> number = r.getElementText().trim();
                case "desc" -> title = r.getElementText().trim();
                case "section" -> blocks.add(readSection(r, r.getAttributeValue(null, "id")));
                case "sectionIndex" -> skip(r, "sectionIndex");
                default -> {
                    NoteType t = NOTE_ELEMENTS.get(el);
                    if (t != null) {
                        notes.addAll(readNotes(r, el, t, "chapter " + number));
                    }
                }
            }
        }
        return new Chapter(number, title, blocks, notes);
    }

    private Chapter.Block readSection(XMLStreamReader r, String id) throws XMLStreamException {
        String title = "";
        List<InstructionalNote> notes = new ArrayList<>();
        for (String el = Resources.nextChild(r, "section"); el != null; el = Resources.nextChild(r, "section")) {
            if (el.equals("desc")) {
                title = r.getElementText().trim();
            } else if (el.equals("diag")) {
                readDiag(r, null);
            } else if (NOTE_ELEMENTS.containsKey(el)) {
                notes.addAll(readNotes(r, el, NOTE_ELEMENTS.get(el), id));
            }
        }
        String[] range = id.split("-");
        return new Chapter.Block(id, range[0], range.length > 1 ? range[1] : range[0], title, notes);
    }

    private void readDiag(XMLStreamReader r, String parent) throws XMLStreamException {
        String code = null;
        List<InstructionalNote> notes = new ArrayList<>();
        for (String el = Resources.nextChild(r, "diag"); el != null; el = Resources.nextChild(r, "diag")) {
            switch (el) {
                case "name" -> code = CodeSet.normalize(r.getElementText());
                case "desc" -> titles.put(code, r.getElementText().trim());
                case "diag" -> readDiag(r, code);
                case "sevenChrDef" -> seventhByCode.put(code, readSeventh(r));
                default -> {
                    NoteType t = NOTE_ELEMENTS.get(el);
                    if (t != null) {
                        notes.addAll(readNotes(r, el, t, code));
                    }
                }
            }
        }
        if (code != null && !notes.isEmpty()) {
            notesByCode.put(code, List.copyOf(notes));
        }
    }

    private List<SeventhCharacter> readSeventh(XMLStreamReader r) throws XMLStreamException {
        List<SeventhCharacter> out = new ArrayList<>();
        for (String el = Resources.nextChild(r, "sevenChrDef"); el != null; el = Resources.nextChild(r, "sevenChrDef")) {
            if (el.equals("extension")) {
                String ch = r.getAttributeValue(null, "char");
                out.add(new SeventhCharacter(ch.charAt(0), r.getElementText().trim()));
            }
        }
        return List.copyOf(out);
    }

    private List<InstructionalNote> readNotes(XMLStreamReader r, String element, NoteType type, String source)
            throws XMLStreamException {
        List<InstructionalNote> out = new ArrayList<>();
        for (String el = Resources.nextChild(r, element); el != null; el = Resources.nextChild(r, element)) {
            if (el.equals("note")) {
                out.add(InstructionalNote.of(type, r.getElementText().trim(), source == null ? "" : source));
            }
        }
        return out;
    }

    private static void skip(XMLStreamReader r, String element) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(element)) {
                return;
            }
        }
    }
}
