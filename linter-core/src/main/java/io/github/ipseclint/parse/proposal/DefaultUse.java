// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.proposal;

/** Why strongSwan's defaults are used; the ESP order depends on it (negotiation.md §4.1). */
enum DefaultUse {
  /** swanctl option absent. */
  SWANCTL_OMITTED,
  /** swanctl list item {@code default}. */
  SWANCTL_KEYWORD,
  /** ipsec.conf option absent, or appended to a list without {@code !}. */
  IPSEC_CONF
}
