package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An infectious-agent code is told exactly as the pattern B9[5-7](\..*)? tells it. */
class OrganismsAgentTest {
    private static final Pattern AGENT = Pattern.compile("B9[5-7](\\..*)?");

    @Test
    void agentCodesAreToldAsThePatternTellsThem() {
        for (String code : List.of("B95", "B96", "B97", "B94", "B98", "B95.0", "B96.20", "B97.4", "B95.", "B951",
                "B9", "B", "", "b95", "B95.1\n", "B95.\u2028", "B95.x", "C95.0", " B95", "B96.2X", "B97..1")) {
            assertEquals(AGENT.matcher(code).matches(), Organisms.isAgent(code), "'" + code + "'");
        }
    }
}
