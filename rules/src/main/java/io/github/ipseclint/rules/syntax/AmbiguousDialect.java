// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.AMBIGUOUS_DIALECT}). */
@LintRule(id = "ambiguous-dialect", name = "AmbiguousDialect", severity = Severity.NOTE, tags = {Tag.CORRECTNESS},
    description = "The file could belong to either strongSwan or Libreswan, or mixes both")
public final class AmbiguousDialect implements DeclaredRule {}
