// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.tooling;

import io.github.ipseclint.engine.DeclaredRule;
import io.github.ipseclint.engine.LintRule;
import io.github.ipseclint.engine.Tag;
import io.github.ipseclint.model.finding.Severity;

/** Declares the findings the engine ({@link io.github.ipseclint.engine.EngineRule.EXPIRED_SUPPRESSION}). */
@LintRule(id = "expired-suppression", name = "ExpiredSuppression", severity = Severity.WARNING, tags = {Tag.TOOLING},
    description = "An inline suppression is past its until date and no longer applies")
public final class ExpiredSuppression implements DeclaredRule {}
