package org.opencac.workbench.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.opencac.workbench.encounter.Principal;
import org.opencac.workbench.encounter.WorkbenchException;

/**
 * Who is acting. The ONE place that decides it, so authentication can replace it: today the coder id comes
 * from the {@code X-Coder-Id} header (or a {@code coderId} field in the body) and the organisation from
 * {@code X-Org-Id} (default "default"); with API keys it will come from the key.
 */
@FunctionalInterface
public interface CoderIdentity {
    Pattern ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");

    /** The acting principal; {@code body} is null for reads, which need no coder id. */
    Principal identify(Context ctx, JsonNode body);

    /** The interim identity: headers, then the body. */
    static CoderIdentity fromHeaders() {
        return (ctx, body) -> {
            String org = ctx.header("X-Org-Id");
            org = org == null || org.isBlank() ? "default" : org.trim();
            String coder = ctx.header("X-Coder-Id");
            if ((coder == null || coder.isBlank()) && body != null && body.path("coderId").isTextual()) {
                coder = body.get("coderId").asText();
            }
            if (coder == null || coder.isBlank()) {
                if (body != null) {
                    throw new WorkbenchException(400, "missing_coder",
                            "a write needs the coder's id (X-Coder-Id header or coderId field)");
                }
                coder = "anonymous";
            }
            coder = coder.trim();
            if (!ID.matcher(org).matches() || !ID.matcher(coder).matches()) {
                throw new WorkbenchException(400, "invalid_identity",
                        "coder and organisation ids are 1-128 letters, digits or . _ @ -");
            }
            return new Principal(org, coder);
        };
    }
}
