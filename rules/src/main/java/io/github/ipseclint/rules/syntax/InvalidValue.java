// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.INVALID_VALUE}). */
@LintRule(id = "invalid-value", name = "InvalidValue", severity = Severity.ERROR, tags = {Tag.CORRECTNESS},
    description = "A value is refused or ignored by the daemon, or cannot be read")
public final class InvalidValue implements DeclaredRule {}
