// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.PARSE_ERROR}). */
@LintRule(id = "parse-error", name = "ParseError", severity = Severity.ERROR, tags = {Tag.SYNTAX, Tag.CORRECTNESS},
    description = "The daemon's parser rejects the text, or accepts it only with a complaint")
public final class ParseError implements DeclaredRule {}
