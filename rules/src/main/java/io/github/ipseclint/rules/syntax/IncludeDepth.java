// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.INCLUDE_DEPTH}). */
@LintRule(id = "include-depth", name = "IncludeDepth", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "Includes loop or nest deeper than the daemon allows")
public final class IncludeDepth implements DeclaredRule {}
