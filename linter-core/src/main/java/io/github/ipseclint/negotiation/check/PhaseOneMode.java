// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.check;

import io.github.ipseclint.model.ipsec.Connection;

/** The IKEv1 phase 1 exchange an initiator starts: Main Mode unless the connection says Aggressive. */
enum PhaseOneMode {
  MAIN("Main Mode"),
  AGGRESSIVE("Aggressive Mode");

  private final String label;

  PhaseOneMode(String label) {
    this.label = label;
  }

  static PhaseOneMode of(Connection connection) {
    return connection.aggressive().value() ? AGGRESSIVE : MAIN;
  }

  /** {@code Main Mode}, {@code Aggressive Mode}: the exchange's name in logs and outcomes. */
  String label() {
    return label;
  }
}
