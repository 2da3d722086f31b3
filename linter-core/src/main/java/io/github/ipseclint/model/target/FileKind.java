// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.target;

import java.util.Optional;

/** The syntax a file is written in, whatever the file is called. */
public enum FileKind {
  IPSEC_CONF("ipsec.conf"),
  SWANCTL_CONF("swanctl.conf"),
  STRONGSWAN_CONF("strongswan.conf"),
  IPSEC_SECRETS("ipsec.secrets");

  private final String label;

  FileKind(String label) {
    this.label = label;
  }

  /** The name used by {@code --kind} and in dumps. */
  public String label() {
    return label;
  }

  /** True for the formats of which both implementations have a dialect. */
  public boolean hasDialects() {
    return this == IPSEC_CONF || this == IPSEC_SECRETS;
  }

  /** True for the strongSwan settings syntax (swanctl.conf and strongswan.conf). */
  public boolean isSettingsSyntax() {
    return this == SWANCTL_CONF || this == STRONGSWAN_CONF;
  }

  public static Optional<FileKind> fromLabel(String label) {
    for (FileKind kind : values()) {
      if (kind.label.equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
