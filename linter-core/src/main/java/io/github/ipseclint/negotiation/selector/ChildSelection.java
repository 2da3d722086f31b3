// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.selector;

import io.github.ipseclint.model.ipsec.Child;
import io.github.ipseclint.model.ipsec.Connection;

/** Which CHILD config a responder picks for the proposed traffic selectors, and what it returns. */
public sealed interface ChildSelection permits ChildSelection.Selected, ChildSelection.Refused {

  /**
   * @param connection the responder's connection the CHILD config belongs to (Libreswan may switch
   *     to another connection than the IKE SA's)
   * @param returned the TSi and TSr the responder answers with
   */
  record Selected(Connection connection, Child child, TsPair returned) implements ChildSelection {}

  /** TS_UNACCEPTABLE, for the reason the responder logs. */
  record Refused(Reason reason) implements ChildSelection {}

  /** Why the proposed selectors are refused. */
  enum Reason {
    /** No CHILD config (connection) fits them at all. */
    NO_CONFIG,
    /** strongSwan found a CHILD config, but narrowing left one side empty. */
    NOTHING_IN_COMMON
  }
}
