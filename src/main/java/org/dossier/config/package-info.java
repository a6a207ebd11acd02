/** The build's settings, validated once at the edge (exit code 2 on a bad one). */
package org.dossier.config;
