// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.tooling;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the engine ({@link io.github.ipseclint.engine.EngineRule.UNUSED_SUPPRESSION}). */
@LintRule(id = "unused-suppression", name = "UnusedSuppression", severity = Severity.WARNING, tags = {Tag.TOOLING},
    description = "An inline suppression suppresses nothing, names no rule or cannot be read")
public final class UnusedSuppression implements DeclaredRule {}
