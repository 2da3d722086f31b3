// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.UNDEFINED_REFERENCE}). */
@LintRule(id = "undefined-reference", name = "UndefinedReference", severity = Severity.ERROR, tags = {Tag.CORRECTNESS},
    description = "A reference names a section that does not exist")
public final class UndefinedReference implements DeclaredRule {}
