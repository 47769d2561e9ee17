/** CPT as a code-system plug-in: office E/M level by 2021 MDM rules with reasons, documented services. */
package org.opencac.engine.cpt;
