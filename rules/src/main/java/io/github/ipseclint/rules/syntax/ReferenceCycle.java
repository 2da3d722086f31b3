// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.REFERENCE_CYCLE}). */
@LintRule(id = "reference-cycle", name = "ReferenceCycle", severity = Severity.ERROR, tags = {Tag.CORRECTNESS},
    description = "Sections reference each other in a loop")
public final class ReferenceCycle implements DeclaredRule {}
