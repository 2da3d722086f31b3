// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.crypto;

import java.util.OptionalInt;

/**
 * NIST status with the last calendar years before deprecation and disallowance (SP 800-131A r2,
 * the r3 draft and IR 8547, as recorded in algorithms.md); a rule fires when the year of the
 * as-of date is greater than the year given.
 */
public record NistStatus(
    NistLevel level, OptionalInt deprecatedAfter, OptionalInt disallowedAfter, String text) {}
