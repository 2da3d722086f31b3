// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.syntax;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the parse layer ({@link io.github.ipseclint.model.finding.CoreRule.INVALID_PROPOSAL}). */
@LintRule(id = "invalid-proposal", name = "InvalidProposal", severity = Severity.ERROR, tags = {Tag.CRYPTO, Tag.CORRECTNESS},
    description = "A proposal combines algorithms in a way the daemon refuses")
public final class InvalidProposal implements DeclaredRule {}
