// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.UNRESOLVED_INCLUDE}). */
@LintRule(id = "unresolved-include", name = "UnresolvedInclude", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "An include matches no file or leads outside the scanned directory")
public final class UnresolvedInclude implements DeclaredRule {}
