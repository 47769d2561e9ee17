/** HCPCS Level II as a code-system plug-in: injected drugs with units from the documented dose, supplies. */
package org.opencac.engine.hcpcs;
