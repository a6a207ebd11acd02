/** What happened to each seed: problems, removals and outcomes, collected once and never thrown. */
package org.dossier.report;
