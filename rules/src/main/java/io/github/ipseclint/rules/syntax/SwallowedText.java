// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.SWALLOWED_TEXT}). */
@LintRule(id = "swallowed-text", name = "SwallowedText", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "The daemon silently drops text that looks meaningful")
public final class SwallowedText implements DeclaredRule {}
