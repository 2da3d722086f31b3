// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.DUPLICATE_KEY}). */
@LintRule(id = "duplicate-key", name = "DuplicateKey", severity = Severity.WARNING, tags = {Tag.CORRECTNESS},
    description = "A key is set twice where only one of the values counts")
public final class DuplicateKey implements DeclaredRule {}
