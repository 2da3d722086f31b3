// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.baseline;

/**
 * What a baseline keeps of a finding: its rule, its file and a hash that survives moved lines.
 *
 * @param hash SHA-256 (hex) of the rule id, the finding's normalized line text and message; on
 *     lines holding secrets, of the rule id, file, selector text and occurrence index instead
 */
public record Fingerprint(String rule, String file, String hash) {}
