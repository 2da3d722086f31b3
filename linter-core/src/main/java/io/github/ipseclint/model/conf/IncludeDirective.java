// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;

/**
 * {@code include <pattern>}. In strongSwan it may stand anywhere outside quotes, even after
 * {@code =} ({@link #midLine()}); Libreswan only knows it at column 0.
 */
public record IncludeDirective(Located<ByteText> pattern, boolean midLine, Span span)
    implements ConfStatement {}
