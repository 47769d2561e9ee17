/** CDS Hooks 2.0: discovery, the encounter-discharge coding service and feedback ({@code CdsHooksHandler}). */
package org.opencac.api.cds;
