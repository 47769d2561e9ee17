/**
 * HTTP for the workbench: {@link org.opencac.workbench.http.WorkbenchRoutes#install} adds the routes and the
 * page to the service's Javalin app; {@link org.opencac.workbench.http.CoderIdentity} is the one function
 * that says who acts (swap it for API-key authentication).
 */
package org.opencac.workbench.http;
