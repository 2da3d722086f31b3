// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.tooling;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the engine ({@link io.github.ipseclint.engine.EngineRule.SUPPRESSION_WITHOUT_REASON}). */
@LintRule(id = "suppression-without-reason", name = "SuppressionWithoutReason", severity = Severity.WARNING, tags = {Tag.TOOLING},
    description = "An inline suppression does not say why the finding is acceptable")
public final class SuppressionWithoutReason implements DeclaredRule {}
