// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.DUPLICATE_SECTION}). */
@LintRule(id = "duplicate-section", name = "DuplicateSection", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "A section is written twice and the daemon ignores, merges or replaces one of them")
public final class DuplicateSection implements DeclaredRule {}
