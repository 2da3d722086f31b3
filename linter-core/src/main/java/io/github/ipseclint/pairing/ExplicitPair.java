// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

import io.github.ipseclint.model.source.Span;

/**
 * One entry of {@code peers:} in {@code .ipseclint.yaml}: two connections that form a tunnel,
 * whatever the automatic pairing finds.
 *
 * @param span where the entry is written, for a finding when it cannot be resolved
 */
public record ExplicitPair(ConnectionRef left, ConnectionRef right, Span span) {}
