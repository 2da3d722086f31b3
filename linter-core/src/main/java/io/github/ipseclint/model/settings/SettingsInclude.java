// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * {@code include <pattern>}: the matched files are read in the context of the section holding
 * the directive. The pattern is unescaped; an empty pattern is ignored by the daemon.
 */
public record SettingsInclude(Located<ByteText> pattern, Span span) implements SettingsStatement {}
