// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.UNKNOWN_ALGORITHM}). */
@LintRule(id = "unknown-algorithm", name = "UnknownAlgorithm", severity = Severity.ERROR, tags = {Tag.CRYPTO, Tag.CORRECTNESS},
    description = "A proposal names an algorithm the daemon release does not know")
public final class UnknownAlgorithm implements DeclaredRule {}
