// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import java.util.OptionalInt;

/**
 * BSI TR-02102-3 status: the last year the transform is recommended, and whether that year is
 * only the edge of the TR's horizon ({@code 2031+}) rather than an announced end.
 */
public record BsiStatus(
    BsiLevel level, OptionalInt recommendedUntil, boolean beyondHorizon, String text) {}
