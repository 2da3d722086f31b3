// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

/** A CNSA level and the research's wording of it. */
public record CnsaStatus(CnsaLevel level, String text) {}
