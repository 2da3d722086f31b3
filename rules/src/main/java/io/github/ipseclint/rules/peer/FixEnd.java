// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

/**
 * The end of a direction where the fix of a disagreement most naturally goes, and so where its
 * finding is reported by default: the responder for what it refuses (proposals, IDs, keys,
 * selectors), the initiator for what only costs the initiator a round trip.
 */
enum FixEnd {
  INITIATOR,
  RESPONDER
}
