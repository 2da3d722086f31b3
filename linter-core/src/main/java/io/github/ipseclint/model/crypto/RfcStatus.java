// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** An RFC requirement level and the research's wording of it. */
public record RfcStatus(RfcLevel level, String text) {}
