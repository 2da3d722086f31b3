// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.UNREADABLE_FILE}). */
@LintRule(id = "unreadable-file", name = "UnreadableFile", severity = Severity.ERROR, tags = {Tag.CORRECTNESS},
    description = "A file cannot be read, or its kind cannot be told")
public final class UnreadableFile implements DeclaredRule {}
