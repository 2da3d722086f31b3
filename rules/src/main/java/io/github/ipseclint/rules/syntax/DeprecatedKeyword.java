// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.DEPRECATED_KEYWORD}). */
@LintRule(id = "deprecated-keyword", name = "DeprecatedKeyword", severity = Severity.WARNING, tags = {Tag.CORRECTNESS, Tag.STYLE},
    description = "A keyword is still accepted by the daemon but ignored")
public final class DeprecatedKeyword implements DeclaredRule {}
