// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.ipsec;

/** What happens to a CHILD SA when the peer closes it or stops answering ({@code close_action}, {@code dpd_action}). */
public enum ChildAction {
  /** {@code none}/{@code clear}. */
  CLEAR,
  /** {@code trap}/{@code hold}/{@code route}. */
  TRAP,
  /** {@code start}/{@code restart}. */
  RESTART
}
