// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.finding;

import io.github.ipseclint.model.source.Span;

/** Another place a finding involves, e.g. the {@code %default} line a value came from. */
public record RelatedLocation(Span span, String message) {}
