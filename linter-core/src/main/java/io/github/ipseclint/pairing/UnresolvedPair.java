// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.pairing;

/**
 * An explicit pair that names no tunnel: a reference to a host, file or connection that the scan
 * does not hold, or two ends on the same host.
 *
 * @param problem what is wrong, one sentence without a trailing period
 */
public record UnresolvedPair(ExplicitPair pair, String problem) {}
