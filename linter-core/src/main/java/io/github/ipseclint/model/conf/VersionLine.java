// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Span;

/**
 * A {@code version 2} line. strongSwan discards any line whose first word starts with
 * {@code version} (even {@code versionfoo=1}); Libreswan accepts it only before the first section.
 */
public record VersionLine(ByteText text, Span span) implements ConfStatement {}
