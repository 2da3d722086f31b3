// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.UNKNOWN_KEYWORD}). */
@LintRule(id = "unknown-keyword", name = "UnknownKeyword", severity = Severity.ERROR, tags = {Tag.CORRECTNESS},
    description = "A keyword is not known to the daemon release being targeted")
public final class UnknownKeyword implements DeclaredRule {}
