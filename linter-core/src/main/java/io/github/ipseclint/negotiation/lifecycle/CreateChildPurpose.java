// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

/**
 * Why a CREATE_CHILD_SA exchange runs. Both daemons build different proposals for the two
 * (negotiation.md §7.2), which is why a recreation can succeed where the rekey failed (C05).
 */
enum CreateChildPurpose {
  /** Replace an installed CHILD SA before it expires. */
  REKEY,
  /** A new CHILD SA, e.g. the recreation of one that expired. */
  NEW
}
