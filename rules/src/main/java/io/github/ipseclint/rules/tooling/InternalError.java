// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.tooling;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the engine when a rule throws ({@link io.github.ipseclint.model.finding.CoreRule.INTERNAL_ERROR}). */
@LintRule(id = "internal-error", name = "InternalError", severity = Severity.ERROR, tags = {Tag.TOOLING},
    description = "A rule of ipseclint failed while checking the file")
public final class InternalError implements DeclaredRule {}
