package org.opencac.models.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    private static XMLStreamReader reader(String xml) throws Exception {
        return Resources.xmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nextChildGivesTheElementsStartedInsideTheParentUntilItEnds() throws Exception {
        XMLStreamReader r = reader("<root><item><name>a</name>text<code>x</code></item><after/></root>");
        assertEquals("root", Resources.nextChild(r, "none"));
        assertEquals("item", Resources.nextChild(r, "root"));
        List<String> children = new ArrayList<>();
        for (String el = Resources.nextChild(r, "item"); el != null; el = Resources.nextChild(r, "item")) {
            children.add(el + "=" + r.getElementText());
        }
        assertEquals(List.of("name=a", "code=x"), children);
        assertEquals("after", Resources.nextChild(r, "root"), "the parent's end stops the reading, not the siblings'");
        assertNull(Resources.nextChild(r, "root"));
    }

    @Test
    void aChildNotReadToItsEndGivesItsOwnChildrenNext() throws Exception {
        XMLStreamReader r = reader("<diag><diag><name>inner</name></diag><name>outer</name></diag>");
        assertEquals("diag", Resources.nextChild(r, "none"));
        assertEquals("diag", Resources.nextChild(r, "diag"));
        assertEquals("name", Resources.nextChild(r, "diag"));
        assertEquals("inner", r.getElementText());
        assertNull(Resources.nextChild(r, "diag"), "the inner element's end is the first end of that name");
    }
}
