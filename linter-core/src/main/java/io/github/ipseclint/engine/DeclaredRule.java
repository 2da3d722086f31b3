// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine;

/**
 * A rule whose findings come from the parse layer ({@link
 * io.github.ipseclint.model.finding.CoreRule}) or from the engine ({@link EngineRule}). The class
 * carries only the metadata, so these findings get help, docs, severity overrides and
 * suppression like every other rule's.
 */
public non-sealed interface DeclaredRule extends Rule {}
